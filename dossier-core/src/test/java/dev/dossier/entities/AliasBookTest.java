package dev.dossier.entities;

import dev.dossier.model.ActorType;
import dev.dossier.model.NamedActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The starter alias set, lookups by name and by role, and user alias files. */
class AliasBookTest {

    private static final LocalDate SEEDS_DAY = LocalDate.of(2025, 8, 22);
    private final AliasBook starter = AliasBook.starter();

    @TempDir
    Path dir;

    @Test
    void starterSetLoadsCleanly() {
        assertThat(starter.problems()).isEmpty();
        assertThat(starter.entries()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(starter.entries()).extracting(AliasEntry::id).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Russia's top diplomat;               2025-08-22; sergei-lavrov
            Russia's foreign minister;           2025-08-22; sergei-lavrov
            the Russian foreign minister;        2025-08-22; sergei-lavrov
            foreign minister of Russia;          2025-08-22; sergei-lavrov
            the US president;                    2025-08-22; donald-trump
            the US president;                    2022-06-01; joe-biden
            President of the United States;      2019-06-01; donald-trump
            U.S. President;                      2025-08-22; donald-trump
            Ukraine's president;                 2025-08-22; volodymyr-zelenskyy
            the Ukrainian president;             2025-08-22; volodymyr-zelenskyy
            NATO chief;                          2025-08-22; mark-rutte
            NATO chief;                          2020-01-01; jens-stoltenberg
            NATO Secretary-General;              2024-10-01; mark-rutte
            Secretary General of NATO;           2024-09-30; jens-stoltenberg
            German Chancellor;                   2025-05-06; friedrich-merz
            the German chancellor;               2025-05-05; olaf-scholz
            British Prime Minister;              2025-08-22; keir-starmer
            the EU's top diplomat;               2025-08-22; kaja-kallas
            Kremlin spokesman;                   2025-08-22; dmitry-peskov
            US Secretary of State;               2025-08-22; marco-rubio
            America's top diplomat;              2024-06-01; antony-blinken
            Chinese Premier;                     2025-08-22; li-qiang
            China's prime minister;              2025-08-22; li-qiang
            Britain's foreign minister;          2025-08-22; david-lammy
            the UK Foreign Secretary;            2025-10-01; yvette-cooper
            Estonia's prime minister;            2022-01-01; kaja-kallas
            the Dutch premier;                   2020-01-01; mark-rutte
            """)
    void resolvesRolePhrasesOnADate(String role, LocalDate date, String id) {
        assertThat(starter.byRole(role, date)).extracting(AliasEntry::id).containsExactly(id);
    }

    @Test
    void returnsEveryHolderWithoutADateAndFormerHoldersForFormer() {
        assertThat(starter.byRole("the US president", null)).extracting(AliasEntry::id)
                .containsExactly("donald-trump", "joe-biden");
        assertThat(starter.byRole("former US president", SEEDS_DAY)).extracting(AliasEntry::id)
                .containsExactly("donald-trump", "joe-biden");
        assertThat(starter.byRole("former German chancellor", SEEDS_DAY)).extracting(AliasEntry::id)
                .containsExactly("olaf-scholz");
        assertThat(starter.byRole("the president", SEEDS_DAY)).isEmpty();
        assertThat(starter.byRole("Kestria's top diplomat", SEEDS_DAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Zelensky;                   volodymyr-zelenskyy
            Zelenskiy;                  volodymyr-zelenskyy
            President Zelenskyy;        volodymyr-zelenskyy
            Sergey Lavrov;              sergei-lavrov
            Mr Lavrov;                  sergei-lavrov
            President Putin;            vladimir-putin
            Kremlin;                    kremlin
            the Kremlin's;              kremlin
            Elysee;                     elysee
            Kiev;                       kyiv
            Kyiv;                       kyiv
            No. 10;                     downing-street
            U.S. State Department;      state-department
            von der Leyen;              ursula-von-der-leyen
            Lula;                       luiz-inacio-lula-da-silva
            Tayyip Erdogan;             recep-tayyip-erdogan
            President Erdoğan;          recep-tayyip-erdogan
            Kim Jong Un;                kim-jong-un
            President Xi;               xi-jinping
            Aleksandr Lukashenko;       alexander-lukashenko
            Radosław Sikorski;          radoslaw-sikorski
            Gideon Saar;                gideon-saar
            Joseph R. Biden Jr.;        joe-biden
            Joseph Biden Jr.;           joe-biden
            U.S.;                       united-states
            the US;                     united-states
            Britain;                    united-kingdom
            Türkiye;                    turkey
            WhatsApp;                   whatsapp
            """)
    void findsActorsByName(String written, String id) {
        assertThat(starter.byName(written)).map(AliasEntry::id).contains(id);
    }

    @Test
    void theBookNamesAndTypesTheActorsItKnows() {
        assertThat(ActorKeys.canonical(starter, new NamedActor("WhatsApp", ActorType.PERSON)))
                .isEqualTo(new NamedActor("WhatsApp", ActorType.ORGANIZATION));
        assertThat(ActorKeys.canonical(starter, new NamedActor("U.S.", ActorType.PLACE)))
                .isEqualTo(new NamedActor("United States", ActorType.PLACE));
        assertThat(ActorKeys.canonical(starter, new NamedActor("Haldeby", ActorType.PLACE)))
                .isEqualTo(new NamedActor("Haldeby", ActorType.PLACE));
    }

    @Test
    void findsNoActorForUnknownOrIncompatibleNames() {
        assertThat(starter.byName("Melania Trump")).isEmpty();
        assertThat(starter.byName("Hunter Biden")).isEmpty();
        assertThat(starter.byName("Donald Trump Jr.")).as("a son named for his father").isEmpty();
        assertThat(starter.byName("Arkady Voronel")).isEmpty();
        assertThat(starter.byName("President")).isEmpty();
    }

    @Test
    void userFileExtendsAndOverridesTheStarterSet() throws IOException {
        Path file = write("""
                // the fictional world of the example corpus, plus a correction
                [
                  {"name": "Arkady Voronel", "type": "person",
                   "roles": [{"title": "foreign minister of Kestria", "aliases": ["Kestria's top diplomat", "the Kestrian foreign minister"], "from": "2023-01-01"}]},
                  {"name": "the Citadel", "type": "organization", "description": "the Kestrian presidency"},
                  {"name": "Sergey Lavrov", "type": "person", "aliases": ["Lavrov"],
                   "roles": [{"title": "foreign minister of Russia", "from": "2004-03-09", "to": "2030-01-01"}]},
                ]
                """);
        AliasBook merged = starter.merge(AliasBook.load(file));

        assertThat(merged.problems()).isEmpty();
        assertThat(merged.byName("Arkadi Voronell")).map(AliasEntry::id).contains("arkady-voronel");
        assertThat(merged.byRole("Kestria's top diplomat", LocalDate.of(2026, 3, 9))).extracting(AliasEntry::id).containsExactly("arkady-voronel");
        assertThat(merged.byName("the Citadel")).map(AliasEntry::type).contains(ActorType.ORGANIZATION);
        assertThat(merged.entries()).filteredOn(e -> e.name().endsWith("Lavrov")).extracting(AliasEntry::id).containsExactly("sergey-lavrov");
        assertThat(merged.byRole("Russia's top diplomat", SEEDS_DAY)).extracting(AliasEntry::id).containsExactly("sergey-lavrov");
        assertThat(merged.entries()).hasSize(starter.entries().size() + 2);
    }

    @Test
    void malformedFileIsAnErrorNamingTheFileAndLine() throws IOException {
        Path file = write("[\n  {\"name\": \"Arkady Voronel\", \"type\": \"person\"\n  {\"name\": \"x\"}\n]\n");
        assertThatThrownBy(() -> AliasBook.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid JSON at line 3");
    }

    @Test
    void fileThatIsNotAListIsAnError() throws IOException {
        Path object = write("{\"name\": \"Arkady Voronel\", \"type\": \"person\"}");
        assertThatThrownBy(() -> AliasBook.load(object)).hasMessageContaining(object + ": $: expected a JSON list of actors, found an object");
        Path empty = write("  ");
        assertThatThrownBy(() -> AliasBook.load(empty)).hasMessageContaining("empty file");
    }

    @Test
    void badEntriesAreLeftOutWithTheirJsonPath() throws IOException {
        Path file = write("""
                [
                  {"name": "Arkady Voronel", "type": "person"},
                  {"name": "Miren Dastova", "type": "persn"},
                  {"name": "Signe Halvorsen", "type": "person", "alias": ["Halvorsen"]},
                  {"name": "Bogdan Ruslavin", "type": "person", "roles": [{"title": "President of Kestria", "from": "2024-13-01"}]},
                  {"name": "Oskar Lenning", "type": "person", "roles": [{"title": "Prime Minister of Lindmark", "from": "2025-01-01", "to": "2024-01-01"}]},
                  {"type": "place"},
                  {"name": "President", "type": "person"},
                  "Valdor",
                  {"name": "Arkadiy Voronel", "type": "person", "id": "arkady-voronel"}
                ]
                """);
        AliasBook book = AliasBook.load(file);

        assertThat(book.entries()).extracting(AliasEntry::name).containsExactly("Arkady Voronel");
        assertThat(book.problems()).allMatch(p -> p.startsWith(file + ": $[")).containsExactly(
                file + ": $[1].type: expected person, organization or place, found \"persn\" (entry left out)",
                file + ": $[2].alias: unknown field (known fields: aliases, description, id, name, roles, type) (entry left out)",
                file + ": $[3].roles[0].from: expected a date \"YYYY-MM-DD\" or null, found \"2024-13-01\" (entry left out)",
                file + ": $[4].roles[0].to: role 'Prime Minister of Lindmark' ends (2024-01-01) before it starts (2025-01-01) (entry left out)",
                file + ": $[5].name: missing; every entry needs a \"name\" (entry left out)",
                file + ": $[6].name: \"President\" is not a person's name (no name word after the titles) (entry left out)",
                file + ": $[7]: expected an object {\"name\": ..., \"type\": ...}, found \"Valdor\" (entry left out)",
                file + ": $[8].id: 'arkady-voronel' is used by an earlier entry (give this one its own \"id\") (entry left out)");
    }

    @Test
    void missingFileIsAnIoError() {
        assertThatThrownBy(() -> AliasBook.load(dir.resolve("nowhere.json"))).isInstanceOf(IOException.class)
                .hasMessageContaining("nowhere.json");
    }

    private Path write(String json) throws IOException {
        Path file = dir.resolve("aliases-" + List.of(dir.toFile().list()).size() + ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
