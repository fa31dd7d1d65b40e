package dev.dossier.spark;

import dev.dossier.stories.Cluster;
import dev.dossier.stories.ClusterSettings;
import dev.dossier.stories.StoryClusterer;
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
 * <p>Windows are independent, so each is one task; a window must fit in one executor's memory
 * (a week of a million articles a day is a few gigabytes of embeddings: choose shorter windows
 * for more). Stateless.
 */
final class WindowStories {

    /** The window number of undated articles, clustered among themselves. */
    static final long UNDATED = Long.MIN_VALUE;

    private WindowStories() {}

    /** The window an article falls in. */
    static long windowOf(Member member, int windowDays) {
        return member.day() == null ? UNDATED : Math.floorDiv(member.day().toEpochDay(), windowDays);
    }

    /** The stories of one window's articles (in any order). */
    static List<WindowStory> cluster(long window, Iterable<Member> articles, ClusterSettings settings, Rarity rarity) {
        List<Member> ordered = new ArrayList<>();
        articles.forEach(ordered::add);
        ordered.sort((a, b) -> a.order().compareTo(b.order()));
        StoryClusterer clusterer = new StoryClusterer(settings, ordered.get(0).embedding().length);
        Map<String, Member> byId = new HashMap<>();
        Set<String> placed = new HashSet<>();
        for (Member member : ordered) {
            byId.put(member.id(), member);
            clusterer.add(rarity.item(member, member.copyOf() != null && placed.contains(member.copyOf())));
            placed.add(member.id());
        }
        List<WindowStory> stories = new ArrayList<>();
        for (Cluster cluster : clusterer.drainChanged()) {
            List<Member> members = cluster.articles().stream().map(byId::get).toList();
            stories.add(new WindowStory(cluster.id(), window, cluster.first(), cluster.last(), cluster.centre(), members,
                    Set.copyOf(cluster.copies())));
        }
        return stories;
    }
}
