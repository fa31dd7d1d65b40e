package dev.dossier.spark;

import dev.dossier.embed.Vectors;
import dev.dossier.stories.ClusterSettings;
import dev.dossier.stories.StoryClusterer;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Phase two of story clustering: a story cut by a window boundary is made whole again, and an
 * undated article finds the dated story it belongs to, in two ways.
 *
 * <ul>
 *   <li>By the articles the previous window lent: a story that took some of them in phase one
 *       continues the story of the previous window that owns most of them (see {@link
 *       WindowStories}). This is what the single-machine linker would have done, since it saw
 *       the same articles first.
 *   <li>By a join test, for a story that continues none: a story of one window merges with a
 *       story of the next (and an undated article, here a story of its own, with any dated
 *       story) when the core's clusterer, given the first story as a live story, places most of
 *       the second's original articles in it: the single-machine linker's own join test
 *       (embedding, words, actors, shared statements, days), applied across the boundary.
 * </ul>
 *
 * <p>Design notes. Continuations are found by a join on lent article ids. Candidate pairs for the
 * test are found in Spark by blocking: stories are grouped by the words, actors and statements of
 * their articles, and within each group a story of one window is compared with the stories of the
 * next (an undated article with the dated stories) and kept when their centres are at least
 * {@value #CANDIDATE_LEAST} alike (cheap); then each pair is tested (one small clusterer per
 * pair). Two stories that share no word, actor or statement are never tested: the join test could
 * take them only on their embeddings alone, above its threshold (on the example corpus and
 * MEANTIME, every pair the test takes shares a key). Testing every pair of two windows instead
 * grows with the product of their sizes. Only the pairs that pass go to the driver. As an
 * article joins one story, a story joins at most one: the one it continues, else the most alike
 * of those that take it. The driver merges continuations first, then tested pairs most alike
 * first, under the clusterer's longest span ({@link ClusterSettings#maxSpanDays()}), so a saga
 * covered daily stays a chain of stories. A merged story keeps the id of its oldest part
 * (earliest first day, then smallest id). Stateless.
 */
final class StoryMerge {

    /** Stories whose centres are less alike than this are never tested: different events (see {@link ClusterSettings}). */
    static final double CANDIDATE_LEAST = 0.5;

    /** The most stories a side of a block may hold (see {@link #candidates}). */
    static final int LARGEST_BLOCK = 200;

    private StoryMerge() {}

    /** What the driver needs of a window story: no members. */
    record Summary(String id, LocalDate first, LocalDate last) implements Serializable {

        static Summary of(WindowStory story) {
            return new Summary(story.id(), story.first(), story.last());
        }
    }

    /**
     * A story {@code b} that joins {@code a}, and a weight that orders the merges: how alike their
     * centres are, or for a continuation how many lent articles they share.
     */
    record Pair(Summary a, Summary b, double weight) implements Serializable {}

    /** For each window story that merges into another, the id of the story it becomes part of. */
    static Map<String, String> merges(JavaRDD<WindowStory> stories, Broadcast<Rarity> rarity, ClusterSettings settings) {
        return merges(stories, candidates(stories), rarity, settings);
    }

    /** The merges, given the candidate pairs to test (the benchmark compares ways of finding them). */
    static Map<String, String> merges(JavaRDD<WindowStory> stories, JavaRDD<Tuple2<WindowStory, WindowStory>> candidates, Broadcast<Rarity> rarity,
            ClusterSettings settings) {
        List<Pair> pairs = candidates
                .filter(pair -> joins(pair._1(), pair._2(), rarity.value()))
                .map(pair -> new Pair(Summary.of(pair._1()), Summary.of(pair._2()), Vectors.dot(pair._1().centre(), pair._2().centre())))
                .collect();
        List<Pair> continued = continuations(stories);
        Map<String, Pair> best = new HashMap<>();
        for (Pair pair : pairs) {
            best.merge(pair.b().id(), pair, (x, y) -> y.weight() > x.weight() ? y : x);
        }
        continued.forEach(pair -> best.remove(pair.b().id()));
        Components components = new Components(settings.maxSpanDays());
        components.add(continued);
        components.add(List.copyOf(best.values()));
        return components.merges();
    }

