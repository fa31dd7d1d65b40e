package dev.dossier.engine;

import dev.dossier.embed.Embedder;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.Issue;
import dev.dossier.model.PositionCell;
import dev.dossier.model.PositionChange;
import dev.dossier.model.PositionMatrix;
import dev.dossier.model.QuoteQuery;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.StorySummary;
import dev.dossier.positions.Claim;
import dev.dossier.positions.IssueFinder;
import dev.dossier.positions.PositionFinder;
import dev.dossier.store.Store;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Answers position questions from the store: a story's statements, each read in the sentences of
 * its article that carry it, go to the {@link PositionFinder}. Matrices are computed when asked,
 * so they always follow the current stories (after merges and splits) and the current issues file.
 * The latest {@link #MATRICES_KEPT} are kept by the statements they were computed from: the same
 * statements, in the same articles, give the same matrix, so an actor page asked twice reads each
 * story's statements again but computes nothing, and a story that gained a statement is computed anew.
 */
final class PositionReads {

    /** Listings across stories read at most this many, the latest first. */
    static final int STORIES_READ = 200;
    /** How many stories' matrices are kept: an actor page reads up to {@link #STORIES_READ}. */
    static final int MATRICES_KEPT = 1000;

    private final Store store;
    private final List<Issue> defined;
    private final PositionFinder finder;
    private final Map<List<QuoteRecord>, PositionMatrix> computed = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<QuoteRecord>, PositionMatrix> eldest) {
                    return size() > MATRICES_KEPT;
                }
            });

    PositionReads(Store store, List<Issue> defined, Supplier<Embedder> embedder) {
        this.store = store;
        this.defined = List.copyOf(defined);
        this.finder = new PositionFinder(new IssueFinder(embedder));
    }

    Optional<StoryPositions> ofStory(String storyId) {
        return store.links().story(storyId).map(story -> new StoryPositions(story, matrix(story)));
    }

    /**
     * Positions across stories, filtered.
     *
     * @param storyId one story, or null for all (or, with an actor, the stories the actor spoke in)
     * @param actor an actor in any of its names, or null
     * @param issue words of an issue's name or one of its phrases, or null
     */
    List<StoryPositions> matching(String storyId, String actor, String issue) {
        Set<Long> actorIds = actor == null ? null : store.actorIdsNamed(actor);
        if (actorIds != null && actorIds.isEmpty()) {
            return List.of();
        }
        List<StorySummary> stories = new ArrayList<>();
        if (storyId != null) {
            store.links().story(storyId).ifPresent(stories::add);
        } else if (actor != null) {
            Set<String> ids = new LinkedHashSet<>();
            for (QuoteRecord statement : store.quotes(new QuoteQuery(actor, null, null, null, null, Integer.MAX_VALUE))) {
                store.links().storyOf(statement.articleId()).ifPresent(ids::add);
            }
            ids.stream().limit(STORIES_READ).forEach(id -> store.links().story(id).ifPresent(stories::add));
        } else {
            stories.addAll(store.links().stories(null, null, STORIES_READ, 0));
        }
        List<StoryPositions> found = new ArrayList<>();
        for (StorySummary story : stories) {
            PositionMatrix matrix = filter(matrix(story), actorIds, issue);
            if (!matrix.cells().isEmpty()) {
                found.add(new StoryPositions(story, matrix));
            }
        }
        return found;
    }

    /** Computes (and keeps) the matrices of the latest {@link #STORIES_READ} stories. */
    void warmUp() {
        for (StorySummary story : store.links().stories(null, null, STORIES_READ, 0)) {
            matrix(story);
        }
    }

    /**
     * One actor's positions across every story it spoke in, issue by issue, with the changes
     * between stories as well as within them.
     */
    PositionMatrix acrossStories(String actor, String issue) {
        return StoryPositions.across(matching(null, actor, issue));
    }

    private PositionMatrix matrix(StorySummary story) {
        List<QuoteRecord> statements = store.quotes(new QuoteQuery(null, null, null, null, story.id(), Integer.MAX_VALUE));
        PositionMatrix known = computed.get(statements);
        if (known != null) {
            return known;
        }
        PositionMatrix matrix = compute(statements);
        computed.put(statements, matrix);
        return matrix;
    }

    private PositionMatrix compute(List<QuoteRecord> statements) {
        Map<String, String> texts = new HashMap<>();
        List<Claim> claims = new ArrayList<>();
        for (QuoteRecord statement : statements) {
            String text = texts.computeIfAbsent(statement.articleId(), id -> store.article(id).map(CleanArticle::text).orElse(""));
            if (statement.span().fitsWithin(text.length())) {
                claims.add(Claim.in(text, statement));
            }
        }
        return finder.of(claims, defined);
    }

    private static PositionMatrix filter(PositionMatrix matrix, Set<Long> actorIds, String issue) {
        if (actorIds == null && issue == null) {
            return matrix;
        }
        List<Issue> issues = matrix.issues().stream().filter(candidate -> issue == null || names(candidate, issue)).toList();
        Set<String> issueNames = new LinkedHashSet<>(issues.stream().map(Issue::name).toList());
        List<PositionCell> cells = matrix.cells().stream()
                .filter(cell -> (actorIds == null || actorIds.contains(cell.actorId())) && issueNames.contains(cell.issue()))
                .toList();
        List<PositionChange> changes = matrix.changes().stream()
                .filter(change -> (actorIds == null || actorIds.contains(change.after().actorId())) && issueNames.contains(change.after().issue()))
                .toList();
        return new PositionMatrix(issues, cells, changes);
    }

    /** Whether the user's words name the issue: in its name, or equal to one of its phrases. */
    private static boolean names(Issue issue, String words) {
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        return issue.name().toLowerCase(Locale.ROOT).contains(wanted) || issue.phrases().contains(wanted);
    }
}
