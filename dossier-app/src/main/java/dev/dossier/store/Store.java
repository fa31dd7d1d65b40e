package dev.dossier.store;

import dev.dossier.model.CleanArticle;
import dev.dossier.model.Rejection;
import dev.dossier.model.SearchHit;
import dev.dossier.pipeline.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Thread-safety: all methods are synchronized on the one connection (SQLite has a single
 * writer anyway). Lifecycle: {@link #open} migrates and connects; {@link #close} releases the file.
 */
public final class Store implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final Clock clock;

    private Store(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    /** Opens (creating if needed) the store at {@code file} and brings its schema up to date. */
    public static Store open(Path file, Clock clock) {
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
            return new Store(absolute, config.createConnection(url), clock);
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

    public synchronized long articleCount() {
        return query("count articles", "SELECT count(*) FROM articles", statement -> {}, rows -> rows.getLong(1)).get(0);
    }

    /** Articles, newest publication first (unknown dates last), then in order of ingest. */
    public synchronized List<CleanArticle> articles(int limit, int offset) {
        return query("list articles", "SELECT " + ArticleRows.COLUMNS + " FROM articles a "
                + "ORDER BY a.published_at IS NULL, a.published_at DESC, a.seq LIMIT ? OFFSET ?", statement -> {
                    statement.setInt(1, limit);
                    statement.setInt(2, offset);
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
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
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
        try (PreparedStatement select = connection.prepareStatement(sql)) {
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
