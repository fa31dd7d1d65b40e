package dev.dossier.spark;

import dev.dossier.stories.Cluster;
import dev.dossier.stories.ClusterSettings;
import dev.dossier.stories.StoryClusterer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phase one of story clustering: the articles of one time window are handed, in the order the
 * single-machine linker places them, to the core's {@link StoryClusterer} with its settings, which
 * joins each to the best-scoring story or starts a new one, merging and splitting stories as they
 * converge or drift. A copy joins its original's story when the original is in the same window.
 *
 * <p>Each window also sees the last days of the window before it, as many as an article may stand
 * from a story and still join it ({@link ClusterSettings#windowDays()}): those articles are lent,
 * clustered here as context but owned by their own window. A story that starts just before a
 * boundary so seeds the next window's clustering as it seeds the single-machine linker's, and a
 * story of the next window that takes lent articles names the stories it continues ({@link
 * WindowStory#lent()}), which phase two merges by ({@link StoryMerge}).
 *
 * <p>Windows are independent, so each is one task; a window must fit in one executor's memory
 * (a week of a million articles a day is a few gigabytes of embeddings: choose shorter windows
 * for more). Stateless.
 */
final class WindowStories {

    /** The window number of undated articles (those no dated story takes are clustered among themselves). */
    static final long UNDATED = Long.MIN_VALUE;

    private WindowStories() {}

    /** An article as one window clusters it: one of its own, or lent by the window before. */
    record Placement(long window, Member member, boolean lent) implements Serializable {}

    /** The window an article falls in. */
    static long windowOf(Member member, int windowDays) {
        return member.day() == null ? UNDATED : Math.floorDiv(member.day().toEpochDay(), windowDays);
    }

    /**
     * The windows that cluster an article: its own, and the next one too when it falls in the last
     * {@code lookbackDays} days of its own (undated articles have only theirs).
     */
    static List<Placement> placements(Member member, int windowDays, int lookbackDays) {
        long window = windowOf(member, windowDays);
        Placement own = new Placement(window, member, false);
        if (window == UNDATED || lookbackDays == 0) {
            return List.of(own);
        }
        long nextStarts = (window + 1) * windowDays;
        boolean inTail = member.day().toEpochDay() >= nextStarts - lookbackDays;
        return inTail ? List.of(own, new Placement(window + 1, member, true)) : List.of(own);
    }

    /**
     * The stories of one window's articles (in any order), each with the articles it owns; a story
     * of lent articles only is left to the window that owns them.
     */
    static List<WindowStory> cluster(long window, Iterable<Placement> articles, ClusterSettings settings, Rarity rarity) {
        List<Placement> ordered = new ArrayList<>();
        articles.forEach(ordered::add);
        ordered.sort((a, b) -> a.member().order().compareTo(b.member().order()));
        StoryClusterer clusterer = new StoryClusterer(settings, ordered.get(0).member().embedding().length);
        Map<String, Placement> byId = new HashMap<>();
        Set<String> placed = new HashSet<>();
        for (Placement placement : ordered) {
            Member member = placement.member();
            byId.put(member.id(), placement);
            clusterer.add(rarity.item(member, member.copyOf() != null && placed.contains(member.copyOf())));
            placed.add(member.id());
        }
        List<WindowStory> stories = new ArrayList<>();
        for (Cluster cluster : clusterer.drainChanged()) {
            List<Member> owned = new ArrayList<>();
            Set<String> lent = new HashSet<>();
            for (String id : cluster.articles()) {
                Placement placement = byId.get(id);
                if (placement.lent()) {
                    lent.add(id);
                } else {
                    owned.add(placement.member());
                }
            }
            if (owned.isEmpty()) {
                continue;
            }
            Set<String> copies = new HashSet<>(cluster.copies());
            copies.removeAll(lent);
            List<Member> originals = owned.stream().filter(member -> !copies.contains(member.id())).toList();
            float[] centre = lent.isEmpty() ? cluster.centre() : Member.centre(originals, cluster.centre().length);
            stories.add(new WindowStory(cluster.id(), window, Member.firstDay(owned), Member.lastDay(owned), centre, owned, copies, lent));
        }
        return stories;
    }

    /** An undated article as a story of its own, in the undated window. */
    static WindowStory alone(Member undated, ClusterSettings settings, Rarity rarity) {
        return cluster(UNDATED, List.of(new Placement(UNDATED, undated, false)), settings, rarity).get(0);
    }
}
