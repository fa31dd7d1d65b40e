package dev.dossier.engine;

import dev.dossier.embed.Vectors;
import dev.dossier.model.Fingerprint;
import dev.dossier.store.ArticleFeatures;
import dev.dossier.store.Store;
import dev.dossier.store.StoryLinks;
import dev.dossier.stories.Cluster;
import dev.dossier.stories.ClusterSettings;
import dev.dossier.stories.Fingerprinter;
import dev.dossier.stories.MinHash;
import dev.dossier.stories.StoryClusterer;
import dev.dossier.stories.StoryItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The link stage over the store: places every article not yet in a story. Each is first checked
 * for being a near-duplicate of an article placed before it (MinHash candidates, confirmed by the
 * estimated Jaccard similarity or containment), then handed to the {@link StoryClusterer} with the
 * stories still live around its day. One run is written in one transaction.
 *
 * <p>Articles are placed in order of publication (undated ones last), so that a batch is clustered
 * the same way whatever order its files were read in. In a large batch, stories that ended more
 * than two windows before the day reached are retired as it goes (see {@link #MAX_LIVE_STORIES}), so
 * the batch costs in proportion to its size, not its square. Not thread-safe: the caller runs
 * one link at a time (ingests are serial).
 */
final class StoryLinker {

    /** A copy shares at least half its shingles with its original... */
    static final double COPY_JACCARD = 0.5;
    /** ...or nearly all of the shorter text's shingles (a copy trimmed to its first paragraphs). */
    static final double COPY_CONTAINMENT = 0.8;
    /** Containment is only trusted for texts of some length: two short briefs share set phrases. */
    static final int CONTAINMENT_MIN_SHINGLES = 40;
    /**
     * Live stories beyond which a batch retires those that ended two windows before the day it has
     * reached: a large batch then costs in proportion to its size. Below it nothing is retired, so
     * the undated articles placed at the end of a batch can still join any of its stories.
     */
    static final int MAX_LIVE_STORIES = 2_000;
    /** How many of the articles sharing most MinHash bands with an article are checked for being its original. */
    static final int COPY_CANDIDATES = 20;

    private final Store store;
    private final Fingerprinter fingerprinter;
    private final ClusterSettings settings;

    StoryLinker(Store store, Fingerprinter fingerprinter, ClusterSettings settings) {
        this.store = store;
        this.fingerprinter = fingerprinter;
        this.settings = settings;
    }

    LinkReport link() {
        StoryLinks links = store.links();
        List<ArticleFeatures> fresh = withFingerprints(links.unlinked());
        if (fresh.isEmpty()) {
            return LinkReport.nothing(links.storyCount());
        }
        LocalDate earliest = fresh.get(0).day();
        Map<String, List<ArticleFeatures>> live = links.live(
                earliest == null ? LocalDate.of(1, 1, 1) : earliest.minusDays(2L * settings.windowDays()));
        Map<String, ArticleFeatures> known = new HashMap<>();
        Set<Long> actorIds = new HashSet<>();
        Set<String> terms = new HashSet<>();
        live.values().forEach(members -> members.forEach(member -> remember(member, known, actorIds, terms)));
        fresh.forEach(article -> remember(article, known, actorIds, terms));
        Weights weights = new Weights(links.articlesNaming(actorIds), links.articlesWithTerms(terms), store.articleCount());

        StoryClusterer clusterer = new StoryClusterer(settings, fingerprinter.dimensions());
        clusterer.reserve(links.storyIds());
        live.forEach((id, members) -> clusterer.restore(id, members.stream().map(weights::item).toList()));
        Set<String> pending = new HashSet<>();
        fresh.forEach(article -> pending.add(article.id()));
        List<StoryLinks.NearDuplicate> duplicates = new ArrayList<>();
        Map<String, Cluster> changed = new LinkedHashMap<>();
        LocalDate today = null;
        for (ArticleFeatures article : fresh) {
            pending.remove(article.id());
            if (article.day() != null && !article.day().equals(today)) {
                today = article.day();
                if (clusterer.liveStories() > MAX_LIVE_STORIES) {
                    drain(clusterer, changed);
                    clusterer.retireBefore(today.minusDays(2L * settings.windowDays())); // ended: no dated article can join them
                }
            }
            Copy copy = original(article, links, pending, known);
            ArticleFeatures placed = article;
            if (copy != null) {
                duplicates.add(copy.row());
                placed = article.asCopyOf(copy.originalId());
                known.put(placed.id(), placed);
            }
            clusterer.add(weights.item(placed));
        }
        drain(clusterer, changed);
        Map<String, String> merges = clusterer.drainMerges();
        merges.keySet().forEach(changed::remove);
        List<StoryLinks.Saved> saved = changed.values().stream().map(cluster -> saved(cluster, known)).toList();
        links.save(duplicates, saved, merges);
        return new LinkReport(fresh.size(), duplicates.size(), saved.size(), merges.size(), links.storyCount());
    }

    /** Collects the stories changed so far, each at its latest state, in the order of their last change. */
    private static void drain(StoryClusterer clusterer, Map<String, Cluster> changed) {
        for (Cluster cluster : clusterer.drainChanged()) {
            changed.remove(cluster.id());
            changed.put(cluster.id(), cluster);
        }
    }

    private List<ArticleFeatures> withFingerprints(List<ArticleFeatures> articles) {
        List<ArticleFeatures> complete = new ArrayList<>(articles.size());
        for (ArticleFeatures article : articles) {
            if (article.fingerprint() != null) {
                complete.add(article);
                continue;
            }
            Fingerprint print = fingerprinter.fingerprint(store.article(article.id()).orElseThrow());
            store.links().saveFingerprint(article.seq(), print);
            complete.add(article.withFingerprint(print));
        }
        return complete;
    }

    private static void remember(ArticleFeatures article, Map<String, ArticleFeatures> known, Set<Long> actorIds, Set<String> terms) {
        known.put(article.id(), article);
        actorIds.addAll(article.actors().keySet());
        terms.addAll(article.fingerprint().terms().keySet());
    }

    /**
     * The near-duplicate record of an article whose text is a copy of an article placed before it,
     * or null. The original is the root of the copy chain, so ten copies of a wire story all point
     * at the wire story.
     */
    private static Copy original(ArticleFeatures article, StoryLinks links, Set<String> pending,
            Map<String, ArticleFeatures> known) {
        Fingerprint own = article.fingerprint();
        if (own.shingles() == 0) {
            return null;
        }
        MinHash.Sketch sketch = new MinHash.Sketch(own.minhash(), own.shingles());
        Copy best = null;
        for (StoryLinks.Candidate candidate : links.nearDuplicateCandidates(article.seq(), COPY_CANDIDATES)) {
            if (pending.contains(candidate.id())) {
                continue;
            }
            MinHash.Sketch theirs = new MinHash.Sketch(candidate.minhash(), candidate.shingles());
            double jaccard = sketch.jaccard(theirs);
            double containment = sketch.containment(theirs);
            boolean isCopy = jaccard >= COPY_JACCARD || containment >= COPY_CONTAINMENT
                    && Math.min(own.shingles(), candidate.shingles()) >= CONTAINMENT_MIN_SHINGLES;
            if (isCopy && (best == null || jaccard > best.row().jaccard())) {
                String copyOf = known.containsKey(candidate.id()) ? known.get(candidate.id()).copyOf() : candidate.copyOf();
                ArticleFeatures root = copyOf != null && known.containsKey(copyOf) ? known.get(copyOf) : known.get(candidate.id());
                long rootSeq = root != null ? root.seq() : candidate.seq();
                String rootId = root != null ? root.id() : candidate.id();
                best = new Copy(new StoryLinks.NearDuplicate(article.seq(), rootSeq, jaccard, containment), rootId);
            }
        }
        return best;
    }

    /** A near-duplicate found: the row to store and the id of the original it copies. */
    private record Copy(StoryLinks.NearDuplicate row, String originalId) {}

    /** A changed story as the store keeps it: its centre, titled by its most central original article. */
    private static StoryLinks.Saved saved(Cluster cluster, Map<String, ArticleFeatures> known) {
        List<ArticleFeatures> members = cluster.articles().stream().map(known::get).map(Objects::requireNonNull).toList();
        Set<String> copies = Set.copyOf(cluster.copies());
        float[] centre = cluster.centre();
        if (Vectors.dot(centre, centre) == 0) {
            centre = Vectors.unit(members.get(0).fingerprint().embedding()); // a story of copies only: its first article stands for it
        }
        String title = null;
        double closest = Double.NEGATIVE_INFINITY;
        for (ArticleFeatures member : members) {
            double closeness = Vectors.dot(centre, member.fingerprint().embedding());
            if (member.title() != null && !copies.contains(member.id()) && closeness > closest) {
                title = member.title();
                closest = closeness;
            }
        }
        if (title == null) {
            title = members.stream().map(ArticleFeatures::title).filter(Objects::nonNull).findFirst().orElse("(untitled)");
        }
        return new StoryLinks.Saved(cluster.id(), title, cluster.first(), cluster.last(), centre,
                members.stream().map(ArticleFeatures::seq).toList());
    }

    /**
     * Weights for clustering, by rarity in the store (inverse document frequency): an actor or a word
     * found in few articles tells more about a story than one found everywhere; within an article,
     * repetition counts by its logarithm.
     */
    private record Weights(Map<Long, Integer> articlesNaming, Map<String, Integer> articlesWithTerm, long articles) {

        StoryItem item(ArticleFeatures article) {
            Map<String, Double> actors = new HashMap<>();
            article.actors().forEach((actor, count) ->
                    actors.put(Long.toString(actor), rarity(articlesNaming.getOrDefault(actor, 1)) * (1 + Math.log(count))));
            Map<String, Double> terms = new HashMap<>();
            article.fingerprint().terms().forEach((term, count) ->
                    terms.put(term, rarity(articlesWithTerm.getOrDefault(term, 1)) * (1 + Math.log(count))));
            return new StoryItem(article.id(), article.day(), article.fingerprint().embedding(), terms, actors,
                    article.statements(), article.copyOf());
        }

        private double rarity(int naming) {
            return Math.log(1 + (double) articles / Math.max(1, naming));
        }
    }
}
