package dev.dossier.cli;

import dev.dossier.engine.IngestListener;
import dev.dossier.model.Origin;
import dev.dossier.model.Rejection;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows an ingest as it goes: a progress bar on a terminal; otherwise (a pipe, a log file, CI) a
 * log line for every rejection and a summary line every few seconds. Either way on stderr, so
 * stdout carries only the report.
 */
final class Progress implements IngestListener, AutoCloseable {

    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final ProgressBar bar;
    private long documents;
    private long stored;
    private long duplicates;
    private long rejected;
    private Instant lastLog = Instant.now();

    private Progress(PrintWriter err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    /** A progress bar when stderr is a terminal, log lines otherwise. */
    static Progress on(PrintWriter err, boolean quiet) {
        boolean terminal = System.console() != null && !quiet;
        ProgressBar bar = terminal ? new ProgressBarBuilder()
                .setTaskName("Ingesting")
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1)
                .continuousUpdate()
                .build() : null;
        return new Progress(err, bar);
    }

    @Override
    public void documentDone(Origin origin, int storedNow, int duplicatesNow) {
        documents++;
        stored += storedNow;
        duplicates += duplicatesNow;
        step();
    }

    @Override
    public void rejected(Rejection rejection) {
        documents++;
        rejected++;
        if (bar == null) {
            err.println("rejected " + rejection);
            err.flush();
        }
        step();
    }

    private void step() {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format(Locale.ROOT, " %d stored, %d duplicates, %d rejected", stored, duplicates, rejected));
        } else if (Duration.between(lastLog, Instant.now()).compareTo(LOG_EVERY) >= 0) {
            lastLog = Instant.now();
            err.printf(Locale.ROOT, "ingest: %d documents read, %d articles stored, %d duplicates, %d rejected%n",
                    documents, stored, duplicates, rejected);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
