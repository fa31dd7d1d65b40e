package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.web.WebServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web app and the JSON API until interrupted (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DossierCommand parent;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws InterruptedException {
        try (Dossier dossier = parent.global.open()) {
            serveUntilInterrupted(dossier, server, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /**
     * Starts the server, prints its address, and blocks until the JVM is asked to stop (Ctrl-C,
     * SIGTERM). The shutdown hook waits for this method to close the server, so the store is
     * closed cleanly before the JVM exits.
     */
    static void serveUntilInterrupted(Dossier dossier, ServerOptions options, PrintWriter out) throws InterruptedException {
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.countDown();
            try {
                stopped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dossier-shutdown"));
        try (WebServer web = WebServer.start(dossier, options.host, options.port, options.ingestToken())) {
            out.println("Dossier is serving " + dossier.databaseFile() + " at " + web.url() + " (Ctrl-C to stop)");
            out.flush();
            warmUpInBackground(dossier);
            stopRequested.await();
        } finally {
            stopped.countDown();
        }
    }

    /**
     * Positions are computed on request and kept; computing the latest stories' now, on a daemon
     * thread, spares the first visitor the wait (5.1 s against 0.3 s for an actor's positions on an
     * 840-article store). A failure here only means the first request computes them itself.
     */
    private static void warmUpInBackground(Dossier dossier) {
        Thread warmUp = new Thread(() -> {
            try {
                dossier.warmUp();
            } catch (RuntimeException e) {
                // the store closed under it (the server stopped) or a story could not be read: requests compute on their own
            }
        }, "dossier-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** Where the server listens. */
    static final class ServerOptions {
        @Option(names = "--host", defaultValue = "127.0.0.1",
                description = "Address to bind (default: ${DEFAULT-VALUE}, reachable from this machine only).")
        String host;

        @Option(names = "--port", defaultValue = "7070", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--ingest-token", paramLabel = "TOKEN",
                description = "Accept documents at POST /api/ingest from clients that send this bearer token (default: $DOSSIER_INGEST_TOKEN; "
                        + "without one, HTTP ingest is off).")
        String ingestToken;

        String ingestToken() {
            String token = ingestToken != null ? ingestToken : System.getenv("DOSSIER_INGEST_TOKEN");
            return token == null || token.isBlank() ? null : token;
        }
    }
}
