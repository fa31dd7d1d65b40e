package dev.dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.SharedData;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.DossierConfig;
import dev.dossier.engine.IngestListener;
import dev.dossier.engine.IngestRequest;
import dev.dossier.engine.StoryPositions;
import dev.dossier.model.Position;
import dev.dossier.model.Stance;
import dev.dossier.model.TrackedDeadline;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The positions quality gate. Stance read on the labelled statements, measured as
 * {@link StanceEvaluator} measures it, must not fall below the floors recorded here; and on the
 * seed pages, run through the whole pipeline with the seeds' issues file, the positions their
 * readers know must come out. Raise a floor when stance improves; never lower it to make a change
 * pass. The example set ships with the project, so its gate always runs; the seeds are skipped when
 * {@code ../shared} is absent.
 */
class PositionsQualityGateTest {

    // Figures when the floors were pinned (issue 9, second round of rules), development figures (the rules were
    // written against these sets): examples macro-F1 0.864, accuracy 0.853; seeds macro-F1 0.783, accuracy 0.809;
    // PolNeAR train, 175 statements (held out until issue 9, development set since): macro-F1 0.707, accuracy 0.714.
    // Since third parties' position nouns ("is a supporter of"): seeds 0.791, PolNeAR train 0.712 (accuracy 0.720).
    // Since "recognise" reads as acceptance: seeds 0.800 (accuracy 0.820); since "not negotiable" holds to its subject:
    // examples 0.867 (accuracy 0.857), PolNeAR train 0.716 (accuracy 0.726). Since "but" clauses on another subject: PolNeAR
    // train 0.720; since a decision on whether the issue happens takes no side on it: 0.725 (accuracy 0.737); since
    // "deportation" is a contrary phrase of legal status: 0.730 (accuracy 0.743). Since a plural noun of asking with no
    // object ("hardened its demands") and a participle with its agent ("proposed by Brandt") take no side: seeds 0.809
    // (accuracy 0.831), the others unchanged; the seeds' floor rises to the issue's target, 0.80.
    static final double EXAMPLES_MACRO_F1_FLOOR = 0.85;
    static final double SEEDS_MACRO_F1_FLOOR = 0.80;
    static final double POLNEAR_MACRO_F1_FLOOR = 0.69;
    // PolNeAR dev, 136 statements labelled before the issue-9 rules and never used to write them: macro-F1 0.439,
    // accuracy 0.485 (the held-out figure after the second round; 0.454 / 0.485 after the first, 0.437 / 0.463 before
    // issue 9). One conditional row only, so the macro-F1 moves by a quarter with it: the second round's fall is one
    // more false conditional (conditional precision 0.25 -> 0.20), the other classes within 0.01. The floor was 0.44;
    // it is set below the measured figure, not fitted to the held-out rows. Since third parties' position nouns: 0.445,
    // accuracy 0.493; two dev rows were read then (one a fault of that change, fixed), the rest still unread.
    // Since a calendar event after "before"/"after" is a time and "go after" a phrasal verb: 0.495, accuracy 0.507.
    // Both were false conditionals seen in the dev error listing, so this figure is not a held-out one any more.
    // Since "tax cut", "tax break", "loophole", "coal" and "fossil fuel" are contrary phrases: 0.497 (accuracy 0.507).
    // Since criticism for not doing the issue backs it, "moratorium" undoes and "bring back" is no backing (three rows of
    // the dev listing): 0.515 (accuracy 0.529). Since "called on X to", "questioned", "damaging", a position noun's
    // intensifier ("the very need for") and "agreed that" (a belief, no cue): 0.544 (accuracy 0.566), the other three sets
    // unchanged; the floor rises to 0.52.
    static final double POLNEAR_DEV_MACRO_F1_FLOOR = 0.52;
    // The held-out set (124 statements of 88 PolNeAR train articles no other set uses, on the train issues), labelled
    // blind after the fourth round and measured once, on 2026-11-23: macro-F1 0.438, accuracy 0.516 (one conditional row;
    // supports F1 0.61, opposes 0.54, neutral 0.35). Its errors are never listed (StanceEvaluator), so its floor is only
    // ever set below a measured figure, never fitted.
    static final double HOLDOUT_MACRO_F1_FLOOR = 0.40;

    // Issue discovery on the example corpus without an issues file, against examples/issues.json
    // (IssueDiscoveryEvaluator, 2026-11-23): recall 0.500 (14 of 28), precision 0.714 (20 of 28), 1.86 discovered
    // issues per listed issue found, the same in the Turkish locale surefire runs in.
    static final double DISCOVERY_RECALL_FLOOR = 0.40;
    static final double DISCOVERY_PRECISION_FLOOR = 0.55;

