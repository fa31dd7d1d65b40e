package dev.dossier.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Incremental story clustering: each new article joins the story it scores best with, or starts a
 * new one; nothing already placed is clustered again.
 *
 * <p>Design notes. An article's score with a story is the cosine of its embedding with the story's
 * centre, plus {@link ClusterSettings#termWeight()} times the cosine of its TF-IDF word vector with
 * the story's, plus {@link ClusterSettings#actorWeight()} times the share of its telling actors the
 * story knows well, plus a bonus when it carries a statement the story carries, less
 * {@link ClusterSettings#dayPenalty()} for each day it lies outside the story's days; stories more
 * than {@link ClusterSettings#windowDays()} away, or that the article would stretch beyond
 * {@link ClusterSettings#maxSpanDays()}, are not considered. Stories evolve: after each
 * join the story is merged with any story whose centre has come close to its own, and when a story
 * reaches {@link ClusterSettings#splitCheck()} original articles (and at each doubling after) it is
 * cut in two by 2-means over its embeddings, and split when the halves have drifted apart. Copies
 * (near-duplicates) join their original's story without moving its centre. A story's id comes from
 * its founding article, so it is stable across runs; a merged story's id is remembered as an alias.
 *
 * <p>Cost: one pass over the live stories per article (a dot product each, and the word, actor and
 * statement scores only with the stories that share one: {@link KeyIndex}). The caller bounds the
 * live set with {@link #retireBefore}. Not thread-safe: one clusterer serves one writer.
 */
public final class StoryClusterer {

    /** How many stories, best first by their cheap score, an article is scored against in full. */
    static final int SHORTLIST = 16;

    private final ClusterSettings settings;
    private final int dimensions;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Group> groupOfArticle = new HashMap<>();
    private final Set<String> touched = new LinkedHashSet<>();
    private final Map<String, String> merges = new LinkedHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final KeyIndex keys = new KeyIndex();

    public StoryClusterer(ClusterSettings settings, int dimensions) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("embeddings need at least one dimension: " + dimensions);
        }
        this.settings = settings;
        this.dimensions = dimensions;
    }

    /**
     * Brings back a story placed in an earlier run, members in the order they joined. Restored
     * stories are live candidates but are not reported as changed until an article joins them.
     */
    public void restore(String storyId, List<StoryItem> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("story " + storyId + " has no members to restore");
        }
        Group group = new Group(storyId, dimensions);
        usedIds.add(storyId);
        groups.put(storyId, group);
        members.forEach(member -> join(group, member));
    }

    /** Story ids that are taken by a retired story or an alias, so that no new story reuses them. */
    public void reserve(Iterable<String> storyIds) {
        storyIds.forEach(usedIds::add);
    }

    /** Places an article and returns its story's id; placing an article twice returns its story. */
    public String add(StoryItem item) {
        if (item.embedding().length != dimensions) {
            throw new IllegalArgumentException("article " + item.articleId() + " has an embedding of "
                    + item.embedding().length + " dimensions, not " + dimensions);
        }
        Group placed = groupOfArticle.get(item.articleId());
        if (placed != null) {
            return placed.id;
        }
        Group original = item.copyOf() == null ? null : groupOfArticle.get(item.copyOf());
        Group group = original != null ? original : best(item);
        if (group == null) {
            group = new Group(freshId(item.articleId()), dimensions);
            groups.put(group.id, group);
        }
        join(group, copyOrOriginal(item, original));
        touched.add(group.id);
        if (isSplitSize(group.originals.size())) {
            split(group);
        }
        return mergeAround(groupOfArticle.get(item.articleId())).id;
    }

    /** The stories that changed since the last call to this method, as they are now. */
    public List<Cluster> drainChanged() {
        List<Cluster> changed = new ArrayList<>();
        for (String id : touched) {
            Group group = groups.get(id);
            if (group != null) {
                changed.add(group.view());
            }
        }
        touched.clear();
        return changed;
    }

    /** Stories merged into others since the last call: the old id and the id it lives on as. */
    public Map<String, String> drainMerges() {
        Map<String, String> drained = new LinkedHashMap<>(merges);
        merges.clear();
        return drained;
    }

    /**
     * Takes stories whose last day is before {@code day} out of the live set (a story that ended
     * more than a window ago takes no new articles) and returns them. Undated stories stay.
     */
    public List<Cluster> retireBefore(LocalDate day) {
        List<Cluster> retired = new ArrayList<>();
        groups.values().removeIf(group -> {
            if (group.last() == null || !group.last().isBefore(day)) {
                return false;
            }
            retired.add(group.view());
            keys.remove(group);
            group.originals.forEach(item -> groupOfArticle.remove(item.articleId()));
            group.copies.forEach(item -> groupOfArticle.remove(item.articleId()));
            return true;
        });
        return retired;
    }

    public int liveStories() {
        return groups.size();
    }

    /** A story's current view, or null when it is not live (unknown, retired or merged away). */
    public Cluster story(String storyId) {
        Group group = groups.get(storyId);
        return group == null ? null : group.view();
    }

    /**
     * The story the article scores best with, if that score reaches the join threshold. Every live
     * story in the window is scored without its nearest-article term (cheap: one dot product, and a
     * few lookups for the stories that share a word, an actor or a statement with the article; with
     * the others those scores are zero); only the {@value #SHORTLIST} best are then scored in full,
     * since the nearest article costs a dot product per member.
     */
    private Group best(StoryItem item) {
        Set<Group> sharing = keys.sharing(item);
        boolean dated = item.day() != null;
        long day = dated ? item.day().toEpochDay() : 0;
        List<Group> candidates = new ArrayList<>();
        List<Double> partial = new ArrayList<>();
        for (Group group : groups.values()) {
            long outside = dated ? group.daysOutside(day) : 0;
            long span = dated ? group.spanWith(day) : group.span();
            if (outside > settings.windowDays() || group.originals.isEmpty() || span > settings.maxSpanDays()) {
                continue;
            }
            boolean shares = sharing.contains(group);
            candidates.add(group);
            partial.add((1 - settings.nearestWeight()) * group.closeness(item.embedding())
                    + (shares ? settings.termWeight() * group.termCloseness(item.terms()) : 0)
                    + (shares ? settings.actorWeight() * group.actorOverlap(item.actors()) : 0)
                    + (shares && group.sharesStatement(item.statements()) ? settings.statementBonus() : 0)
                    - settings.dayPenalty() * outside);
        }
        Group best = null;
        double bestScore = settings.join();
        for (int i : shortlist(partial)) {
            double score = partial.get(i) + settings.nearestWeight() * candidates.get(i).nearest(item.embedding());
            if (score >= bestScore) {
                best = candidates.get(i);
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The positions of the {@value #SHORTLIST} highest scores, highest first, the earlier first among
     * equal ones: what a stable sort of every position would put first, without sorting them all.
     */
    private static List<Integer> shortlist(List<Double> scores) {
        Comparator<Integer> better = Comparator.<Integer>comparingDouble(i -> -scores.get(i)).thenComparing(Comparator.naturalOrder());
        PriorityQueue<Integer> kept = new PriorityQueue<>(SHORTLIST + 1, better.reversed());
        for (int i = 0; i < scores.size(); i++) {
            kept.add(i);
            if (kept.size() > SHORTLIST) {
                kept.poll();
            }
        }
        List<Integer> order = new ArrayList<>(kept);
        order.sort(better);
        return order;
    }

    /** A copy whose original is not live (retired, or never seen) is placed as an original. */
    private static StoryItem copyOrOriginal(StoryItem item, Group original) {
        if (item.copyOf() == null || original != null) {
            return item;
        }
        return new StoryItem(item.articleId(), item.day(), item.embedding(), item.terms(), item.actors(), item.statements(), null);
    }

    private void join(Group group, StoryItem item) {
        group.add(item);
        keys.add(group, item);
        groupOfArticle.put(item.articleId(), group);
    }

    private boolean isSplitSize(int originals) {
        for (long size = settings.splitCheck(); size <= originals; size *= 2) {
            if (size == originals) {
                return true;
            }
        }
        return false;
    }

    /** Merges every live story whose centre is close to this one's into the older of the two. */
    private Group mergeAround(Group group) {
        Group survivor = group;
        boolean mergedOne = true;
        while (mergedOne) {
            mergedOne = false;
            for (Group other : groups.values()) {
                if (other == survivor || other.originals.isEmpty() || !withinWindow(survivor, other)
                        || survivor.spanWith(other.first()) > settings.maxSpanDays() || survivor.spanWith(other.last()) > settings.maxSpanDays()
                        || !survivor.mayReach(other, settings.merge()) || survivor.closeness(other) < settings.merge()) {
                    continue;
                }
                survivor = merge(survivor, other);
                mergedOne = true;
                break; // the merge changed the live stories: look again from the start
            }
        }
        return survivor;
    }

    private boolean withinWindow(Group a, Group b) {
        if (a.first() == null || b.first() == null) {
            return true;
        }
        return a.daysOutside(b.first()) <= settings.windowDays() || a.daysOutside(b.last()) <= settings.windowDays()
                || b.daysOutside(a.first()) <= settings.windowDays();
    }

    private Group merge(Group a, Group b) {
        Comparator<Group> older = Comparator.comparing(Group::first, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(group -> group.id);
        Group keep = older.compare(a, b) <= 0 ? a : b;
        Group gone = keep == a ? b : a;
        groups.remove(gone.id);
        keys.remove(gone);
        gone.originals.forEach(item -> join(keep, item));
        gone.copies.forEach(item -> join(keep, item));
        merges.replaceAll((old, into) -> into.equals(gone.id) ? keep.id : into);
        merges.put(gone.id, keep.id);
        touched.remove(gone.id);
        touched.add(keep.id);
        return keep;
    }

    /**
     * Cuts a story in two by 2-means over its originals' embeddings, seeded with the article
     * farthest from the centre and the one farthest from that. The story splits when each half has
     * at least a quarter of the articles and their centres are no closer than
     * {@link ClusterSettings#split()}; the half with the founding article keeps the id.
     */
    private void split(Group group) {
        List<StoryItem> items = List.copyOf(group.originals);
        boolean[] side = TwoMeans.partition(items.stream().map(StoryItem::embedding).toList());
        Group founders = new Group(group.id, dimensions);
        Group drifters = new Group(group.id, dimensions);
        for (int i = 0; i < items.size(); i++) {
            (side[i] == side[0] ? founders : drifters).add(items.get(i));
        }
        int least = Math.max(2, items.size() / 4);
        if (drifters.originals.size() < least || founders.originals.size() < least
                || founders.closeness(drifters) > settings.split()) {
            return;
        }
        keys.remove(group);
        Group keep = new Group(group.id, dimensions);
        Group apart = new Group(freshId(drifters.originals.get(0).articleId()), dimensions);
        groups.put(keep.id, keep);
        groups.put(apart.id, apart);
        founders.originals.forEach(item -> join(keep, item));
        drifters.originals.forEach(item -> join(apart, item));
        for (StoryItem copy : group.copies) {
            join(groupOfArticle.get(copy.copyOf()) == apart ? apart : keep, copy);
        }
        touched.add(keep.id);
        touched.add(apart.id);
    }

    private String freshId(String articleId) {
        String id = "s" + articleId;
        for (int n = 2; usedIds.contains(id); n++) {
            id = "s" + articleId + "-" + n;
        }
        usedIds.add(id);
        return id;
    }
}
