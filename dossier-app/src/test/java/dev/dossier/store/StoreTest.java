package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.dossier.model.ActorMention;
import dev.dossier.model.ActorSummary;
import dev.dossier.model.ActorType;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.EnrichedArticle;
import dev.dossier.model.NamedActor;
import dev.dossier.model.Origin;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.Rejection;
import dev.dossier.model.SearchHit;
import dev.dossier.model.TextSpan;
import dev.dossier.pipeline.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static CleanArticle article(String id, String title, String text, String published) {
        return new CleanArticle(id, Origin.ofFile("test/" + id + ".txt"), title, "Ostervik Gazette", null, null,
                published == null ? null : Published.parse(published, PublishedFrom.METADATA).orElseThrow(), "en", text,
                List.of(new Paragraph(new TextSpan(0, text.length()), new TextSpan(10, 10 + text.length()))), null,
                CLOCK.instant());
    }

    @Test
    void createsTheSchemaByMigrationAndReadsBackWhatItSaved() {
        Path file = dir.resolve("store.db");
        CleanArticle saved = article("a1", "Ferries resume", "Ferry crossings resume on Monday.", "2026-03-06");
        try (Store store = Store.open(file, CLOCK, new PlainNaming())) {
            assertThat(store.save(List.of(saved))).isEqualTo(new SaveResult(1, 0));
        }
        try (Store reopened = Store.open(file, CLOCK, new PlainNaming())) {
            assertThat(reopened.article("a1")).contains(saved);
            assertThat(reopened.articleCount()).isEqualTo(1);
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void savingTheSameArticleTwiceAddsNothing() {
        try (Store store = Store.open(dir.resolve("store.db"), CLOCK, new PlainNaming())) {
            CleanArticle article = article("a1", "Ferries resume", "Ferry crossings resume on Monday.", null);
            store.save(List.of(article));
            assertThat(store.save(List.of(article))).isEqualTo(new SaveResult(0, 1));
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void answersWhetherItHoldsAnArticleWhileABatchIsBeingWritten() throws Exception {
        try (Store store = Store.open(dir.resolve("store.db"), CLOCK, new PlainNaming())) {
            store.save(List.of(article("old", "Ferries resume", "Ferry crossings resume on Monday.", null)));
            CleanArticle pending = article("new", "Bridge closes", "The bridge closes for repairs.", null);
            ExecutorService asker = Executors.newSingleThreadExecutor();
            try {
                store.writing("write a batch", () -> {
                    ArticleRows.insert(store.connection(), pending, CLOCK.instant());
                    // the writer holds the store: an ingest worker's look-up must still be answered, from what is committed
                    try {
                        assertThat(asker.submit(() -> store.contains("old")).get(10, TimeUnit.SECONDS)).isTrue();
                        assertThat(asker.submit(() -> store.contains("new")).get(10, TimeUnit.SECONDS)).isFalse();
                    } catch (InterruptedException | ExecutionException | TimeoutException e) {
                        throw new AssertionError("the look-up waited for the writer", e);
                    }
                    return null;
                });
                assertThat(asker.submit(() -> store.contains("new")).get(10, TimeUnit.SECONDS)).isTrue();
            } finally {
                asker.shutdownNow();
            }
        }
    }

    @Test
    void savesADocumentsArticlesAllOrNothing() throws SQLException {
        Path file = dir.resolve("store.db");
        try (Store store = Store.open(file, CLOCK, new PlainNaming())) {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN new.title = 'Broken' "
                        + "BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
            }
            CleanArticle good = article("good", "Good", "A good article.", null);
            CleanArticle broken = article("broken", "Broken", "An article the database refuses.", null);

            assertThatThrownBy(() -> store.save(List.of(good, broken)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("refused by test");
            assertThat(store.articleCount()).isZero();
            assertThat(store.search("good", 10)).isEmpty();
        }
    }

    @Test
    void listsNewestFirstWithUndatedArticlesLast() {
        try (Store store = Store.open(dir.resolve("store.db"), CLOCK, new PlainNaming())) {
            store.save(List.of(article("old", "Old", "Old news.", "2026-03-01T08:00:00Z")));
            store.save(List.of(article("undated", "Undated", "No date.", null)));
            store.save(List.of(article("new", "New", "New news.", "2026-03-05T08:00:00Z")));

            assertThat(store.articles(10, 0)).extracting(CleanArticle::id).containsExactly("new", "old", "undated");
            assertThat(store.articles(1, 1)).extracting(CleanArticle::id).containsExactly("old");
        }
    }

    @Test
    void searchesTitlesAndTextsAndMarksTheMatches() {
        try (Store store = Store.open(dir.resolve("store.db"), CLOCK, new PlainNaming())) {
            store.save(List.of(article("f", "Ferries resume", "Ferry crossings to the islands resume on Monday.", null)));
            store.save(List.of(article("s", "Storm closes road", "The coast road stays closed after the storm.", null)));

            List<SearchHit> hits = store.search("islands monday", 10);

            assertThat(hits).extracting(h -> h.article().id()).containsExactly("f");
            assertThat(hits.get(0).snippet("[", "]")).contains("[islands]", "[Monday]");
            assertThat(store.search("\"coast road\"", 10)).extracting(h -> h.article().id()).containsExactly("s");
            assertThat(store.search("ferr*", 10)).extracting(h -> h.article().id()).containsExactly("f");
        }
    }

    @Test
    void searchNeverFailsOnQuerySyntax() {
        try (Store store = Store.open(dir.resolve("store.db"), CLOCK, new PlainNaming())) {
            store.save(List.of(article("f", "Ferries", "Ferry crossings resume.", null)));
            for (String query : List.of("\"", "AND", "OR NOT", "(", "*", "NEAR(a b)", "title:x", "\"unclosed", "-", "^")) {
                assertThat(store.search(query, 10)).as(query).isNotNull();
            }
        }
    }

    @Test
    void recordsIngestRunsAndTheirRejections() throws SQLException {
        Path file = dir.resolve("store.db");
        try (Store store = Store.open(file, CLOCK, new PlainNaming())) {
            long run = store.beginRun();
            store.recordRejection(run, new Rejection(Origin.ofFile("bad.png"), "binary content (PNG image), not a news document"));
            store.finishRun(run, new RunReport(1, 0, 0, 1, List.of()));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT r.origin_source, r.reason, i.rejected FROM rejections r JOIN ingest_runs i ON i.id = r.run_id")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("bad.png");
            assertThat(rows.getString(2)).startsWith("binary content");
            assertThat(rows.getLong(3)).isEqualTo(1);
        }
    }

    @Test
    void asksTheNamingOnceForAnActorItMeetsAgain() {
        Map<NamedActor, Integer> asked = new ConcurrentHashMap<>();
        PlainNaming plain = new PlainNaming();
        ActorNaming counting = new ActorNaming() {
            @Override
            public String key(NamedActor canonical) {
                return plain.key(canonical);
            }

            @Override
            public String surnameKey(NamedActor canonical) {
                return plain.surnameKey(canonical);
            }

            @Override
            public NamedActor canonical(NamedActor actor) {
                asked.merge(actor, 1, Integer::sum);
                return actor;
            }
        };
        NamedActor signe = new NamedActor("Signe Halvorsen", ActorType.PERSON);
        try (Store store = Store.open(dir.resolve("store.db"), CLOCK, counting)) {
            for (String id : List.of("a1", "a2")) {
                CleanArticle article = article(id, "Talks " + id, "Signe Halvorsen spoke. Halvorsen left.", null);
                store.saveEnriched(List.of(new EnrichedArticle(article, List.of(new ActorMention(new TextSpan(0, 15), "Signe Halvorsen", signe),
                        new ActorMention(new TextSpan(23, 32), "Halvorsen", signe)), List.of(), List.of(), null, null)));
            }

            assertThat(asked).containsExactly(Map.entry(signe, 1));
            assertThat(store.actors(10)).extracting(ActorSummary::name, ActorSummary::mentions).containsExactly(tuple("Signe Halvorsen", 4L));
        }
    }

    @Test
    void refusesAStoreInADirectoryThatDoesNotExist() {
        assertThatThrownBy(() -> Store.open(dir.resolve("no/such/dir/store.db"), CLOCK, new PlainNaming()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("does not exist");
    }
}