    // Discovery on real news (IssueDiscoveryEvaluator, 2026-11-22), against the stance sets' issue lists, which name
    // only the labelled statements' issues, so precision is a lower bound: seeds recall 0.333 (3 of 9), precision
    // 0.700 (7 of 10; 0.778 before the rules read "..., according to her foundation", which gave the story of an
    // Iranian laureate's prison sentence its issue "sentence", unlisted as no labelled statement is about it);
    // PolNeAR train 0.360 (18 of 50), 0.300 (18 of 60). Development figures: the words that are no issue alone were
    // chosen on PolNeAR train. The PolNeAR dev articles are the held-out check of the stance gate.
    // Since bare "talks", "arrangements" and "the region" are no issue (2026-11-23): seeds 0.444 (4 of 9, foreign
    // troops found) and 0.667 (6 of 9: the two dropped had counted as listed, being the meeting and the security
    // guarantees in other words); PolNeAR train 0.380 (19 of 50), 0.317 (19 of 60). Since the war and peace of a story
    // of conflict are its background, no issue alone: seeds 0.444 (4 of 9) and 0.800 (4 of 5; the largest story's issues
    // are the meeting, security guarantees, the ceasefire and foreign troops), PolNeAR train 0.380 and 0.322 (19 of 59).
    static final double SEEDS_DISCOVERY_RECALL_FLOOR = 0.44;
    static final double SEEDS_DISCOVERY_PRECISION_FLOOR = 0.75;
    static final double POLNEAR_DISCOVERY_RECALL_FLOOR = 0.33;
    static final double POLNEAR_DISCOVERY_PRECISION_FLOOR = 0.29;

    @TempDir
    Path work;

    private static Path examples() {
        return ExamplesFolder.holding("stance.tsv");
    }

