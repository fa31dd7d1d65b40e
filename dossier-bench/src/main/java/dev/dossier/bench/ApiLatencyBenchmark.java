package dev.dossier.bench;

import dev.dossier.bench.BenchOptions.UsageException;
import dev.dossier.engine.Dossier;
import dev.dossier.engine.DossierConfig;
import dev.dossier.engine.IngestListener;
import dev.dossier.engine.IngestReport;
import dev.dossier.engine.IngestRequest;
import dev.dossier.model.StorySummary;
import dev.dossier.web.WebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Latency of the web app's main endpoints on a large store, under concurrent load, from the
 * command line:
 *
 * <pre>
 * java -cp 'dossier-bench/target/dossier-bench.jar:dossier-bench/target/lib/*' \
 *     dev.dossier.bench.ApiLatencyBenchmark [--articles 100000] [--clients 8] [--requests 400] [--work DIR] [--enrich]
 * </pre>
 *
 * <p>Builds (or, with {@code --work}, reuses) a store of generated articles: written as JSON Lines,
 * ingested with fingerprints and linked into stories, without the NLP unless {@code --enrich}
 * (CoreNLP runs at about 12 articles a second here, so a 100,000-article enriched store takes hours;
 * without it the store has no actors or statements). Then serves it on a free port and sends each
 * endpoint {@code --requests} requests from {@code --clients} concurrent clients, each request for a
 * different page, id or word, and prints p50, p95 and p99 latency and requests per second.
 *
 * <p>Exit codes: 0 measured, 1 a request failed or the store could not be built, 2 bad usage.
 */
