package dev.dossier.store;

import dev.dossier.model.ActorDetail;
import dev.dossier.model.ActorSummary;
import dev.dossier.model.ArticleQuery;
import dev.dossier.model.ActorType;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.EnrichedArticle;
import dev.dossier.model.MentionRecord;
import dev.dossier.model.NamedActor;
import dev.dossier.model.QuoteQuery;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.Rejection;
import dev.dossier.model.SearchHit;
import dev.dossier.model.TimelineEntry;
import dev.dossier.pipeline.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;

/**
 * Dossier's store: one SQLite file. The schema is created and upgraded by versioned migrations
 * ({@code db/migration}); articles are written one document per transaction, so an interrupted
 * ingest never leaves half an article, and content-derived ids make re-ingesting a no-op.
 *
 * <p>Thread-safety: all methods but {@link #contains} are synchronized on the one connection
 * (SQLite has a single writer anyway). {@link #contains}, which every ingest worker asks before
 * analysing an article, reads through a second connection under its own lock: in WAL mode it sees
 * what is committed while a batch is being written, so the workers go on analysing instead of
 * waiting for the writer. Lifecycle: {@link #open} migrates and connects; {@link #close} releases
 * the file.
 */
public final class Store implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final Connection lookups;
    private final Clock clock;
    private final ActorNaming naming;
    private final ActorDirectory actors;
    private final StoryLinks links;

    private Store(Path file, Connection connection, Connection lookups, Clock clock, ActorNaming naming) {
        this.file = file;
        this.connection = connection;
        this.lookups = lookups;
        this.clock = clock;
        this.naming = naming;
        this.actors = new ActorDirectory(naming);
        this.links = new StoryLinks(this);
    }

    /**
     * Opens (creating if needed) the store at {@code file} and brings its schema up to date.
     *
     * @param naming how actors are grouped across articles
     */
    public static Store open(Path file, Clock clock, ActorNaming naming) {
        Path absolute = file.toAbsolutePath();
        String url = "jdbc:sqlite:" + absolute;
        try {
            Path parent = absolute.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException("cannot open store " + file + ": directory " + parent + " does not exist", null);
            }
            Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().migrate();
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(30_000);
            Connection connection = StatementCache.wrap(config.createConnection(url));
            SQLiteConfig readOnly = new SQLiteConfig();
            readOnly.setReadOnly(true);
            readOnly.setBusyTimeout(30_000);
            return new Store(absolute, connection, StatementCache.wrap(readOnly.createConnection(url)), clock, naming);
        } catch (FlywayException | SQLException e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Saves the articles of one document in one transaction: all of them or none. Articles whose
     * id the store holds already are counted as duplicates and left as they are.
     */
    public synchronized SaveResult save(List<CleanArticle> articles) {
        return inTransaction("save articles from " + (articles.isEmpty() ? "nothing" : articles.get(0).origin().label()), () -> {
            int stored = 0;
            for (CleanArticle article : articles) {
                if (ArticleRows.insert(connection, article, clock.instant())) {
                    stored++;
                }
            }
            return new SaveResult(stored, articles.size() - stored);
        });
    }

    /**
     * Saves the enriched articles of one document in one transaction, each with its actors and
     * statements: all of them or none. Articles the store holds already are counted as duplicates.
     */
    public synchronized SaveResult saveEnriched(List<EnrichedArticle> enriched) {
        return saveEnrichedBatch(List.of(enriched)).get(0);
    }

    /**
     * Saves several documents' enriched articles in one transaction (a batch costs one commit, not
     * one per document): all of them or none. One result per document, in order.
     */
    public synchronized List<SaveResult> saveEnrichedBatch(List<List<EnrichedArticle>> documents) {
        String first = documents.stream().flatMap(List::stream).findFirst().map(article -> article.article().origin().label()).orElse("nothing");
        return inTransaction("save articles from " + first + (documents.size() > 1 ? " and " + (documents.size() - 1) + " more documents" : ""),
                () -> {
                    List<SaveResult> results = new ArrayList<>();
                    for (List<EnrichedArticle> enriched : documents) {
                        int stored = 0;
                        for (EnrichedArticle article : enriched) {
                            if (ArticleRows.insert(connection, article.article(), clock.instant())) {
                                stored++;
                                long seq = seqOf(article.article().id());
                                QuoteRows.insert(connection, seq, article, actors, clock.instant());
                                if (article.fingerprint() != null) {
                                    FingerprintRows.insert(connection, seq, article.fingerprint());
                                }
                            }
                        }
                        results.add(new SaveResult(stored, enriched.size() - stored));
                    }
                    return results;
                });
    }

    /** Whether the store holds an article with this id (committed: a batch being written is not seen until it commits). */
    public boolean contains(String articleId) {
        synchronized (lookups) {
            return !query(lookups, "look up article " + articleId, "SELECT 1 FROM articles WHERE id = ?",
                    statement -> statement.setString(1, articleId), rows -> 1).isEmpty();
        }
    }

    /** The store's row numbers of the articles it holds among these ids (ids it does not hold are left out). */
    public synchronized Map<String, Long> seqsOf(Collection<String> articleIds) {
        Map<String, Long> seqs = new HashMap<>();
        for (String id : articleIds) {
            query("look up article " + id, "SELECT seq FROM articles WHERE id = ?", statement -> statement.setString(1, id),
                    rows -> rows.getLong(1)).forEach(seq -> seqs.put(id, seq));
        }
        return seqs;
    }

    private long seqOf(String articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq FROM articles WHERE id = ?")) {
            select.setString(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Statements matching the query, one per statement (with every article that carried it), latest said first. */
    public synchronized List<QuoteRecord> quotes(QuoteQuery query) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (query.speaker() != null) {
            Set<Long> ids = actorIdsNamed(query.speaker());
            if (ids.isEmpty()) {
                return List.of();
            }
            where.add("q.speaker_actor_id IN (" + String.join(",", ids.stream().map(String::valueOf).toList()) + ")");
        }
        if (query.about() != null) {
            String match = FtsQuery.of(query.about());
            if (match.isEmpty()) {
                return List.of();
            }
            where.add("q.seq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)");
            parameters.add(match);
        }
        if (query.story() != null) {
            where.add("q.article_seq IN (SELECT article_seq FROM story_articles WHERE story_id = "
                    + "coalesce((SELECT story_id FROM story_aliases WHERE old_id = ?), ?))");
            parameters.add(query.story());
            parameters.add(query.story());
        }
        if (query.since() != null) {
            where.add("q.said_on >= ?");
            parameters.add(query.since().toString());
        }
        if (query.until() != null) {
            where.add("q.said_on <= ?");
            parameters.add(query.until().toString());
        }
        String sql = "SELECT " + QuoteRows.COLUMNS + QuoteRows.FROM + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY q.said_on IS NULL, q.said_on DESC, a.published_at, q.seq";
        return readQuotes("list quotes", sql, parameters, true, query.limit());
    }

    /**
     * Why an article's text was not analysed for actors and statements (another language, no text
     * to read), as its ingest recorded it; empty when it was analysed.
     */
    public synchronized Optional<String> analysisSkipped(String articleId) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT e.skipped FROM enrichments e JOIN articles a ON a.seq = e.article_seq WHERE a.id = ?")) {
            select.setString(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the analysis of " + articleId + " in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The statements of one article, in text order. */
    public synchronized List<QuoteRecord> quotesOf(String articleId) {
        return readQuotes("read quotes of " + articleId, "SELECT " + QuoteRows.COLUMNS + QuoteRows.FROM + " WHERE a.id = ? ORDER BY q.start",
                List.of(articleId), false, Integer.MAX_VALUE);
    }

    private List<QuoteRecord> readQuotes(String what, String sql, List<Object> parameters, boolean grouped, int limit) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i).toString());
            }
            List<QuoteRecord> records = QuoteRows.read(connection, select, grouped);
            return records.size() > limit ? records.subList(0, limit) : records;
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The timeline of the actors a name can mean: their statements (by the day said) and the events
     * that name them, every entry citing all its sources, in date order.
     */
    public synchronized List<TimelineEntry> timeline(String actorName, LocalDate since, LocalDate until) {
        Set<Long> ids = actorIdsNamed(actorName);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<TimelineEntry> entries = statements(new QuoteQuery(actorName, null, since, until, null, Integer.MAX_VALUE));
        try {
            entries.addAll(EventRows.timeline(connection, ids, since, until));
        } catch (SQLException e) {
            throw new StoreException("cannot read the timeline of " + actorName + " in " + file + ": " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(TimelineEntry::date));
        return entries;
    }

    /**
     * The timeline of a story (by its id, or an id it had before a merge): the statements its
     * articles carry, by the day said, and the events they report, every entry citing all its
     * sources, in date order.
     */
    public synchronized List<TimelineEntry> storyTimeline(String storyId, LocalDate since, LocalDate until) {
        List<TimelineEntry> entries = statements(new QuoteQuery(null, null, since, until, storyId, Integer.MAX_VALUE));
        try {
            String id = links.story(storyId).map(story -> story.id()).orElse(storyId);
            entries.addAll(EventRows.storyTimeline(connection, id, since, until));
        } catch (SQLException e) {
            throw new StoreException("cannot read the timeline of story " + storyId + " in " + file + ": " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(TimelineEntry::date));
        return entries;
    }

    private List<TimelineEntry> statements(QuoteQuery query) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (QuoteRecord quote : quotes(query)) {
            if (quote.saidOn() != null) {
                entries.add(new TimelineEntry(quote.saidOn().date(), quote.saidOn().precision(), quote.text(),
                        TimelineEntry.Kind.STATEMENT, quote.speakerName(), quote.sources()));
            }
        }
        return entries;
    }

    /** The actors a name can mean, in any of its variants: by alias, by folded key, or by surname. */
    public synchronized Set<Long> actorIdsNamed(String name) {
        Set<Long> ids = new LinkedHashSet<>(query("find actor " + name,
                "SELECT actor_id FROM actor_aliases WHERE alias = ? COLLATE NOCASE", s -> s.setString(1, name.strip()), rows -> rows.getLong(1)));
        NamedActor person = naming.canonical(new NamedActor(name.strip(), ActorType.PERSON));
        String key = naming.key(person);
        String surname = naming.surnameKey(person);
        ids.addAll(query("find actor " + name, "SELECT id FROM actors WHERE key = ?", s -> s.setString(1, key), rows -> rows.getLong(1)));
        if (surname != null && key.endsWith("|?")) {
            ids.addAll(query("find actor " + name, "SELECT id FROM actors WHERE type = 'person' AND substr(key, 1, ?) = ?",
                    s -> {
                        s.setInt(1, surname.length() + 1);
                        s.setString(2, surname + "|");
                    }, rows -> rows.getLong(1)));
        }
        return ids;
    }

    /** Actors with their aliases and counts, the most mentioned first. */
    public synchronized List<ActorSummary> actors(int limit) {
        return actorSummaries("", statement -> statement.setInt(1, limit));
    }

    /** One actor with its aliases and counts. */
    public synchronized Optional<ActorSummary> actor(long id) {
        return actorSummaries("WHERE ac.id = ? ", statement -> {
            statement.setLong(1, id);
            statement.setInt(2, 1);
        }).stream().findFirst();
    }

    /** The actors named most often in the same articles as this one. */
    public synchronized List<ActorDetail.CoMention> coMentioned(long actorId, int limit) {
        return reading("read actors named with " + actorId, () -> ActorReads.coMentioned(connection, actorId, limit));
    }

    /** An article's actor mentions, in text order. */
    public synchronized List<MentionRecord> mentionsOf(String articleId) {
        return reading("read mentions of " + articleId, () -> ActorReads.mentionsOf(connection, articleId));
    }

    private List<ActorSummary> actorSummaries(String where, Binder binder) {
        return query("list actors", "SELECT ac.id, ac.name, ac.type, "
                + "(SELECT count(*) FROM mentions m WHERE m.actor_id = ac.id) AS mentions, "
                + "(SELECT count(DISTINCT m.article_seq) FROM mentions m WHERE m.actor_id = ac.id) AS articles, "
                + "(SELECT count(*) FROM quotes q WHERE q.speaker_actor_id = ac.id) AS quotes, "
                + "(SELECT group_concat(alias, char(31)) FROM actor_aliases al WHERE al.actor_id = ac.id) AS aliases "
                + "FROM actors ac " + where + "ORDER BY mentions + quotes DESC, ac.name LIMIT ?", binder,
                rows -> new ActorSummary(rows.getLong("id"), rows.getString("name"), ActorType.fromKey(rows.getString("type")),
                        rows.getString("aliases") == null ? List.of() : List.of(rows.getString("aliases").split("\u001f")),
                        rows.getLong("mentions"), rows.getLong("articles"), rows.getLong("quotes")));
    }

    /** Starts the log entry of an ingest run; returns its id. */
    public synchronized long beginRun() {
        return inTransaction("begin ingest run", () -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ingest_runs (started_at) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, clock.instant().toString());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Records a rejected document against its run. */
    public synchronized void recordRejection(long runId, Rejection rejection) {
        inTransaction("record rejection of " + rejection.origin().label(), () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rejections "
                    + "(run_id, origin_source, origin_record, origin_url, reason, rejected_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, runId);
                insert.setString(2, rejection.origin().source());
                ArticleRows.setNullable(insert, 3, rejection.origin().record());
                ArticleRows.setNullable(insert, 4, rejection.origin().url());
                insert.setString(5, rejection.reason());
                insert.setString(6, clock.instant().toString());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Closes the log entry of an ingest run with its totals. */
    public synchronized void finishRun(long runId, RunReport report) {
        inTransaction("finish ingest run " + runId, () -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE ingest_runs SET finished_at = ?, "
                    + "documents_read = ?, articles_stored = ?, duplicates_skipped = ?, rejected = ? WHERE id = ?")) {
                update.setString(1, clock.instant().toString());
                update.setLong(2, report.documentsRead());
                update.setLong(3, report.articlesStored());
                update.setLong(4, report.duplicatesSkipped());
                update.setLong(5, report.rejectedCount());
                update.setLong(6, runId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** The latest day an article was published, from a reliable date (not a relative age, not the ingest time), or null. */
    public synchronized LocalDate coverageUntil() {
        List<String> day = query("find the latest coverage day", "SELECT max(substr(published_at, 1, 10)) FROM articles "
                + "WHERE published_at IS NOT NULL AND published_from NOT IN " + ArticleRows.ESTIMATED_DATES, statement -> {}, rows -> rows.getString(1));
        return day.isEmpty() || day.get(0) == null ? null : LocalDate.parse(day.get(0));
    }

    public synchronized long articleCount() {
        return query("count articles", "SELECT count(*) FROM articles", statement -> {}, rows -> rows.getLong(1)).get(0);
    }

    /** Articles, newest publication first (unknown dates last), then in order of ingest. */
    public synchronized List<CleanArticle> articles(int limit, int offset) {
        return articles(ArticleQuery.page(limit, offset));
    }

    /** Articles matching the query, newest first (unknown dates last), then in order of ingest. */
    public synchronized List<CleanArticle> articles(ArticleQuery query) {
        List<String> where = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        if (query.outlet() != null) {
            where.add("a.outlet = ? COLLATE NOCASE");
            parameters.add(query.outlet());
        }
        if (query.actor() != null) {
            Set<Long> ids = actorIdsNamed(query.actor());
            if (ids.isEmpty()) {
                return List.of();
            }
            where.add("a.seq IN (SELECT article_seq FROM mentions WHERE actor_id IN (" + String.join(",", ids.stream().map(String::valueOf).toList())
                    + "))");
        }
        if (query.since() != null) {
            where.add("a.published_at >= ?");
            parameters.add(query.since().toString());
        }
        if (query.until() != null) {
            where.add("a.published_at < ?");
            parameters.add(query.until().plusDays(1).toString());
        }
        return query("list articles", "SELECT " + ArticleRows.COLUMNS + " FROM articles a" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY a.published_at IS NULL, a.published_at DESC, a.seq LIMIT ? OFFSET ?", statement -> {
                    int i = 1;
                    for (String parameter : parameters) {
                        statement.setString(i++, parameter);
                    }
                    statement.setInt(i++, query.limit());
                    statement.setInt(i, query.offset());
                }, rows -> ArticleRows.read(connection, rows));
    }

    public synchronized Optional<CleanArticle> article(String id) {
        return query("read article " + id, "SELECT " + ArticleRows.COLUMNS + " FROM articles a WHERE a.id = ?",
                statement -> statement.setString(1, id), rows -> ArticleRows.read(connection, rows)).stream().findFirst();
    }

    /** Full-text search over titles and texts, best match first. */
    public synchronized List<SearchHit> search(String userQuery, int limit) {
        String match = FtsQuery.of(userQuery);
        if (match.isEmpty()) {
            return List.of();
        }
        return query("search for " + userQuery, "SELECT " + ArticleRows.COLUMNS + ", snippet(articles_fts, 1, '"
                + SearchHit.MARK_START + "', '" + SearchHit.MARK_END + "', ' … ', 16) AS snippet, bm25(articles_fts, 5.0, 1.0) AS rank "
                + "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                statement -> {
                    statement.setString(1, match);
                    statement.setInt(2, limit);
                },
                rows -> new SearchHit(ArticleRows.read(connection, rows), rows.getString("snippet"), -rows.getDouble("rank")));
    }

    /** Every article in ingest order, streamed to {@code consumer} one at a time. */
    public synchronized void forEachArticle(Consumer<CleanArticle> consumer) {
        String sql = "SELECT " + ArticleRows.COLUMNS + " FROM articles a ORDER BY a.seq";
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                consumer.accept(ArticleRows.read(connection, rows));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read articles from " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            synchronized (lookups) {
                lookups.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
        }
    }

    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** What links articles into stories: fingerprints, near-duplicates and stories. */
    public StoryLinks links() {
        return links;
    }

    /** Runs reads for a helper of this package under the store's lock, wrapping SQL errors with {@code what}. */
    synchronized <T> T reading(String what, SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs writes for a helper of this package in one transaction under the store's lock. */
    synchronized <T> T writing(String what, SqlWork<T> work) {
        return inTransaction(what, work);
    }

    Connection connection() {
        return connection;
    }

    Clock clock() {
        return clock;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> T inTransaction(String what, SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }

    private <T> List<T> query(String what, String sql, Binder binder, RowReader<T> reader) {
        return query(connection, what, sql, binder, reader);
    }

    private <T> List<T> query(Connection through, String what, String sql, Binder binder, RowReader<T> reader) {
        try (PreparedStatement select = through.prepareStatement(sql)) {
            binder.bind(select);
            List<T> results = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    results.add(reader.read(rows));
                }
            }
            return results;
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }
}
