package dev.dossier.engine;

import dev.dossier.enrich.Enricher;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.EnrichedArticle;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import dev.dossier.pipeline.Cleaned;
import dev.dossier.pipeline.Cleaner;
import dev.dossier.pipeline.DocumentSource;
import dev.dossier.pipeline.RunReport;
import dev.dossier.store.SaveResult;
import dev.dossier.store.Store;
import dev.dossier.stories.Fingerprinter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * One ingest run. Documents are read on the calling thread; each is cleaned and enriched by a pool
 * of workers, one per core by default, so the NLP, which is most of the cost, uses every core. The
 * hand-over is bounded: the reader waits while {@value #WAITING_PER_WORKER} documents a worker are
 * waiting, so reading never runs ahead of the workers and memory stays bounded, and no more threads
 * analyse than there are workers (when the reader did the next document itself, three analyses
 * shared two cores and the pipeline ran at 0.48 of NER alone on two threads). Analysed documents wait in a batch of
 * at most {@value #BATCH_DOCUMENTS}, written in one transaction (all of its documents or none), and
 * {@link #finish} writes the rest.
 *
 * <p>With one thread, everything runs on the calling thread. With more, a full batch goes to a
 * writer thread, so the workers go on analysing while it is written; when the writer is still busy
 * with one batch and another is waiting, the worker that fills the next writes it itself, which is
 * the backpressure between analysis and the store. (When the worker that filled a batch always
 * wrote it, the other workers soon stopped too, waiting on the store for their "is this article
 * stored?" look-up, which {@link Store#contains} now answers through its own connection.)
 *
 * <p>Lifecycle: create, hand to {@link DocumentSource#readInto}, then {@link #finish}. The report
 * and the listener are updated under this object's lock, so the listener sees one call at a time.
 */
final class IngestRun implements DocumentSource.Sink {

    /** Documents written to the store in one transaction. */
    static final int BATCH_DOCUMENTS = 16;
    /** Documents handed over but not yet analysed, per worker, before the reader waits. */
    static final int WAITING_PER_WORKER = 2;

    /** An analysed document waiting to be written: where it came from, its articles, and those found stored already. */
    private record Pending(RawDocument document, List<EnrichedArticle> articles, int known) {}

    private final Store store;
    private final Cleaner cleaner;
    private final Enricher enricher;
    private final Fingerprinter fingerprinter;
    private final long runId;
    private final IngestListener listener;
    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor writer;
    private final Semaphore handOver;
    private final RunReport.Builder report = new RunReport.Builder();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final LongAdder cleanNanos = new LongAdder();
    private final LongAdder enrichNanos = new LongAdder();
    private final LongAdder fingerprintNanos = new LongAdder();
    private final LongAdder storeNanos = new LongAdder();
    private final Object batchLock = new Object();
    private List<Pending> batch = new ArrayList<>();

    /**
     * @param enricher the enrich stage, or null to store articles without actors and statements
     * @param fingerprinter what computes each article's fingerprint for the link stage
     */
    IngestRun(Store store, Cleaner cleaner, Enricher enricher, Fingerprinter fingerprinter, long runId, IngestListener listener,
            int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("an ingest needs at least one thread: " + threads);
        }
        this.store = store;
        this.cleaner = cleaner;
        this.enricher = enricher;
        this.fingerprinter = fingerprinter;
        this.runId = runId;
        this.listener = listener;
        this.workers = threads == 1 ? null : new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), daemons("dossier-ingest-"));
        this.writer = threads == 1 ? null : new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(1), daemons("dossier-store-"), new ThreadPoolExecutor.CallerRunsPolicy());
        this.handOver = new Semaphore(threads * (WAITING_PER_WORKER + 1));
    }

    @Override
    public void accept(RawDocument document) {
        synchronized (this) {
            report.documentRead();
        }
        if (workers == null) {
            process(document);
            return;
        }
        try {
            handOver.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
        workers.execute(() -> {
            try {
                process(document);
            } finally {
                handOver.release();
            }
        });
    }

    @Override
    public synchronized void rejected(Rejection rejection) {
        report.documentRead();
        record(rejection);
    }

    /** Waits for the workers and the writer, closes the run's log entry, and returns its report; rethrows a worker's failure. */
    RunReport finish() {
        awaitAll(workers);
        awaitAll(writer);
        if (failure.get() != null) {
            throw failure.get();
        }
        List<Pending> rest;
        synchronized (batchLock) {
            rest = batch;
            batch = new ArrayList<>();
        }
        if (!rest.isEmpty()) {
            write(rest);
        }
        RunReport finished;
        synchronized (this) {
            finished = report.build();
        }
        store.finishRun(runId, finished);
        return finished;
    }

    /** The time each stage took so far, summed over the workers, with the link stage's time given. */
    StageTimes times(long linkNanos) {
        return new StageTimes(cleanNanos.sum(), enrichNanos.sum(), fingerprintNanos.sum(), storeNanos.sum(), linkNanos);
    }

    private void process(RawDocument document) {
        if (failure.get() != null) {
            return; // a worker failed: the run ends with its error, the rest is not worth doing
        }
        try {
            long started = System.nanoTime();
            Cleaned cleaned = cleaner.clean(document);
            cleanNanos.add(System.nanoTime() - started);
            if (cleaned instanceof Cleaned.Rejected rejected) {
                synchronized (this) {
                    record(rejected.rejection());
                }
                return;
            }
            List<EnrichedArticle> enriched = new ArrayList<>();
            int known = 0;
            for (CleanArticle article : ((Cleaned.Articles) cleaned).articles()) {
                if (store.contains(article.id())) {
                    known++;
                } else {
                    long analysing = System.nanoTime();
                    EnrichedArticle analysed = enricher == null ? EnrichedArticle.skipped(article, "not analysed (ingest --no-enrich)")
                            : enricher.enrich(article);
                    long fingerprinting = System.nanoTime();
                    enrichNanos.add(fingerprinting - analysing);
                    enriched.add(analysed.withFingerprint(fingerprinter.fingerprint(article)));
                    fingerprintNanos.add(System.nanoTime() - fingerprinting);
                }
            }
            List<Pending> full = null;
            synchronized (batchLock) {
                batch.add(new Pending(document, enriched, known));
                if (batch.size() >= BATCH_DOCUMENTS) {
                    full = batch;
                    batch = new ArrayList<>();
                }
            }
            if (full != null) {
                writeSoon(full);
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    /** Hands a full batch to the writer thread, or writes it on this thread when there is none or it is busy. */
    private void writeSoon(List<Pending> full) {
        if (writer == null) {
            write(full);
            return;
        }
        writer.execute(() -> {
            try {
                write(full);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Writes a batch of analysed documents in one transaction, then reports each. */
    private void write(List<Pending> pending) {
        long storing = System.nanoTime();
        List<SaveResult> saved = store.saveEnrichedBatch(pending.stream().map(Pending::articles).toList());
        storeNanos.add(System.nanoTime() - storing);
        synchronized (this) {
            for (int i = 0; i < pending.size(); i++) {
                int duplicates = saved.get(i).duplicates() + pending.get(i).known();
                report.stored(saved.get(i).stored(), duplicates);
                listener.documentDone(pending.get(i).document().origin(), saved.get(i).stored(), duplicates);
            }
        }
    }

    private static void awaitAll(ThreadPoolExecutor pool) {
        if (pool == null) {
            return;
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // documents and batches are bounded in size, so each finishes; keep waiting
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private void record(Rejection rejection) {
        report.rejected(rejection);
        store.recordRejection(runId, rejection);
        listener.rejected(rejection);
    }
}
