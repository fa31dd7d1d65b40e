package dev.dossier.spark;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.DossierConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier import DIR}: loads the Spark job's Parquet tables into a store. The launcher
 * dispatches {@code import} here (this module carries Spark's Parquet reader, which the
 * application does not need); it takes the same {@code --db} and {@code --aliases} as every
 * command, with the same defaults. Exit codes: 0 imported, 1 the tables or the store could not be
 * used, 2 bad usage.
 */
@Command(name = "dossier import", mixinStandardHelpOptions = true,
        description = "Loads the Parquet tables of the Spark job (articles, quotes, actors, stories...) from DIR into the store.")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "the job's output directory (any Hadoop path)")
    String directory;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "${env:DOSSIER_DB:-dossier.db}",
            description = "the store (default: $DOSSIER_DB, else dossier.db)")
    Path database;

    @Option(names = "--aliases", paramLabel = "FILE", defaultValue = "${env:DOSSIER_ALIASES}",
            description = "an alias file naming actors (default: $DOSSIER_ALIASES)")
    Path aliases;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ImportCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (aliases != null && !Files.isReadable(aliases)) {
            err.println("dossier import: cannot read alias file " + aliases);
            err.flush();
            return 2;
        }
        SparkSession spark = SparkSession.builder().master("local[*]").appName("dossier import")
                .config("spark.ui.enabled", "false").getOrCreate();
        try (Dossier dossier = Dossier.open(new DossierConfig(database, Clock.systemUTC(), aliases))) {
            out.print(TableImport.run(spark, directory, dossier).text());
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("dossier import: " + e.getMessage());
            err.flush();
            return 1;
        } finally {
            spark.stop();
        }
    }
}
