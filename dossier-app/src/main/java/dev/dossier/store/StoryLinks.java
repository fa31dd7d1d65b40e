package dev.dossier.store;

import dev.dossier.model.Fingerprint;
import dev.dossier.model.RelatedArticle;
import dev.dossier.model.Source;
import dev.dossier.model.StorySummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The store's side of the link stage: it reads the articles not yet in a story with what
 * clustering needs of them, and writes near-duplicates and stories, one link run in one
 * transaction. Reached through {@link Store#links()}; thread-safe as the store is.
 */
public final class StoryLinks {

    private final Store store;

    StoryLinks(Store store) {
        this.store = store;
    }

    /** A story as the link stage leaves it. */
    public record Saved(String id, String title, LocalDate first, LocalDate last, float[] centre, List<Long> members) {

        public Saved {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            members = List.copyOf(members);
            if (members.isEmpty()) {
                throw new IllegalArgumentException("story " + id + " has no members");
            }
        }
    }

    /** An article found to be a near-duplicate of an earlier one. */
    public record NearDuplicate(long seq, long originalSeq, double jaccard, double containment) {}

    /** Articles in no story yet, dated ones first by day, then undated ones, each in ingest order. */
    public List<ArticleFeatures> unlinked() {
        return store.reading("read unlinked articles", () -> StoryRows.unlinked(store.connection()));
    }

    /** The members of every story whose last day is on or after {@code since}, or that has no dated article. */
    public Map<String, List<ArticleFeatures>> live(LocalDate since) {
        return store.reading("read live stories", () -> StoryRows.live(store.connection(), since));
    }

    /** Every story id ever given, merged ones included. */
    public Set<String> storyIds() {
        return store.reading("read story ids", () -> StoryRows.ids(store.connection()));
    }

    /** How many stories the store holds (merged ones not counted). */
    public long storyCount() {
        return store.reading("count stories", () -> {
            try (var select = store.connection().prepareStatement("SELECT count(*) FROM stories"); var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** A possible near-duplicate: a stored article, its sketch, and the article it copies if it is a copy. */
    public record Candidate(long seq, String id, int[] minhash, int shingles, String copyOf) {}

    /** The stored articles sharing most MinHash bands with this one, at most {@code limit}: its possible near-duplicates. */
    public List<Candidate> nearDuplicateCandidates(long seq, int limit) {
        return store.reading("find near-duplicates of article " + seq, () -> StoryRows.nearDuplicateCandidates(store.connection(), seq, limit));
    }

    /** How many stored articles mention each of these actors. */
    public Map<Long, Integer> articlesNaming(Set<Long> actorIds) {
        return store.reading("count actor mentions", () -> StoryRows.articlesNaming(store.connection(), actorIds));
    }

    /** Stories seen between two days (either may be null for no bound), latest first, undated last. */
    public List<StorySummary> stories(LocalDate since, LocalDate until, int limit, int offset) {
        return store.reading("list stories", () -> StoryReads.list(store.connection(), since, until, limit, offset));
    }

    /** The story with this id (or an id it had before a merge). */
    public Optional<StorySummary> story(String id) {
        return store.reading("read story " + id, () -> StoryReads.byId(store.connection(), id));
    }

    /** Stories close in meaning to this one and near it in time, closest first. */
    public List<StorySummary> related(String storyId, double least, int days, int limit) {
        return store.reading("find stories related to " + storyId, () -> StoryReads.related(store.connection(), storyId, least, days, limit));
    }

    /** Articles related to one: its copies or original, its story's other articles, then close articles of other stories. */
    public List<RelatedArticle> relatedArticles(String articleId, double least, int days, int limit) {
        return store.reading("find articles related to " + articleId,
                () -> StoryReads.relatedArticles(store.connection(), articleId, least, days, limit));
    }

    /** How many articles each of these stories had on each day (undated articles not counted). */
    public Map<String, SortedMap<LocalDate, Integer>> volumes(List<String> storyIds) {
        return store.reading("read story volumes", () -> StoryReads.volumes(store.connection(), storyIds));
    }

    /** A story's articles as sources (metadata only), in the order they joined. */
    public List<Source> sources(String storyId) {
        return store.reading("read the sources of story " + storyId, () -> StoryReads.sources(store.connection(), storyId));
    }

    /** The ids of a story's articles that are near-duplicates (copies) of another article. */
    public List<String> copies(String storyId) {
        return store.reading("read copies in story " + storyId, () -> StoryReads.copies(store.connection(), storyId));
    }

    /** The id of the story an article is in, once linked. */
    public Optional<String> storyOf(String articleId) {
        return store.reading("find the story of article " + articleId, () -> StoryReads.ofArticle(store.connection(), articleId));
    }

    /** Forgets every story and near-duplicate (fingerprints stay), so that all articles can be linked afresh. */
    public void clear() {
        store.writing("clear stories", () -> {
            try (var statement = store.connection().createStatement()) {
                statement.executeUpdate("DELETE FROM story_articles");
                statement.executeUpdate("DELETE FROM story_aliases");
                statement.executeUpdate("DELETE FROM stories");
                statement.executeUpdate("DELETE FROM near_duplicates");
            }
            return null;
        });
    }

    /** How many stored articles have each of these words in their title and lede. */
    public Map<String, Integer> articlesWithTerms(Set<String> terms) {
        return store.reading("count term occurrences", () -> FingerprintRows.termArticles(store.connection(), terms));
    }

    /** Stores the fingerprint of an article stored without one. */
    public void saveFingerprint(long seq, Fingerprint print) {
        store.writing("save the fingerprint of article " + seq, () -> {
            FingerprintRows.insert(store.connection(), seq, print);
            return null;
        });
    }

    /** Writes one link run: its near-duplicates, the stories it changed and the merges it made, all or nothing. */
    public void save(List<NearDuplicate> duplicates, List<Saved> stories, Map<String, String> merges) {
        String now = store.clock().instant().toString();
        store.writing("save " + stories.size() + " stories", () -> {
            for (NearDuplicate duplicate : duplicates) {
                StoryRows.saveNearDuplicate(store.connection(), duplicate.seq(), duplicate.originalSeq(),
                        duplicate.jaccard(), duplicate.containment());
            }
            for (Saved story : stories) {
                StoryRows.saveStory(store.connection(), story, now);
            }
            for (Map.Entry<String, String> merge : merges.entrySet()) {
                StoryRows.saveMerge(store.connection(), merge.getKey(), merge.getValue());
            }
            return null;
        });
    }
}
