package dev.dossier;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slice;
import dev.dossier.cli.Main;
import dev.dossier.web.WebServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of DESIGN.md and STYLE.md, checked against the compiled main code of every
 * module on the class path (core and app). A stage added to {@link #STAGES} is covered at once.
 */
class ArchitectureTest {

    /**
     * The stage packages of dossier-core: each one box of the data flow, with one public interface.
     * {@code enrich} is not among them: it composes the enrichment stages (entities, quotes, time)
     * through their public interfaces, as the engine composes the rest.
     */
    private static final List<String> STAGES = List.of("ingest", "clean", "entities", "quotes", "time");

    private static final String[] APPLICATION = {
        "dev.dossier.store..", "dev.dossier.engine..", "dev.dossier.cli..", "dev.dossier.web.."};

    private static final Set<String> JAVA_BASE_PACKAGES =
            ModuleLayer.boot().findModule("java.base").orElseThrow().getPackages();

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the core module's test helpers, when they come as a jar rather than test-classes/
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.dossier");
    }

    @Test
    void modelDependsOnNothingButTheJavaBaseModule() {
        classes().that().resideInAPackage("dev.dossier.model..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("dev.dossier.model..").or(inJavaBase()))
                .because("the records every stage shares must not pull in a library or another layer")
                .check(main);
    }

    @Test
    void pipelineDependsOnlyOnTheModel() {
        classes().that().resideInAPackage("dev.dossier.pipeline..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("dev.dossier.pipeline..", "dev.dossier.model..").or(inJavaBase()))
                .because("the stage contract is written in model records only")
                .check(main);
    }

    @Test
    void stagesDoNotDependOnEachOther() {
        slices().matching("dev.dossier.(*)..").namingSlices("stage $1")
                .that(DescribedPredicate.describe("are stages " + STAGES, (Slice slice) -> STAGES.contains(slice.getNamePart(1))))
                .should().notDependOnEachOther()
                .because("stages share typed records, never each other's internals; only the engine wires them together")
                .check(main);
    }

    @Test
    void stagesDoNotDependOnTheApplication() {
        noClasses().that().resideInAnyPackage(stagePackages())
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION)
                .because("stages run anywhere (CLI, server, Spark) and so know nothing of store, engine or front ends")
                .check(main);
    }

    @Test
    void onlyTheStoreUsesJdbcSqliteAndFlyway() {
        noClasses().that().resideOutsideOfPackage("dev.dossier.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..", "org.flywaydb..")
                .because("no JDBC outside the store: changing the database then touches one package")
                .check(main);
    }

    @Test
    void onlyTheWebLayerUsesJavalinAndJetty() {
        noClasses().that().resideOutsideOfPackage("dev.dossier.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
                .because("no Javalin Context outside the web layer")
                .check(main);
    }

    @Test
    void onlyTheNlpAdapterUsesCoreNlp() {
        noClasses().that().resideOutsideOfPackage("dev.dossier.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage("edu.stanford.nlp..")
                .because("no CoreLabel outside the NLP adapter: stages read our own tokens, sentences and mentions")
                .check(main);
    }

    @Test
    void onlyTheEmbeddingAdapterUsesLangChain4jAndOnnx() {
        noClasses().that().resideOutsideOfPackage("dev.dossier.embed..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
                .because("stories read float vectors through our Embedder, so the embedding model can be swapped in one package")
                .check(main);
    }

    @Test
    void onlyTheCleanStageUsesOpenNlp() {
        noClasses().that().resideOutsideOfPackage("dev.dossier.clean..")
                .should().dependOnClassesThat().resideInAnyPackage("opennlp..")
                .because("OpenNLP serves language identification in the clean stage only")
                .check(main);
    }

    @Test
    void onlyTheCliUsesPicocliAndProgressBars() {
        noClasses().that().resideOutsideOfPackage("dev.dossier.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "me.tongfei.progressbar..")
                .because("no picocli outside the CLI")
                .check(main);
    }

    @Test
    void cliCallsOnlyTheEngineModelAndPipeline() {
        classes().that().resideInAPackage("dev.dossier.cli..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("dev.dossier.cli..", "dev.dossier.engine..",
                        "dev.dossier.model..", "dev.dossier.pipeline..", "picocli..", "me.tongfei.progressbar..")
                        .or(inJavaBase())
                        // 'serve' and 'demo' launch the web front end; they reach it only through its entry point
                        .or(type(WebServer.class)))
                .because("front ends call the one facade, so they cannot drift apart or reach into stages or the store")
                .check(main);
    }

    @Test
    void webCallsOnlyTheEngineModelAndPipeline() {
        classes().that().resideInAPackage("dev.dossier.web..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("dev.dossier.web..", "dev.dossier.engine..",
                        "dev.dossier.model..", "dev.dossier.pipeline..", "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
                        .or(inJavaBase()))
                .because("front ends call the one facade, so they cannot drift apart or reach into stages or the store")
                .check(main);
    }

    /**
     * Bytecode does not show every dependency: javac copies a compile-time constant (a
     * {@code static final} number or string) into the class that uses it, so a front end could name a
     * stage's constant unseen by the rules above. The front ends' sources are read for that.
     */
    @Test
    void frontEndSourcesNameNoStageAndNoStore() throws IOException {
        Path sources = Path.of("src", "main", "java", "dev", "dossier");
        assertThat(sources).as("dossier-app's sources, from the module directory").isDirectory();
        Pattern forbidden = Pattern.compile("\\bdev\\.dossier\\.(" + String.join("|", STAGES) + "|store)\\.");
        List<String> offenders = new ArrayList<>();
        for (String frontEnd : List.of("cli", "web")) {
            try (Stream<Path> files = Files.walk(sources.resolve(frontEnd))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = forbidden.matcher(Files.readString(file));
                    while (matcher.find()) {
                        offenders.add(file + " names " + matcher.group());
                    }
                }
            }
        }
        assertThat(offenders)
                .as("front ends call the one facade; they name no stage or store type, not even for a constant")
                .isEmpty();
    }

    @Test
    void jsoupStaysInCleanAndIngest() {
        noClasses().that().resideOutsideOfPackages("dev.dossier.clean..", "dev.dossier.ingest..")
                .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
                .because("no jsoup Element outside extraction")
                .check(main);
    }

    @Test
    void feedAndArchiveLibrariesStayInIngest() {
        noClasses().that().resideOutsideOfPackage("dev.dossier.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("com.rometools..", "org.netpreserve.jwarc..")
                .because("feeds and WARC archives are split into documents by the ingest stage alone")
                .check(main);
    }

    @Test
    void charsetDetectionStaysInClean() {
        noClasses().that().resideOutsideOfPackage("dev.dossier.clean..")
                .should().dependOnClassesThat().resideInAPackage("com.ibm.icu..")
                .because("decoding bytes to text is the clean stage's job")
                .check(main);
    }

    @Test
    void noPackageIsNamedUtilOrCommon() {
        noClasses().should().resideInAnyPackage("..util..", "..common..")
                .because("a helper lives in the package that uses it, or becomes a named concept")
                .check(main);
    }

    @Test
    void noClassUsesJavaUtilLogging() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .because("libraries log through SLF4J; Dossier reports through run reports and exit codes")
                .check(main);
    }

    @Test
    void onlyTheCommandLineEntryPointWritesToTheProcessStreams() {
        noClasses().that().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("commands write to the streams picocli gives them, so tests can capture output; "
                        + "everything else returns values or reports")
                .check(main);
    }

    private static String[] stagePackages() {
        return STAGES.stream().map(stage -> "dev.dossier." + stage + "..").toArray(String[]::new);
    }

    /** Types of the java.base module (and primitives): the JDK minus JDBC, logging, desktop and the like. */
    private static DescribedPredicate<JavaClass> inJavaBase() {
        return DescribedPredicate.describe("are in module java.base", javaClass -> {
            JavaClass base = javaClass.getBaseComponentType();
            return base.isPrimitive() || JAVA_BASE_PACKAGES.contains(base.getPackageName());
        });
    }
}
