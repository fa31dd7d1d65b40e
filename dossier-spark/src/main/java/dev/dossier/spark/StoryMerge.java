package dev.dossier.spark;

import dev.dossier.embed.Vectors;
import dev.dossier.stories.ClusterSettings;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Phase two of story clustering: stories of adjacent windows (and undated stories with any) whose
 * centres are at least {@link ClusterSettings#merge()} alike, and that lie within
 * {@link ClusterSettings#windowDays()} of each other, merge, as converging stories merge in the
 * single-machine clusterer. A story cut by a window boundary is so made whole again.
 *
 * <p>Design notes. Candidate pairs are found in Spark (a join of each window with the next); only
 * the pairs that pass go to the driver, where they are merged greedily, most alike first, under
 * the clusterer's longest span ({@link ClusterSettings#maxSpanDays()}), so a saga covered daily
 * stays a chain of stories. A merged story keeps the id of its oldest part (earliest first day,
 * then smallest id). Stateless.
 */
final class StoryMerge {

    private StoryMerge() {}

    /** What phase two needs of a window story: no members. */
    record Summary(String id, long window, LocalDate first, LocalDate last, float[] centre) implements Serializable {

        static Summary of(WindowStory story) {
            return new Summary(story.id(), story.window(), story.first(), story.last(), story.centre());
        }
    }

    /** Two stories that may merge, and how alike their centres are. */
    record Pair(Summary a, Summary b, double similarity) implements Serializable {}

    /** For each window story that merges into another, the id of the story it becomes part of. */
    static Map<String, String> merges(JavaRDD<WindowStory> stories, ClusterSettings settings) {
        JavaRDD<Summary> summaries = stories.map(Summary::of).cache();
        JavaRDD<Summary> dated = summaries.filter(story -> story.window() != WindowStories.UNDATED);
        JavaRDD<Summary> undated = summaries.filter(story -> story.window() == WindowStories.UNDATED);
        JavaPairRDD<Long, Summary> byWindow = dated.keyBy(Summary::window);
        JavaPairRDD<Long, Summary> byPreviousWindow = dated.keyBy(story -> story.window() - 1);
        JavaRDD<Tuple2<Summary, Summary>> candidates = byWindow.join(byPreviousWindow).values()
                .union(undated.cartesian(dated).map(pair -> new Tuple2<>(pair._1(), pair._2())));
        double least = settings.merge();
        int windowDays = settings.windowDays();
        List<Pair> pairs = candidates.map(pair -> new Pair(pair._1(), pair._2(), Vectors.dot(pair._1().centre(), pair._2().centre())))
                .filter(pair -> pair.similarity() >= least && near(pair.a(), pair.b(), windowDays))
                .collect();
        summaries.unpersist();
        return new Components(settings.maxSpanDays()).merge(pairs);
    }

    /** Whether two stories lie within a window of each other (always, when either is undated). */
    private static boolean near(Summary a, Summary b, int windowDays) {
        if (a.first() == null || b.first() == null) {
            return true;
        }
        return gap(a, b) <= windowDays && gap(b, a) <= windowDays;
    }

    /** Days from the end of {@code before} to the start of {@code after} (negative when they overlap). */
    private static long gap(Summary before, Summary after) {
        return ChronoUnit.DAYS.between(before.last(), after.first());
    }

    /** Union-find over window stories, keeping each group's days so that no group outgrows the longest span. */
    private static final class Components {

        private final int maxSpanDays;
        private final Map<String, Summary> root = new HashMap<>();
        private final Map<String, String> parent = new HashMap<>();

        Components(int maxSpanDays) {
            this.maxSpanDays = maxSpanDays;
        }

        Map<String, String> merge(List<Pair> pairs) {
            List<Pair> ordered = new ArrayList<>(pairs);
            ordered.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                    .thenComparing(pair -> pair.a().id()).thenComparing(pair -> pair.b().id()));
            for (Pair pair : ordered) {
                Summary a = find(pair.a());
                Summary b = find(pair.b());
                if (!a.id().equals(b.id()) && span(a, b) <= maxSpanDays) {
                    union(a, b);
                }
            }
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
            root.put(keep.id(), new Summary(keep.id(), keep.window(), earliest(keep.first(), gone.first()), latest(keep.last(), gone.last()),
                    keep.centre()));
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