    @Test
    void stanceOnTheExampleStatementsStaysAboveItsFloor() throws Exception {
        StanceEvaluator.Result result = StanceEvaluator.evaluate(StanceSet.examples(examples()), null);

        assertThat(result.set().items()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(result.set().unlocated()).isZero();
        assertThat(result.dossier().macroF1()).as("macro-F1").isGreaterThanOrEqualTo(EXAMPLES_MACRO_F1_FLOOR);
        assertThat(result.dossier().macroF1()).as("well above the majority class").isGreaterThan(2 * result.majority().macroF1());
    }

    @Test
    void issuesDiscoveredWithoutAnIssuesFileStayAboveTheirFloors() throws Exception {
        IssueDiscoveryEvaluator.Result result = IssueDiscoveryEvaluator.evaluate(DiscoverySet.examples(examples()), work, System.err, null);

        assertThat(result.stories()).isEqualTo(12);
        assertThat(result.recall()).as("recall of the listed issues").isGreaterThanOrEqualTo(DISCOVERY_RECALL_FLOOR);
        assertThat(result.precision()).as("discovered issues that are listed ones").isGreaterThanOrEqualTo(DISCOVERY_PRECISION_FLOOR);
    }

    @Test
    void issuesDiscoveredInRealNewsStayAboveTheirFloors() throws Exception {
        IssueDiscoveryEvaluator.Result seeds = IssueDiscoveryEvaluator.evaluate(DiscoverySet.seeds(SharedData.require("seeds")),
                work.resolve("seeds"), System.err, null);
        IssueDiscoveryEvaluator.Result polnear = IssueDiscoveryEvaluator.evaluate(
                DiscoverySet.polnear(SharedData.require("bench/polnear"), "polnear", work.resolve("polnear-articles")),
                work.resolve("polnear"), System.err, null);

        String figures = String.format(Locale.ROOT, "seeds %.3f / %.3f, PolNeAR train %.3f / %.3f", seeds.recall(), seeds.precision(),
                polnear.recall(), polnear.precision());
        assertThat(seeds.recall()).as(figures).isGreaterThanOrEqualTo(SEEDS_DISCOVERY_RECALL_FLOOR);
        assertThat(seeds.precision()).as(figures).isGreaterThanOrEqualTo(SEEDS_DISCOVERY_PRECISION_FLOOR);
        assertThat(polnear.recall()).as(figures).isGreaterThanOrEqualTo(POLNEAR_DISCOVERY_RECALL_FLOOR);
        assertThat(polnear.precision()).as(figures).isGreaterThanOrEqualTo(POLNEAR_DISCOVERY_PRECISION_FLOOR);
    }

    @Test
    void stanceOnTheSeedStatementsStaysAboveItsFloor() throws Exception {
        assertLocatedSetAboveFloor(StanceSet.seeds(SharedData.require("seeds")), 80, SEEDS_MACRO_F1_FLOOR);
    }

    @Test
    void stanceOnThePolnearTrainStatementsStaysAboveItsFloor() throws Exception {
        assertLocatedSetAboveFloor(StanceSet.polnear(SharedData.require("bench/polnear")), 170, POLNEAR_MACRO_F1_FLOOR);
    }

    @Test
    void stanceOnTheHeldOutStatementsStaysAboveItsFloor() throws Exception {
        assertLocatedSetAboveFloor(StanceSet.polnearHoldout(SharedData.require("bench/polnear")), 120, HOLDOUT_MACRO_F1_FLOOR);
    }

    @Test
    void stanceOnThePolnearDevStatementsStaysAboveItsFloor() throws Exception {
        assertLocatedSetAboveFloor(StanceSet.polnearDev(SharedData.require("bench/polnear")), 130, POLNEAR_DEV_MACRO_F1_FLOOR);
    }

    /** A set located by offsets: at least {@code size} statements, every one found in its text, macro-F1 at its floor. */
    private static void assertLocatedSetAboveFloor(StanceSet set, int size, double floor) {
        StanceEvaluator.Result result = StanceEvaluator.evaluate(set, null);

        assertThat(result.set().items()).hasSizeGreaterThanOrEqualTo(size);
        assertThat(result.set().unlocated()).isZero();
        assertThat(result.dossier().macroF1()).as("macro-F1").isGreaterThanOrEqualTo(floor);
    }

    @Test
    void theSeedPagesYieldThePositionsTheirReadersKnow() throws Exception {
        Path seeds = SharedData.require("seeds");
        Path issues = work.resolve("seed-issues.json");
        try (InputStream in = PositionsQualityGateTest.class.getClassLoader().getResourceAsStream("stance/seed-issues.json")) {
            Files.copy(in, issues);
        }
        try (Dossier dossier = Dossier.open(new DossierConfig(work.resolve("seeds.db"), Clock.systemUTC(), null, issues))) {
            dossier.ingest(IngestRequest.of(List.of(seeds.toString())), InputStream::nullInputStream, IngestListener.NONE);
            Map<String, String> titles = new HashMap<>();
            dossier.forEachArticle(article -> titles.put(article.id(), article.title() == null ? "" : article.title()));

            List<Position> lavrov = positions(dossier, "Lavrov", "foreign troops");
            assertThat(opposingIn(lavrov, titles)).as("Russia's foreign minister rejects foreign troops in February and in August")
                    .anySatisfy(title -> assertThat(title).startsWith("Vladimir Putin: I won"))
                    .anySatisfy(title -> assertThat(title).startsWith("Ukraine war briefing"));
            assertThat(positions(dossier, "Putin", "foreign troops")).as("Putin's 'legitimate targets'")
                    .anySatisfy(position -> assertThat(position.stance()).isEqualTo(Stance.OPPOSES));
            assertThat(positions(dossier, "Zelensky", "territory")).as("Zelenskyy will not cede territory")
                    .anySatisfy(position -> assertThat(position.stance()).isEqualTo(Stance.OPPOSES));
            assertThat(positions(dossier, "Lavrov", "meeting")).as("Lavrov: a meeting only after key issues are worked out")
                    .anySatisfy(position -> {
                        assertThat(position.stance()).isEqualTo(Stance.CONDITIONAL);
                        assertThat(position.condition()).contains("key issues");
                    });

            List<TrackedDeadline> deadlines = dossier.deadlines(null, null);
            assertThat(deadlines).as("Trump's 'two weeks', on a page that gives no date: tracked by its length")
                    .anySatisfy(tracked -> {
                        assertThat(tracked.deadline().expression()).isEqualTo("in two weeks");
                        assertThat(tracked.deadline().delayDays()).isEqualTo(14);
                        assertThat(tracked.deadline().statement().speakerName()).isEqualTo("Donald Trump");
                    });
        }
    }

    private static List<Position> positions(Dossier dossier, String actor, String issue) {
        return dossier.positions(null, actor, issue).stream().map(StoryPositions::matrix).flatMap(matrix -> matrix.positions().stream())
                .toList();
    }

    private static List<String> opposingIn(List<Position> positions, Map<String, String> titles) {
        return positions.stream().filter(position -> position.stance() == Stance.OPPOSES)
                .flatMap(position -> position.statement().sources().stream()).map(source -> titles.get(source.articleId())).toList();
    }
}