    /**
     * The pairs worth testing: a story of one window and a story of the next, or a dated story and
     * an undated one, that share a blocking key (see {@link #blockingKeys}) and whose centres are
     * at least {@value #CANDIDATE_LEAST} alike. Found by grouping stories on their keys and
     * comparing centres within each block, so the cost grows with the stories that share a key (a
     * block of more than {@value #LARGEST_BLOCK} stories a side is dropped), not with the product of
     * two windows, and only the pairs that pass are shuffled.
     */
    static JavaRDD<Tuple2<WindowStory, WindowStory>> candidates(JavaRDD<WindowStory> stories) {
        JavaPairRDD<String, Keyed> dated = keyed(stories.filter(story -> story.window() != WindowStories.UNDATED));
        JavaPairRDD<Tuple2<Long, String>, Keyed> earlier = dated.mapToPair(entry -> new Tuple2<>(new Tuple2<>(entry._2().window(), entry._1()), entry._2()));
        JavaPairRDD<Tuple2<Long, String>, Keyed> later = dated.mapToPair(entry -> new Tuple2<>(new Tuple2<>(entry._2().window() - 1, entry._1()), entry._2()));
        JavaPairRDD<Tuple2<String, Long>, Tuple2<String, Long>> names = earlier.cogroup(later).values().flatMapToPair(StoryMerge::alikeInBlock)
                .union(dated.cogroup(keyed(stories.filter(story -> story.window() == WindowStories.UNDATED))).values()
                        .flatMapToPair(StoryMerge::alikeInBlock))
                .distinct();
        JavaPairRDD<Tuple2<String, Long>, WindowStory> byName = stories.keyBy(StoryMerge::name);
        return names.join(byName).mapToPair(pair -> new Tuple2<>(pair._2()._1(), pair._2()._2()))
                .join(byName).values();
    }

    /** A window story as a block holds it: its name (see {@link #name}) and its centre. */
    record Keyed(Tuple2<String, Long> name, float[] centre) implements Serializable {

        long window() {
            return name._2();
        }
    }

    /** A window story's id with its window: a story founded by a lent article shares its id with that article's own story. */
    private static Tuple2<String, Long> name(WindowStory story) {
        return new Tuple2<>(story.id(), story.window());
    }

    /** Each story under each of its blocking keys. */
    private static JavaPairRDD<String, Keyed> keyed(JavaRDD<WindowStory> stories) {
        return stories.flatMapToPair(story -> {
            Keyed keyed = new Keyed(name(story), story.centre());
            return blockingKeys(story).stream().map(key -> new Tuple2<>(key, keyed)).iterator();
        });
    }

    /**
     * The pairs of a block's two sides whose centres are alike enough to test, or none when a side
     * holds more than {@value #LARGEST_BLOCK} stories: a word that many stories use tells little.
     */
    private static Iterator<Tuple2<Tuple2<String, Long>, Tuple2<String, Long>>> alikeInBlock(Tuple2<Iterable<Keyed>, Iterable<Keyed>> sides) {
        List<Keyed> first = new ArrayList<>();
        List<Keyed> second = new ArrayList<>();
        sides._1().forEach(first::add);
        sides._2().forEach(second::add);
        if (first.size() > LARGEST_BLOCK || second.size() > LARGEST_BLOCK) {
            return Collections.emptyIterator();
        }
        List<Tuple2<Tuple2<String, Long>, Tuple2<String, Long>>> pairs = new ArrayList<>();
        for (Keyed a : first) {
            for (Keyed b : second) {
                if (Vectors.dot(a.centre(), b.centre()) >= CANDIDATE_LEAST) {
                    pairs.add(new Tuple2<>(a.name(), b.name()));
                }
            }
        }
        return pairs.iterator();
    }

    /**
     * What a story is found by: the content words of its originals' titles and ledes, the actors
     * they name and the statements they carry. Two stories that share none of them can still pass
     * the join test, on their embeddings alone, but only when those score above the join threshold.
     */
    static Set<String> blockingKeys(WindowStory story) {
        Set<String> keys = new HashSet<>();
        for (Member member : story.members()) {
            if (!story.copies().contains(member.id())) {
                member.terms().keySet().forEach(term -> keys.add("t:" + term));
                member.actors().keySet().forEach(actor -> keys.add("a:" + actor));
                member.statements().forEach(statement -> keys.add("s:" + statement));
            }
        }
        return keys;
    }

