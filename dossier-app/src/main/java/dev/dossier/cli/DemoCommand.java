package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.IngestReport;
import dev.dossier.engine.IngestRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled example corpus (a fictional developing story, in every input format)",
                "into a fresh store, print a summary, and serve it. The store is dossier-demo.db in the working",
                "directory, recreated on every run, unless --db names another (which is then added to, not wiped)."})
final class DemoCommand implements Callable<Integer> {

    static final String DEMO_DB = "dossier-demo.db";
    static final String HOME_ENV = "DOSSIER_HOME";

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Mixin
    ServeCommand.ServerOptions server;

    @Option(names = "--no-serve", description = "Ingest and summarise, then exit.")
    boolean noServe;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus to ingest (default: examples/corpus of this installation).")
    Path corpus;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path corpusDir = corpus != null ? corpus : home().resolve("examples").resolve("corpus");
        if (!Files.isDirectory(corpusDir)) {
            spec.commandLine().getErr().println("no example corpus at " + corpusDir + " (give one with --corpus DIR)");
            return ExitCodes.FAILURE;
        }
        Path database = parent.global.database;
        if (!parent.global.databaseNamed(spec)) {
            database = Path.of(DEMO_DB);
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(DEMO_DB + suffix));
            }
        }
        Path aliases = parent.global.aliases != null ? parent.global.aliases : home().resolve("examples").resolve("aliases.json");
        Path issues = parent.global.issues != null ? parent.global.issues : home().resolve("examples").resolve("issues.json");
        try (Dossier dossier = parent.global.open(database, Files.isRegularFile(aliases) ? aliases : null,
                Files.isRegularFile(issues) ? issues : null)) {
            out.println("Ingesting the example corpus " + corpusDir + " into " + dossier.databaseFile() + " ...");
            out.flush();
            IngestReport report;
            try (Progress progress = Progress.on(spec.commandLine().getErr(), false)) {
                report = dossier.ingest(IngestRequest.of(List.of(corpusDir.toString())), () -> System.in, progress);
            }
            IngestCommand.print(report, out);
            out.printf(Locale.ROOT, "The store now holds %d articles in %d stories. Try: ./dossier --db %s stories%n", dossier.articleCount(),
                    dossier.storyCount(), database);
            out.flush();
            if (report.run().hasRejections()) {
                return ExitCodes.FAILURE;
            }
            if (!noServe) {
                ServeCommand.serveUntilInterrupted(dossier, server, out);
            }
        }
        return ExitCodes.OK;
    }

    /** The installation directory: $DOSSIER_HOME (set by ./dossier), else found from this class's location. */
    private static Path home() {
        String env = System.getenv(HOME_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        try {
            // .../dossier-app/target/dossier-app.jar or .../dossier-app/target/classes
            Path location = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path module = location.getParent().getParent();
            return module.getParent() != null ? module.getParent() : Path.of("");
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("");
        }
    }
}
