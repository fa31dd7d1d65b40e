package dev.dossier.spark;

import dev.dossier.embed.Vectors;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The final story made of one or more window stories, as the store keeps a story: its members in
 * publication order (the order they would have joined it in one run), its centre (the unit mean
 * of its originals' embeddings), its title (that of its most central original article, as the
 * single-machine linker titles it), its days, and how many outlets carried it.
 *
 * <p>A member counts as a copy when it copies another member of the same story; a copy whose
 * original ended up in another story stands as an original. Stateless.
 */
final class StoryAssembly {

    private StoryAssembly() {}

    /** A story's {@link Tables#STORY} row and its {@link Tables#STORY_ARTICLE} rows. */
    record Assembled(Row story, List<Row> articles) implements Serializable {}

    /** The story {@code id} made of these parts. */
    static Assembled of(String id, Iterable<WindowStory> parts) {
        List<Member> members = new ArrayList<>();
        parts.forEach(part -> members.addAll(part.members()));
        members.sort((a, b) -> a.order().compareTo(b.order()));
        Set<String> ids = new HashSet<>();
        members.forEach(member -> ids.add(member.id()));
        List<Member> originals = members.stream().filter(member -> !isCopy(member, ids)).toList();
        float[] centre = Member.centre(originals.isEmpty() ? members.subList(0, 1) : originals, members.get(0).embedding().length);
        String title = null;
        double closest = Double.NEGATIVE_INFINITY;
        for (Member original : originals) {
            double closeness = Vectors.dot(centre, original.embedding());
            if (closeness > closest) {
                title = original.title();
                closest = closeness;
            }
        }
        LocalDate first = Member.firstDay(members);
        LocalDate last = Member.lastDay(members);
        long outlets = members.stream().map(Member::outlet).distinct().count();
        Row story = RowFactory.create(id, title == null ? members.get(0).title() : title, first, last, members.size(), (int) outlets,
                boxed(centre));
        List<Row> rows = new ArrayList<>();
        for (int position = 0; position < members.size(); position++) {
            Member member = members.get(position);
            rows.add(RowFactory.create(id, member.id(), position, isCopy(member, ids)));
        }
        return new Assembled(story, rows);
    }

    private static boolean isCopy(Member member, Set<String> storyMembers) {
        return member.copyOf() != null && storyMembers.contains(member.copyOf());
    }

    private static Float[] boxed(float[] values) {
        Float[] boxed = new Float[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
