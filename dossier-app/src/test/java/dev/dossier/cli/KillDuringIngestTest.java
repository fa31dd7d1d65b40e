package dev.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a 1,000-document ingest, then the same ingest again: every
 * document ends up stored exactly once, with all its paragraphs and its search entry.
 */
class KillDuringIngestTest {

    private static final int DOCUMENTS = 1000;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesNoHalfArticleAndTheSameIngestCompletesTheRest() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(inputs.resolve(String.format(Locale.ROOT, "doc-%04d.txt", i)), document(i), StandardCharsets.UTF_8);
        }
        Path db = dir.resolve("store.db");
        String[] ingest = {"--db", db.toString(), "ingest", inputs.toString()};

        Process first = CliProcess.start("512m", dir, dir.resolve("first.txt"), ingest);
        long storedWhenKilled = waitUntilSomeStored(db, first);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(storedWhenKilled).as("killed mid-run").isBetween(1L, DOCUMENTS - 1L);
        assertConsistent(db);

        Process second = CliProcess.start("512m", dir, dir.resolve("second.txt"), ingest);
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String report = Files.readString(dir.resolve("second.txt"), StandardCharsets.UTF_8);
        assertThat(second.exitValue()).as(report).isZero();

        assertConsistent(db);
        assertThat(count(db, "SELECT count(*) FROM articles")).isEqualTo(DOCUMENTS);
        assertThat(count(db, "SELECT count(DISTINCT origin_source) FROM articles")).isEqualTo(DOCUMENTS);
        assertThat(report).contains("Documents read:     " + DOCUMENTS).contains("Rejected:           0");
    }

    private static String document(int i) {
        StringBuilder text = new StringBuilder("Report number " + i + " from the Ostervik harbour\n");
        for (int p = 0; p < 12; p++) {
            text.append("Paragraph ").append(p).append(" of report ").append(i)
                    .append(": the ferries kept running while the harbour board met again to discuss the storm damage.\n");
        }
        return text.toString();
    }

    private static long waitUntilSomeStored(Path db, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(db)) {
                try {
                    long stored = count(db, "SELECT count(*) FROM articles");
                    if (stored >= 50) {
                        return stored;
                    }
                } catch (SQLException notReadyYet) {
                    // the schema is still being created
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the ingest stored nothing to interrupt (alive: " + process.isAlive() + ")");
    }

    /** No article without its paragraphs, no search entry without its article, an intact file. */
    private static void assertConsistent(Path db) throws SQLException {
        assertThat(text(db, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(count(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_seq = a.seq)"))
                .isZero();
        assertThat(count(db, "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM paragraphs p WHERE p.article_seq = a.seq) <> 12"))
                .isZero();
        assertThat(count(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'"))
                .isEqualTo(count(db, "SELECT count(*) FROM articles"));
    }

    private static long count(Path db, String sql) throws SQLException {
        return Long.parseLong(text(db, sql));
    }

    private static String text(Path db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