public final class ApiLatencyBenchmark {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: ApiLatencyBenchmark [--articles N] [--clients C] [--requests R] [--work DIR] [--enrich]",
            "  --articles N   articles in the generated store (default: 100000)",
            "  --clients C    concurrent clients (default: 8)",
            "  --requests R   requests per endpoint (default: 400)",
            "  --work DIR     keep the corpus and store in DIR and reuse them on the next run",
            "  --enrich       run the NLP too (actors, statements): hours for a large store");

    private static final String[] WORDS = {"ceasefire", "minister", "harbour", "election", "talks", "summit", "budget", "court"};

    /** One endpoint's figures. */
    record Measured(String endpoint, int requests, long[] nanos, double seconds) {
        long percentile(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }

    private ApiLatencyBenchmark() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (BenchOptions.wantsHelp(args)) {
            out.println(USAGE);
            return 0;
        }
        int articles = 100_000;
        int clients = 8;
        int requests = 400;
        Path work = null;
        boolean enrich = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--articles" -> articles = positive(args, ++i, "--articles");
                    case "--clients" -> clients = positive(args, ++i, "--clients");
                    case "--requests" -> requests = positive(args, ++i, "--requests");
                    case "--work" -> work = Path.of(AttributionOptions.value(args, ++i, "--work"));
                    case "--enrich" -> enrich = true;
                    default -> throw new UsageException("unknown option '" + args[i] + "'");
                }
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("dossier-latency");
            Path store = folder.resolve("store-" + articles + (enrich ? "-enriched" : "") + ".db");
            try (Dossier dossier = Dossier.open(new DossierConfig(store, Clock.systemUTC(), null))) {
                if (dossier.articleCount() < articles) {
                    build(dossier, folder, articles, enrich, err);
                }
                long start = System.nanoTime();
                if (dossier.linkStories().articles() > 0) {
                    err.printf(Locale.ROOT, "linked the articles an earlier run left unlinked in %.0f s%n", (System.nanoTime() - start) / 1e9);
                }
                List<Measured> measured = measure(dossier, clients, requests, err);
                print(dossier, measured, clients, out);
                return 0;
            }
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e);
            return 1;
        }
    }

    private static int positive(String[] args, int i, String option) {
        int value = AttributionOptions.parseCount(AttributionOptions.value(args, i, option), option);
        if (value < 1) {
            throw new UsageException(option + " must be at least 1");
        }
        return value;
    }

    private static void build(Dossier dossier, Path folder, int articles, boolean enrich, PrintStream err) throws IOException {
        err.println("generating " + articles + " articles...");
        Corpus corpus = CorpusWriter.write(CorpusFormat.JSONL, IngestBenchmark.SEED, articles, folder.resolve("corpus-" + articles));
        err.println("ingesting them" + (enrich ? " with the NLP" : " (fingerprints and stories, no NLP)") + "...");
        long start = System.nanoTime();
        IngestReport report = dossier.ingest(new IngestRequest(List.of(corpus.input().toString()), null, null,
                IngestRequest.DEFAULT_MAX_DOCUMENT_BYTES, enrich, IngestRequest.defaultThreads()), InputStream::nullInputStream, IngestListener.NONE);
        err.printf(Locale.ROOT, "built in %.0f s: %d articles, %d stories%n", (System.nanoTime() - start) / 1e9,
                report.run().articlesStored(), report.stories().stories());
    }

    static List<Measured> measure(Dossier dossier, int clients, int requests, PrintStream err) throws IOException {
        List<String> articleIds = new ArrayList<>();
        dossier.articles(5_000, 0).forEach(article -> articleIds.add(article.id()));
        List<String> storyIds = dossier.stories(null, null, 5_000, 0).stream().map(StorySummary::id).toList();
        long total = dossier.articleCount();
        Random random = new Random(1);
        List<Measured> measured = new ArrayList<>();
        try (WebServer server = WebServer.start(dossier, "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<Endpoint> endpoints = List.of(
                    new Endpoint("GET /api/articles?offset=", n -> "api/articles?limit=50&offset=" + random.nextInt((int) Math.max(1, total - 50))),
                    new Endpoint("GET /api/articles/{id}", n -> "api/articles/" + articleIds.get(n % articleIds.size())),
                    new Endpoint("GET /api/search?q=", n -> "api/search?q=" + WORDS[n % WORDS.length] + "&limit=20"),
                    new Endpoint("GET /api/quotes?about=", n -> "api/quotes?about=" + WORDS[n % WORDS.length] + "&limit=50"),
                    new Endpoint("GET /api/stories", n -> "api/stories?limit=20&offset=" + random.nextInt(Math.max(1, storyIds.size() - 20))),
                    new Endpoint("GET /api/stories/{id}", n -> "api/stories/" + storyIds.get(n % storyIds.size())),
                    new Endpoint("GET / (page)", n -> "?offset=" + 20 * random.nextInt(Math.max(1, storyIds.size() / 20))),
                    new Endpoint("GET /stories/{id} (page)", n -> "stories/" + storyIds.get((n * 7) % storyIds.size())),
                    new Endpoint("GET /articles/{id} (page)", n -> "articles/" + articleIds.get((n * 13) % articleIds.size())));
            for (Endpoint endpoint : endpoints) {
                run(client, server.url(), endpoint, Math.min(50, requests), clients); // warm-up, not measured
                err.println("measuring " + endpoint.name() + "...");
                measured.add(run(client, server.url(), endpoint, requests, clients));
            }
        }
        return measured;
    }

    private record Endpoint(String name, IntFunction<String> path) {}

    private static Measured run(HttpClient client, String base, Endpoint endpoint, int requests, int clients) {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
                        String path;
                        synchronized (endpoint) {
                            path = endpoint.path().apply(n);
                        }
                        long sent = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        nanos[n] = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(endpoint.name() + ": HTTP " + response.statusCode() + " for " + path);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Measured(endpoint.name(), requests, nanos, (System.nanoTime() - start) / 1e9);
    }

    private static void print(Dossier dossier, List<Measured> measured, int clients, PrintStream out) {
        out.printf(Locale.ROOT, "Dossier API latency: %d articles, %d stories, %d concurrent clients, %d processors%n",
                dossier.articleCount(), dossier.storyCount(), clients,
                Runtime.getRuntime().availableProcessors());
        out.println();
        TextTable table = new TextTable(List.of("endpoint", "requests", "p50 ms", "p95 ms", "p99 ms", "req/s"));
        for (Measured m : measured) {
            table.add(List.of(m.endpoint(), Integer.toString(m.requests()), millis(m.percentile(0.50)), millis(m.percentile(0.95)),
                    millis(m.percentile(0.99)), String.format(Locale.ROOT, "%.0f", m.requests() / m.seconds())));
        }
        table.print(out);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
