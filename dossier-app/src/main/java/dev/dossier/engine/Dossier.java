package dev.dossier.engine;

import dev.dossier.clean.CleanOptions;
import dev.dossier.clean.Cleaners;
import dev.dossier.embed.Embedder;
import dev.dossier.enrich.Enricher;
import dev.dossier.entities.AliasBook;
import dev.dossier.entities.AliasEntry;
import dev.dossier.ingest.FileSource;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.model.ActorDetail;
import dev.dossier.model.ActorSummary;
import dev.dossier.model.ArticleQuery;
import dev.dossier.model.BriefingSentence;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.Deadline;
import dev.dossier.model.EnrichedArticle;
import dev.dossier.model.MentionRecord;
import dev.dossier.model.PositionMatrix;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.QuoteQuery;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.RelatedArticle;
import dev.dossier.model.SearchHit;
import dev.dossier.model.Source;
import dev.dossier.model.StoryDetail;
import dev.dossier.model.StorySummary;
import dev.dossier.model.TemporalExpression;
import dev.dossier.model.TimelineEntry;
import dev.dossier.model.TrackedDeadline;
import dev.dossier.nlp.Nlp;
import dev.dossier.pipeline.Cleaner;
import dev.dossier.pipeline.DocumentSource;
import dev.dossier.pipeline.RunReport;
import dev.dossier.positions.Deadlines;
import dev.dossier.positions.FollowUps;
import dev.dossier.positions.IssueFile;
import dev.dossier.positions.SameCommitments;
import dev.dossier.store.Store;
import dev.dossier.store.StoryLinks;
import dev.dossier.stories.Briefer;
import dev.dossier.stories.ClusterSettings;
import dev.dossier.stories.Fingerprinter;
import dev.dossier.time.TemporalTagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one entry point for every front end (CLI, HTTP): it wires the stages to the store and
 * answers questions about what is stored.
 *
 * <p>Thread-safety: queries may come from several threads (the store serialises them); run one
 * ingest at a time. Lifecycle: {@link #open} opens the store; {@link #close} closes it.
 */
public final class Dossier implements AutoCloseable {

    /** How many of a story's statements its detail lists as key quotes. */
    static final int KEY_QUOTES = 8;
    /** Related stories: at most this many, their centres at least this close, at most this many days apart. */
    static final int RELATED_STORIES = 5;
    static final double RELATED_LEAST = 0.6;
    static final int RELATED_DAYS = 30;
    /** An actor's page: at most this many statements and co-mentioned actors. */
    static final int ACTOR_QUOTES = 500;
    static final int CO_MENTIONED = 12;
    /** Related articles: at most this many, published at most this many days apart. */
    static final int RELATED_ARTICLES = 12;
    static final int RELATED_ARTICLE_DAYS = 3;
    /** A long story's briefing reads its first articles and its latest ones. */
    static final int BRIEFING_FIRST = 10;
    static final int BRIEFING_LATEST = 20;

    private final DossierConfig config;
    private final Store store;
    private final AliasBook aliases;
    private final IssueFile.Contents issues;
    private final PositionReads positions;

    private Dossier(DossierConfig config, Store store, AliasBook aliases, IssueFile.Contents issues) {
        this.config = config;
        this.store = store;
        this.aliases = aliases;
        this.issues = issues;
        this.positions = new PositionReads(store, issues.issues(), Embedder::miniLm);
    }

    /**
     * Opens the store, with the starter alias book extended by the user's alias file if any.
     *
     * @throws IllegalArgumentException when the alias file or the issues file cannot be read as such at all
     */
    public static Dossier open(DossierConfig config) {
        AliasBook aliases = AliasBook.starter();
        if (config.aliasFile() != null) {
            try {
                aliases = aliases.merge(AliasBook.load(config.aliasFile()));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot use alias file " + config.aliasFile() + ": " + e.getMessage(), e);
            }
        }
        IssueFile.Contents issues = new IssueFile.Contents(List.of(), List.of());
        if (config.issuesFile() != null) {
            try {
                issues = IssueFile.read(config.issuesFile());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot use issues file " + config.issuesFile() + ": " + e.getMessage(), e);
            }
        }
        return new Dossier(config, Store.open(config.database(), config.clock(), new EntityNaming(aliases)), aliases, issues);
    }

    /** Entries of the user's issues file that were left out, each with its reason. */
    public List<String> issueProblems() {
        return issues.problems();
    }

    /** Entries of the user's alias file that were left out, each with its reason. */
    public List<String> aliasProblems() {
        return aliases.problems();
    }

    public Path databaseFile() {
        return store.file();
    }

    /**
     * Reads the inputs, cleans and enriches every document on {@link IngestRequest#threads()} workers
     * and stores its articles, one transaction per document; then links the new articles into stories
     * (one transaction). Rejections are recorded in the store and reported; the run always goes on.
     */
    public IngestReport ingest(IngestRequest request, Supplier<InputStream> stdin, IngestListener listener) {
        IngestOptions options = new IngestOptions(request.format(), request.maxDocumentBytes(), config.clock());
        DocumentSource source = FileSource.of(request.inputs(), options, stdin);
        Cleaner cleaner = Cleaners.standard(new CleanOptions(request.published()));
        Enricher enricher = request.enrich() ? Enricher.standard(Nlp.coreNlp(), aliases) : null;
        IngestRun run = new IngestRun(store, cleaner, enricher, fingerprinter(), store.beginRun(), listener, request.threads());
        source.readInto(run);
        RunReport report = run.finish();
        long linkStart = System.nanoTime();
        LinkReport stories = linker(ClusterSettings.defaults()).link();
        return new IngestReport(report, stories, run.times(System.nanoTime() - linkStart));
    }

    /**
     * Links into stories every stored article not yet in one: after an ingest that was interrupted
     * between storing its articles and linking them. Ingest calls this itself.
     */
    public LinkReport linkStories() {
        return linker(ClusterSettings.defaults()).link();
    }

    /**
     * Forgets every story and links all stored articles afresh with these settings (fingerprints are
     * kept): for trying other thresholds, or after the alias file changed who is who.
     */
    public LinkReport relinkStories(ClusterSettings settings) {
        store.links().clear();
        return linker(settings).link();
    }

    /**
     * Stores articles analysed elsewhere (the Spark job's output), each with its actors, statements,
     * events and fingerprint, in one transaction; articles the store holds already are left as they
     * are. Returns how many were new. They join no story until {@link #importStories} or
     * {@link #linkStories}.
     */
    public int importArticles(List<EnrichedArticle> articles) {
        return store.saveEnriched(articles).stored();
    }

    /**
     * Stores stories and near-duplicates formed elsewhere over articles already imported, in one
     * transaction, as the link stage would have stored them; articles the store does not hold are
     * left out of them.
     */
    public void importStories(List<ImportedStory> stories, List<ImportedStory.Copy> copies) {
        Set<String> ids = new HashSet<>();
        stories.forEach(story -> ids.addAll(story.articleIds()));
        copies.forEach(copy -> {
            ids.add(copy.articleId());
            ids.add(copy.originalId());
        });
        Map<String, Long> seqs = store.seqsOf(ids);
        List<StoryLinks.NearDuplicate> duplicates = copies.stream()
                .filter(copy -> seqs.containsKey(copy.articleId()) && seqs.containsKey(copy.originalId()))
                .map(copy -> new StoryLinks.NearDuplicate(seqs.get(copy.articleId()), seqs.get(copy.originalId()), copy.jaccard(),
                        copy.containment()))
                .toList();
        List<StoryLinks.Saved> saved = new ArrayList<>();
        for (ImportedStory story : stories) {
            List<Long> members = story.articleIds().stream().filter(seqs::containsKey).map(seqs::get).toList();
            if (!members.isEmpty()) {
                saved.add(new StoryLinks.Saved(story.id(), story.title(), story.first(), story.last(), story.centre(), members));
            }
        }
        store.links().save(duplicates, saved, Map.of());
    }

    /** What fingerprints articles for the link stage: the MiniLM embedder, loaded once per process. */
    private static Fingerprinter fingerprinter() {
        return new Fingerprinter(Embedder.miniLm());
    }

    private StoryLinker linker(ClusterSettings settings) {
        return new StoryLinker(store, fingerprinter(), settings);
    }

    /** Stories seen between two days (either may be null), latest first, undated last. */
    public List<StorySummary> stories(LocalDate since, LocalDate until, int limit, int offset) {
        return store.links().stories(since, until, limit, offset);
    }

    /** How many stories the store holds. */
    public long storyCount() {
        return store.links().storyCount();
    }

    /** A story by its id, or by an id it had before it was merged into another. */
    public Optional<StorySummary> story(String id) {
        return store.links().story(id);
    }

    /**
     * Everything about one story (by its id, or an id it had before a merge): its sources, briefing,
     * key quotes, timeline and related stories; empty when there is no such story.
     */
    public Optional<StoryDetail> storyDetail(String id) {
        return store.links().story(id).map(this::detail);
    }

    /**
     * Articles related to one: its copies (or the original it copies), the other articles of its
     * story, then up to a few close reports in other stories of the same week.
     */
    public List<RelatedArticle> relatedArticles(String articleId) {
        return store.links().relatedArticles(articleId, RELATED_LEAST, RELATED_ARTICLE_DAYS, RELATED_ARTICLES);
    }

    /** The story an article is in, once its ingest has linked it. */
    public Optional<StorySummary> storyOf(String articleId) {
        return store.links().storyOf(articleId).flatMap(store.links()::story);
    }

    /** The timeline of a story: its statements by the day said and its events, every entry cited, in date order. */
    public List<TimelineEntry> storyTimeline(String storyId, LocalDate since, LocalDate until) {
        return store.storyTimeline(storyId, since, until);
    }

    /** A story's briefing: three to six sentences from its articles, each citing every article that carries it. */
    public List<BriefingSentence> briefing(StorySummary story) {
        return Briefer.brief(briefingArticles(story), Set.copyOf(store.links().copies(story.id())), story.actors());
    }

    /**
     * The articles a briefing is drawn from: all of a story's, or for a long story its first
     * {@value #BRIEFING_FIRST} and latest {@value #BRIEFING_LATEST}, so that a briefing reads a
     * bounded number of texts however long the story runs.
     */
    private List<CleanArticle> briefingArticles(StorySummary story) {
        List<String> ids = story.articles();
        if (ids.size() > BRIEFING_FIRST + BRIEFING_LATEST) {
            List<String> chosen = new ArrayList<>(ids.subList(0, BRIEFING_FIRST));
            chosen.addAll(ids.subList(ids.size() - BRIEFING_LATEST, ids.size()));
            ids = chosen;
        }
        return ids.stream().map(store::article).flatMap(Optional::stream).toList();
    }

    private StoryDetail detail(StorySummary story) {
        List<CleanArticle> articles = briefingArticles(story);
        Set<String> copies = Set.copyOf(store.links().copies(story.id()));
        List<Source> sources = store.links().sources(story.id());
        List<QuoteRecord> quotes = new ArrayList<>(store.quotes(new QuoteQuery(null, null, null, null, story.id(), Integer.MAX_VALUE)));
        quotes.sort(Comparator.comparing((QuoteRecord quote) -> quote.speakerId() == null)
                .thenComparing(quote -> -quote.sources().size())
                .thenComparing(quote -> quote.kind() != QuoteKind.DIRECT));
        return new StoryDetail(story, sources, copies, Briefer.brief(articles, copies, story.actors()),
                quotes.subList(0, Math.min(KEY_QUOTES, quotes.size())), store.storyTimeline(story.id(), null, null),
                store.links().related(story.id(), RELATED_LEAST, RELATED_DAYS, RELATED_STORIES));
    }

    public long articleCount() {
        return store.articleCount();
    }

    public List<CleanArticle> articles(int limit, int offset) {
        return store.articles(limit, offset);
    }

    /** Articles by outlet, actor (any spelling) and publication days, newest first. */
    public List<CleanArticle> articles(ArticleQuery query) {
        return store.articles(query);
    }

    public Optional<CleanArticle> article(String id) {
        return store.article(id);
    }

    public List<SearchHit> search(String query, int limit) {
        return store.search(query, limit);
    }

    /** Statements, one per statement with every article that carried it, latest said first. */
    public List<QuoteRecord> quotes(QuoteQuery query) {
        return store.quotes(query);
    }

    /** The statements of one article, in text order. */
    public List<QuoteRecord> quotesOf(String articleId) {
        return store.quotesOf(articleId);
    }

    /** Why an article was not analysed for actors and statements (its language, no text), if it was not. */
    public Optional<String> analysisSkipped(String articleId) {
        return store.analysisSkipped(articleId);
    }

    /**
     * The temporal expressions of one article, normalised against its publication day (unresolved
     * when that is unknown), or empty when there is no such article.
     */
    public Optional<List<TemporalExpression>> dates(String articleId) {
        return store.article(articleId).map(article -> TemporalTagger.rules().tag(article.text(),
                article.published() == null ? null : article.published().day()));
    }

    /**
     * The timeline of an actor, named in any spelling: statements by the day said and events that
     * name the actor, each citing every article that carried it, in date order.
     */
    public List<TimelineEntry> timeline(String actor, LocalDate since, LocalDate until) {
        return store.timeline(actor, since, until);
    }

    /**
     * One actor: its names and counts, the roles the alias book gives it, its statements and the
     * actors most often named with it; empty when there is no such actor.
     */
    public Optional<ActorDetail> actor(long id) {
        return store.actor(id).map(actor -> {
            List<String> roles = aliases.byName(actor.name()).map(entry -> entry.roles().stream().map(Dossier::role).toList())
                    .orElse(List.of());
            List<QuoteRecord> quotes = store.quotes(new QuoteQuery(actor.name(), null, null, null, null, ACTOR_QUOTES)).stream()
                    .filter(quote -> quote.speakerId() != null && quote.speakerId() == id).toList();
            return new ActorDetail(actor, roles, quotes, store.coMentioned(id, CO_MENTIONED));
        });
    }

    private static String role(AliasEntry.Role role) {
        String from = role.from() == null ? "" : role.from().toString();
        String to = role.to() == null ? "" : role.to().toString();
        return from.isEmpty() && to.isEmpty() ? role.title() : role.title() + " (" + from + " – " + to + ")";
    }

    /** An article's actor mentions, in text order. */
    public List<MentionRecord> mentionsOf(String articleId) {
        return store.mentionsOf(articleId);
    }

    /** How many articles each story had on each day, for volume charts. */
    public Map<String, SortedMap<LocalDate, Integer>> storyVolumes(List<String> storyIds) {
        return store.links().volumes(storyIds);
    }

    /**
     * The commitments and deadlines statements set ("within 48 hours", "a deadline of March 26"),
     * falling due between two days (either may be null), soonest first, each commitment once with
     * the other statements that report it ({@link SameCommitments}) and what later statements say
     * of it. Delays set in statements whose day is unknown come last, with no due day, and only
     * when no day limits the list.
     */
    public List<TrackedDeadline> deadlines(LocalDate since, LocalDate until) {
        List<QuoteRecord> statements = store.quotes(QuoteQuery.all(Integer.MAX_VALUE));
        List<Deadline> found = new ArrayList<>();
        for (QuoteRecord statement : statements) {
            for (Deadline deadline : Deadlines.in(statement)) {
                boolean dated = deadline.due() != null;
                if ((since == null && until == null) || (dated && (since == null || !deadline.due().isBefore(since))
                        && (until == null || !deadline.due().isAfter(until)))) {
                    found.add(deadline);
                }
            }
        }
        List<TrackedDeadline> tracked = new ArrayList<>();
        for (List<Deadline> reports : SameCommitments.group(found)) {
            Deadline first = reports.get(0);
            Set<String> reporting = reports.stream().map(report -> report.statement().id()).collect(Collectors.toSet());
            List<QuoteRecord> later = FollowUps.of(first, statements.stream().filter(statement -> !reporting.contains(statement.id())).toList());
            tracked.add(new TrackedDeadline(first, reports.subList(1, reports.size()), later));
        }
        return tracked;
    }

    /**
     * A story's positions (by its id, or an id it had before a merge): its issues, actor by issue
     * the current stance with its cited history, and the changes and contradictions; empty when
     * there is no such story.
     */
    public Optional<StoryPositions> positions(String storyId) {
        return positions.ofStory(storyId);
    }

    /**
     * Positions across stories: one story, or every story an actor spoke in, or the latest stories;
     * only the given actor's (any name variant) and the issues whose name or phrase matches, when given.
     */
    public List<StoryPositions> positions(String storyId, String actor, String issue) {
        return positions.matching(storyId, actor, issue);
    }

    /**
     * One actor's positions (any name variant) across every story it spoke in: per issue, the
     * history running from story to story, with the changes between stories as well as within them.
     */
    public PositionMatrix positionsAcrossStories(String actor, String issue) {
        return positions.acrossStories(actor, issue);
    }

    /**
     * Computes the positions of the latest stories ahead of the first request that needs them (it
     * loads the embedding model on the way): a server calls it in the background when it starts, so
     * the first actor or story page is as quick as the next.
     */
    public void warmUp() {
        positions.warmUp();
    }

    /** The latest day any stored article was published (from a reliable date), or null: how far coverage reaches. */
    public LocalDate coverageUntil() {
        return store.coverageUntil();
    }

    /** Actors with their aliases and counts, the most present first. */
    public List<ActorSummary> actors(int limit) {
        return store.actors(limit);
    }

    /** Streams every stored article to {@code consumer}, in ingest order. */
    public void forEachArticle(Consumer<CleanArticle> consumer) {
        store.forEachArticle(consumer);
    }

    @Override
    public void close() {
        store.close();
    }
}
