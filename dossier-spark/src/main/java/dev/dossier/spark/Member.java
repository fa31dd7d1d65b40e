package dev.dossier.spark;

import dev.dossier.embed.Vectors;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;

/**
 * What story clustering needs of one article, gathered from the job's tables and shipped to the
 * task that clusters its time window.
 *
 * @param day its publication day, or null when it has none that may bring stories together
 * @param outlet its outlet, or its source file when the outlet is unknown (what counts as one outlet)
 * @param terms the content words of its title and lede with their counts
 * @param actors how often it mentions each actor, by actor key
 * @param statements the keys of the statements it carries (see {@link #statementKey})
 * @param copyOf the article it copies (the root of the copy chain), or null
 */
record Member(String id, ArticleOrder order, LocalDate day, String title, String outlet, float[] embedding, Map<String, Integer> terms,
        Map<String, Integer> actors, Set<Long> statements, String copyOf) implements Serializable {

    /**
     * A member from a row of {@code id, order, title, outlet, embedding, terms, actors, statements,
     * copy_of} (actors a map of counts, statements a list of quote texts).
     */
    static Member of(Row row) {
        ArticleOrder order = ArticleOrder.of(row.getStruct(row.fieldIndex("order")));
        LocalDate day = order.undated() ? null : LocalDate.ofInstant(order.publishedAt(), ZoneOffset.UTC);
        List<Float> vector = row.getList(row.fieldIndex("embedding"));
        float[] embedding = new float[vector.size()];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = vector.get(i);
        }
        Map<String, Integer> actors = row.isNullAt(row.fieldIndex("actors")) ? Map.of() : Map.copyOf(row.getJavaMap(row.fieldIndex("actors")));
        List<String> quotes = row.isNullAt(row.fieldIndex("statements")) ? List.of() : row.getList(row.fieldIndex("statements"));
        return new Member(row.getAs("id"), order, day, row.getAs("title"), row.getAs("outlet"), embedding,
                Map.copyOf(row.getJavaMap(row.fieldIndex("terms"))), actors,
                quotes.stream().map(Member::statementKey).collect(Collectors.toUnmodifiableSet()), row.getAs("copy_of"));
    }

    /**
     * A statement's key: a hash of its words, case and punctuation ignored, so that outlets carrying
     * the same quoted words share it. (The store groups trimmed and ellipsised versions too; the job
     * clusters without a store, so only exact repeats of the words meet here.)
     */
    static long statementKey(String text) {
        String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < words.length(); i++) {
            hash ^= words.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The unit mean of these members' embeddings, each of {@code dimension} values (zero for none). */
    static float[] centre(List<Member> members, int dimension) {
        float[] sum = new float[dimension];
        for (Member member : members) {
            float[] embedding = member.embedding();
            for (int i = 0; i < dimension; i++) {
                sum[i] += embedding[i];
            }
        }
        return Vectors.unit(sum);
    }

    /** The earliest day of these members, or null when none is dated. */
    static LocalDate firstDay(List<Member> members) {
        return members.stream().map(Member::day).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** The latest day of these members, or null when none is dated. */
    static LocalDate lastDay(List<Member> members) {
        return members.stream().map(Member::day).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }
}
