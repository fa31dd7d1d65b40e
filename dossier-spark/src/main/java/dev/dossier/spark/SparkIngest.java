package dev.dossier.spark;

import dev.dossier.entities.AliasBook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's command line, for {@code spark-submit} (or plain {@code java}, which runs it on every
 * local core):
 *
 * <pre>
 * SparkIngest INPUT... --output DIR [--aliases FILE] [--partitions N] [--window-days N]
 * </pre>
 *
 * Inputs and the alias file may be on any Hadoop file system ({@code hdfs://}, {@code s3a://},
 * local paths). Exit codes: 0 the job ran (rejected documents are counted in its report, never a
 * failure), 1 it could not run, 2 bad usage.
 */
public final class SparkIngest {

    static final String USAGE = "usage: SparkIngest INPUT... --output DIR [--aliases FILE] [--partitions N] [--window-days N]";

    private SparkIngest() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        JobSettings settings;
        String aliases;
        try {
            Arguments parsed = Arguments.parse(args);
            settings = parsed.settings();
            aliases = parsed.aliases();
        } catch (IllegalArgumentException e) {
            err.println("SparkIngest: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("dossier ingest");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            if (aliases != null) {
                settings = settings.withAliasFile(aliasFile(spark, aliases, err));
            }
            out.print(DossierJob.run(spark, settings).text());
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("SparkIngest: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }

    /** The alias file's bytes, read on the driver and checked there, so a bad file fails the job before any work. */
    private static byte[] aliasFile(SparkSession spark, String file, PrintStream err) {
        Path path = new Path(file);
        try (InputStream in = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path)) {
            byte[] bytes = in.readAllBytes();
            AliasBook book = AliasBook.read(new ByteArrayInputStream(bytes), file);
            book.problems().forEach(problem -> err.println("SparkIngest: alias file: " + problem));
            return bytes;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot use alias file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The parsed command line. */
    private record Arguments(JobSettings settings, String aliases) {

        static Arguments parse(String[] args) {
            List<String> inputs = new ArrayList<>();
            String output = null;
            String aliases = null;
            int partitions = 0;
            int windowDays = JobSettings.DEFAULT_WINDOW_DAYS;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--output" -> output = value(args, ++i, "--output");
                    case "--aliases" -> aliases = value(args, ++i, "--aliases");
                    case "--partitions" -> partitions = number(value(args, ++i, "--partitions"), "--partitions");
                    case "--window-days" -> windowDays = number(value(args, ++i, "--window-days"), "--window-days");
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        inputs.add(args[i]);
                    }
                }
            }
            if (output == null) {
                throw new IllegalArgumentException("--output DIR is required");
            }
            return new Arguments(JobSettings.of(inputs, output).withPartitions(partitions).withWindowDays(windowDays), aliases);
        }

        private static String value(String[] args, int at, String option) {
            if (at >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[at];
        }

        private static int number(String text, String option) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a whole number, not " + text, e);
            }
        }
    }
}
