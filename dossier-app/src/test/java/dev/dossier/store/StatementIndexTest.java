package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which quotes become one statement, in a real store file. */
class StatementIndexTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

    private static final String WIRE = "We came with open hands, and we will leave with open hands, whatever is said in Valdor "
            + "and whatever the papers in Haldeby print about us tomorrow morning";

    @TempDir
    Path dir;

    @Test
    void trimmedAndElidedCopiesJoinTheWireVersion() {
        try (Store store = Store.open(dir.resolve("store.db"), CLOCK, new PlainNaming())) {
            long voronel = actor(store, "Arkady Voronel");
            long wire = statementOf(store, WIRE, voronel);
            assertThat(statementOf(store, "We came with open hands, and we will leave with open hands", voronel)).isEqualTo(wire);
            assertThat(statementOf(store, "We came with open hands … whatever the papers in Haldeby print about us", null)).isEqualTo(wire);
            assertThat(statementOf(store, "whatever the papers in Haldeby print about us tomorrow morning", actor(store, "Ilse Varga")))
                    .as("another speaker's words").isNotEqualTo(wire);
        }
    }

    @Test
    void aStatementIsMatchedThroughItsLongestVersionOnly() {
        try (Store store = Store.open(dir.resolve("store.db"), CLOCK, new PlainNaming())) {
            long statement = statementOf(store, WIRE, null);
            String variant = "We came with open hands, and we will leave with open hands, whatever is said in Valdor or in Kestria";
            assertThat(statementOf(store, variant, null)).isEqualTo(statement);
            // shingles of the versions that joined are not added: what a statement matches does not grow with its members
            assertThat(shingleCount(store, statement)).isEqualTo(StatementIndex.shingles(WIRE).size());
        }
    }

    @Test
    void aFewWordsRecurringInARunawayContentAreAStatementOfTheirOwn() {
        // text with no sentence punctuation can be read as one content of thousands of words; the
        // short quotes that repeat its phrases elsewhere must not all fall into it
        List<String> speakers = List.of("the harbour board", "the union", "residents", "the mayor");
        List<String> verbs = List.of("said", "warned", "argued", "insisted");
        List<String> claims = List.of("the vote should wait until spring", "nobody had seen the final contract",
                "the bridge needed repairs before winter", "talks would resume on monday");
        List<String> runaway = new ArrayList<>();
        for (String speaker : speakers) {
            for (String verb : verbs) {
                for (String claim : claims) {
                    runaway.add(speaker + " " + verb + " " + claim);
                }
            }
        }
        try (Store store = Store.open(dir.resolve("store.db"), CLOCK, new PlainNaming())) {
            long catchAll = statementOf(store, String.join(" ", runaway), null);
            long vote = statementOf(store, "the vote should wait until spring", null);
            long contract = statementOf(store, "nobody had seen the final contract", null);

            assertThat(vote).isNotEqualTo(catchAll);
            assertThat(contract).isNotEqualTo(catchAll).isNotEqualTo(vote);
            assertThat(statementOf(store, "the vote should wait until spring", null)).as("the same words again").isEqualTo(vote);
        }
    }

    @Test
    void versionsWithinTheLengthRatioAreTheSameWords() {
        assertThat(StatementIndex.sameWords(8, 16, 160)).isTrue();
        assertThat(StatementIndex.sameWords(8, 16, 321)).as("over twenty times longer").isFalse();
        assertThat(StatementIndex.sameWords(7, 16, 16)).as("less than half shared").isFalse();
    }

    private static long statementOf(Store store, String text, Long speakerId) {
        return store.writing("index a quote", () -> StatementIndex.statementOf(store.connection(), text, speakerId));
    }

    private static long actor(Store store, String name) {
        return store.writing("add an actor", () -> {
            try (PreparedStatement insert = store.connection().prepareStatement(
                    "INSERT INTO actors (name, type, key) VALUES (?, 'person', ?) RETURNING id")) {
                insert.setString(1, name);
                insert.setString(2, name.toLowerCase(Locale.ROOT));
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private static int shingleCount(Store store, long statement) {
        return store.writing("count shingles", () -> {
            try (PreparedStatement select = store.connection().prepareStatement(
                    "SELECT count(*) FROM statement_shingles WHERE statement_id = ?")) {
                select.setLong(1, statement);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }
}
