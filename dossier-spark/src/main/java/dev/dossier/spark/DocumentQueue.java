package dev.dossier.spark;

import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import dev.dossier.pipeline.DocumentSource;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Turns the ingest stage's push (a reader calling {@link DocumentSource.Sink}) into the pull that a
 * Spark task consumes (an iterator), through a small bounded queue: the reader runs on a thread of
 * its own and waits whenever the task has not caught up, so a multi-gigabyte archive is streamed,
 * never held in memory.
 *
 * <p>Lifecycle: iterate to the end, or {@link #close} to stop the reader early (Spark does so when a
 * task is cancelled). A reader's unexpected failure is rethrown by {@link #hasNext}. Not
 * thread-safe: one consumer.
 */
final class DocumentQueue implements Iterator<ReadItem>, AutoCloseable {

    /** Documents read ahead of the task: enough to keep it busy, few enough to bound memory. */
    static final int CAPACITY = 16;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread reader;
    private Object next;

    /**
     * Starts reading: {@code read} is given a sink and pushes into it on the reader thread.
     *
     * @param name the reader thread's name (the input it reads)
     */
    DocumentQueue(String name, Consumer<DocumentSource.Sink> read) {
        this.reader = new Thread(() -> {
            try {
                read.accept(new DocumentSource.Sink() {
                    @Override
                    public void accept(RawDocument document) {
                        put(ReadItem.of(document));
                    }

                    @Override
                    public void rejected(Rejection rejection) {
                        put(ReadItem.of(rejection));
                    }
                });
                put(END);
            } catch (ReadStopped stopped) {
                // the consumer closed the queue: nobody is waiting for the rest
            } catch (RuntimeException | Error e) {
                try {
                    put(e);
                } catch (ReadStopped stopped) {
                    // the consumer closed the queue while the reader failed
                }
            }
        }, "dossier-read " + name);
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + reader.getName(), e);
            }
        }
        if (next instanceof RuntimeException failure) {
            throw failure;
        }
        if (next instanceof Error failure) {
            throw failure;
        }
        return next != END;
    }

    @Override
    public ReadItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadItem item = (ReadItem) next;
        next = null;
        return item;
    }

    /** Stops the reader if it is still going; what it had queued is dropped. */
    @Override
    public void close() {
        reader.interrupt();
        queue.clear();
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadStopped();
        }
    }

    /** Ends the reader thread quietly when the consumer has gone. */
    private static final class ReadStopped extends RuntimeException {
        ReadStopped() {
            super("reading stopped", null, false, false);
        }
    }
}
