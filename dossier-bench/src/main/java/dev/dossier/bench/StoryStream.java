package dev.dossier.bench;

import dev.dossier.stories.StoryItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A generated stream of articles for measuring story clustering at scale, in publication order.
 * Each generated story has a random centre in embedding space, its own key words and actors, a
 * start day spread over a span of days (a year by default; fewer days make a denser stream with
 * more stories live at once) and a length of one to seven days; its articles are the centre plus
 * noise (a cosine of about 0.7 with it, as reports of one event score with all-MiniLM-L6-v2), with
 * some of the story's words and actors among common ones, and one in ten is a copy of an earlier
 * article of the story. Deterministic for a seed.
 *
 * @param items the articles, by day
 * @param gold each article's generated story
 */
record StoryStream(List<StoryItem> items, Map<String, String> gold) {

    static final int DIMENSIONS = 384;
    static final int DAYS = 365;
    private static final int COMMON_WORDS = 5_000;
    private static final int COMMON_ACTORS = 2_000;

    static StoryStream generate(int articles, long seed) {
        return generate(articles, seed, DAYS);
    }

    /** A stream whose stories start within {@code days} days. */
    static StoryStream generate(int articles, long seed, int days) {
        Random random = new Random(seed);
        List<Generated> generated = new ArrayList<>(articles);
        int story = 0;
        while (generated.size() < articles) {
            story++;
            float[] centre = unit(gaussian(random, DIMENSIONS));
            int start = random.nextInt(days);
            int length = 1 + random.nextInt(7);
            int size = Math.min(articles - generated.size(), 1 + (int) Math.round(-Math.log(1 - random.nextDouble()) * 4));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String id = String.format(Locale.ROOT, "a%07d", generated.size());
                String copyOf = !ids.isEmpty() && random.nextInt(10) == 0 ? ids.get(random.nextInt(ids.size())) : null;
                float[] noise = gaussian(random, DIMENSIONS);
                float[] embedding = new float[DIMENSIONS];
                for (int d = 0; d < DIMENSIONS; d++) {
                    embedding[d] = centre[d] + noise[d] * 0.05f;
                }
                Map<String, Double> terms = new HashMap<>();
                for (int w = 0; w < 8; w++) {
                    terms.put("s" + story + "w" + random.nextInt(6), 3.0);
                    terms.put("common" + random.nextInt(COMMON_WORDS), 1.0);
                }
                Map<String, Double> actors = new HashMap<>();
                actors.put("s" + story + "a" + random.nextInt(3), 4.0);
                actors.put("actor" + random.nextInt(COMMON_ACTORS), 2.0);
                LocalDate day = LocalDate.of(2025, 1, 1).plusDays(start + random.nextInt(length));
                generated.add(new Generated(new StoryItem(id, day, unit(embedding), terms, actors, Set.of(), copyOf), "g" + story));
                ids.add(id);
            }
        }
        generated.sort((a, b) -> a.item().day().compareTo(b.item().day()) != 0 ? a.item().day().compareTo(b.item().day())
                : a.item().articleId().compareTo(b.item().articleId()));
        List<StoryItem> items = new ArrayList<>(generated.size());
        Map<String, String> gold = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Generated g : generated) {
            StoryItem item = g.item();
            if (item.copyOf() != null && !seen.contains(item.copyOf())) {
                item = new StoryItem(item.articleId(), item.day(), item.embedding(), item.terms(), item.actors(), item.statements(), null);
            }
            seen.add(item.articleId());
            items.add(item);
            gold.put(item.articleId(), g.story());
        }
        return new StoryStream(items, gold);
    }

    private record Generated(StoryItem item, String story) {}

    private static float[] gaussian(Random random, int dimensions) {
        float[] vector = new float[dimensions];
        for (int d = 0; d < dimensions; d++) {
            vector[d] = (float) random.nextGaussian();
        }
        return vector;
    }

    private static float[] unit(float[] vector) {
        double length = 0;
        for (float v : vector) {
            length += v * v;
        }
        float[] unit = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            unit[d] = (float) (vector[d] / Math.sqrt(length));
        }
        return unit;
    }
}