    /**
     * Each story that took lent articles, paired with the previous window's story that owns most
     * of them (ties: the smaller id), with how many they share as the pair's weight.
     */
    static List<Pair> continuations(JavaRDD<WindowStory> stories) {
        JavaPairRDD<String, Summary> ownerOf = stories.flatMapToPair(story -> story.members().stream()
                .map(member -> new Tuple2<>(member.id(), Summary.of(story))).iterator());
        JavaPairRDD<String, Summary> borrowerOf = stories.flatMapToPair(story -> story.lent().stream()
                .map(id -> new Tuple2<>(id, Summary.of(story))).iterator());
        Map<Tuple2<Summary, Summary>, Long> shared = borrowerOf.join(ownerOf).values()
                .map(link -> new Tuple2<>(link._2(), link._1()))
                .countByValue();
        Map<String, Pair> best = new HashMap<>();
        shared.forEach((link, count) -> best.merge(link._2().id(), new Pair(link._1(), link._2(), count),
                (x, y) -> y.weight() > x.weight() || y.weight() == x.weight() && y.a().id().compareTo(x.a().id()) < 0 ? y : x));
        return List.copyOf(best.values());
    }

    /**
     * Whether the clusterer, holding {@code live} as a live story, places most of {@code next}'s
     * original articles (in their order) in it, directly or by merging the story they start into it.
     */
    static boolean joins(WindowStory live, WindowStory next, Rarity rarity) {
        StoryClusterer clusterer = new StoryClusterer(ClusterSettings.defaults(), live.centre().length);
        Set<String> held = new HashSet<>();
        live.members().forEach(member -> held.add(member.id()));
        clusterer.restore(live.id(), live.members().stream().map(member -> rarity.item(member, held.contains(member.copyOf()))).toList());
        List<Member> arriving = new ArrayList<>(next.members());
        arriving.sort((x, y) -> x.order().compareTo(y.order()));
        int originals = 0;
        int joined = 0;
        for (Member member : arriving) {
            if (next.copies().contains(member.id())) {
                continue;
            }
            originals++;
            if (clusterer.add(rarity.item(member, false)).equals(live.id())) {
                joined++;
            }
        }
        return 2 * joined > originals;
    }

    /** Union-find over window stories, keeping each group's days so that no group outgrows the longest span. */
    private static final class Components {

        private final int maxSpanDays;
        private final Map<String, Summary> root = new HashMap<>();
        private final Map<String, String> parent = new HashMap<>();

        Components(int maxSpanDays) {
            this.maxSpanDays = maxSpanDays;
        }

        /** Merges these pairs, most alike first, where the merged story stays within the longest span. */
        void add(List<Pair> pairs) {
            List<Pair> ordered = new ArrayList<>(pairs);
            ordered.sort(Comparator.comparingDouble(Pair::weight).reversed()
                    .thenComparing(pair -> pair.a().id()).thenComparing(pair -> pair.b().id()));
            for (Pair pair : ordered) {
                Summary a = find(pair.a());
                Summary b = find(pair.b());
                if (!a.id().equals(b.id()) && span(a, b) <= maxSpanDays) {
                    union(a, b);
                }
            }
        }

        /** For each story merged into another, the id of the story it became part of. */
        Map<String, String> merges() {
            Map<String, String> merged = new HashMap<>();
            for (String id : parent.keySet()) {
                String into = find(root.get(id)).id();
                if (!into.equals(id)) {
                    merged.put(id, into);
                }
            }
            return merged;
        }

        private Summary find(Summary story) {
            root.putIfAbsent(story.id(), story);
            parent.putIfAbsent(story.id(), story.id());
            String id = story.id();
            while (!parent.get(id).equals(id)) {
                id = parent.get(id);
            }
            return root.get(id);
        }

        /** The older story stays the root, holding the days of both. */
        private void union(Summary a, Summary b) {
            Comparator<Summary> older = Comparator.comparing(Summary::first, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Summary::id);
            Summary keep = older.compare(a, b) <= 0 ? a : b;
            Summary gone = keep == a ? b : a;
            parent.put(gone.id(), keep.id());
            root.put(keep.id(), new Summary(keep.id(), earliest(keep.first(), gone.first()), latest(keep.last(), gone.last())));
        }

        private static long span(Summary a, Summary b) {
            LocalDate first = earliest(a.first(), b.first());
            LocalDate last = latest(a.last(), b.last());
            return first == null ? 0 : ChronoUnit.DAYS.between(first, last);
        }

        private static LocalDate earliest(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || a.isBefore(b) ? a : b;
        }

        private static LocalDate latest(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || a.isAfter(b) ? a : b;
        }
    }
}
