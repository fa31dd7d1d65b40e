package dev.dossier.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A story as phase one forms it, inside one time window.
 *
 * @param window the window's number (days since the epoch divided by the window length), or
 *     {@link WindowStories#UNDATED} for the window of undated articles
 * @param first the earliest day of its dated articles, or null
 * @param last the latest, or null
 * @param centre the unit mean of its originals' embeddings (zero for a story of copies only)
 * @param members the articles it owns, in the order they joined
 * @param copies the ids of members that copy another member
 * @param lent the ids of articles the previous window lent it as context: they belong to that
 *     window's stories, which this one continues
 */
record WindowStory(String id, long window, LocalDate first, LocalDate last, float[] centre, List<Member> members, Set<String> copies,
        Set<String> lent) implements Serializable {

    WindowStory {
        members = List.copyOf(members);
        copies = Set.copyOf(copies);
        lent = Set.copyOf(lent);
    }
}
