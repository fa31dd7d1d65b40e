package dev.dossier.positions;

import dev.dossier.embed.Embedder;
import dev.dossier.embed.Vectors;
import dev.dossier.model.Issue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Discovers a story's issues from its statements: the noun phrases that recur in what several
 * actors say ("foreign troops", "security guarantees", "sanctions"), grouped when they are one
 * issue in other words ("foreign armies" and "foreign troops": one contains the other's words, the
 * same statements use both, or their embeddings are close).
 *
 * <p>A phrase is a run of up to three words between function words, stance cues, numbers and
 * lengths of time ("three-year"); a name on its own ("Kestria") is an actor or a place, not an
 * issue, and neither are words of talk or of politics as a process on their own ("comments", "the
 * campaign", {@link #DISCOURSE}) nor the war and peace a story of conflict is set in ("the war",
 * "peace", {@link #BACKGROUND}). A phrase must be said in at
 * least {@value #MIN_STATEMENTS} statements by at least two speakers, and mostly as the head of its
 * noun phrase (the last word before a function word): "foreign" alone, always followed by
 * "armies" or "troops", is no issue; and at least once after a determiner ("the sanctions", "any
 * foreign armies"), which tells a noun phrase from a verb ("stays", "finds"). A phrase or group found in
 * more than {@value #CATCH_ALL} of a story's statements is the story's topic, not a point of
 * contention, and is dropped (once the story has {@value #CATCH_ALL_FROM} statements). At most
 * {@value #MOST} issues are kept, the most discussed first. Issues a user defined come first, and
 * phrases they already cover are not discovered again.
 *
 * <p>Thread-safe when its embedder is.
 */
public final class IssueFinder {

    static final int MIN_STATEMENTS = 2;
    /** A single word is vaguer than a phrase ("answer", "date"), so it must recur more to count. */
    static final int MIN_STATEMENTS_ONE_WORD = 3;
    static final double CATCH_ALL = 0.4;
    static final int CATCH_ALL_FROM = 10;
    static final int MOST = 8;
    static final int LONGEST_PHRASE = 3;
    /** Phrases whose embeddings are at least this close are one issue. */
    static final double SAME_MEANING = 0.65;
    /** Phrases used by nearly the same statements (Jaccard of their statement sets) are one issue. */
    static final double SAME_STATEMENTS = 0.6;
    static final int PHRASES_KEPT = 12;

    private static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into",
            "onto", "over", "under", "about", "as", "than", "that", "this", "these", "those", "there", "here", "it",
            "its", "he", "she", "they", "we", "i", "you", "me", "us", "him", "her", "them", "my", "our", "your", "his",
            "their", "who", "whom", "whose", "which", "what", "where", "why", "how", "is", "are", "was", "were", "be",
            "been", "being", "am", "do", "did", "done", "doe", "does", "doing", "have", "ha", "has", "had", "having", "will", "would",
            "can", "could", "may", "might", "shall", "also", "so", "too", "very", "just", "even", "still", "yet",
            "already", "again", "ever", "any", "all", "some", "every", "each", "both", "either", "other", "another",
            "such", "same", "own", "more", "most", "less", "least", "many", "much", "few", "one", "two", "three",
            "first", "second", "last", "next", "new", "old", "said", "say", "says", "saying", "told", "tell", "added",
            "asked", "ask", "according", "think", "thought", "know", "knew", "see", "saw", "seen", "come", "came",
            "go", "went", "gone", "going", "get", "got", "make", "made", "take", "took", "taken", "give", "gave",
            "given", "put", "let", "keep", "kept", "way", "thing", "something", "anything", "everything", "nothing",
            "someone", "anyone", "everyone", "people", "time", "times", "today", "tonight", "tomorrow", "yesterday",
            "week", "month", "year", "day", "morning", "evening", "night", "hour", "minute", "moment", "now", "then",
            "when", "while", "because", "though", "although", "however", "whether", "like", "well", "only", "out",
            "up", "down", "off", "back", "through", "across", "between", "around", "against", "toward", "towards",
            "since", "during", "within", "without", "per", "mr", "mrs", "ms", "dr", "lot", "part", "side", "kind",
            "sort", "fact", "point", "question", "word", "case", "place", "number", "matter", "reason", "idea",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "president",
            "minister", "government", "official", "spokesman", "spokeswoman", "leader", "country", "nation", "state",
            "everybody", "nobody", "somebody", "yes", "really", "clearly", "simply", "certainly", "already", "always",
            "whole", "able", "sure", "real", "great", "big", "small", "long", "short", "high", "low", "full"));

    /**
     * Nouns of talk, of judgement in general, of politics as a process and of the offices it fills
     * ("comments", "a position", "the decision", "the campaign", "votes", "the Florida senator", "the
     * talks", "the arrangements"), places in general ("the region", "the area") and vague nouns ("a
     * little bit", "on the other hand", "the list", "the line"): they recur in what anyone says in
     * political news without naming what is contested, so a phrase of them alone (names aside) is no
     * issue, while one that joins them to a word of substance is ("campaign finance", "the peace
     * plan", "peace talks", "security arrangements"). Folded singular forms. "Election" is not among
     * them: whether and when to hold one is contested in its own right.
     */
    static final Set<String> DISCOURSE = Set.of("comment", "remark", "statement", "issue", "position", "view", "stance", "claim",
            "report", "interview", "decision", "move", "step", "level", "use", "work", "world", "system", "member", "reporter", "effort",
            "experience", "plan", "problem", "change", "result", "situation", "support", "opposition", "attack", "life", "rate", "bad",
            "good", "win", "victory", "race", "candidate", "nominee", "nomination", "primary", "delegate", "campaign", "voter", "vote",
            "ballot", "party", "poll", "debate", "contest", "senator", "governor", "congressman", "judge", "talk", "discussion",
            "conversation", "negotiation", "arrangement", "region", "area", "line", "list", "hand", "bit");

    /**
     * Words of war and peace in general ("the war", "peace", "the invasion", "the conflict"): the
     * background of a story of conflict, which nearly every actor in it names, not a point on which
     * they take sides. A phrase of them alone (names aside: "the Russia-Ukraine war") is no issue;
     * one that joins them to another word is ("peace talks", "the peace plan", "a war crimes
     * tribunal"). Folded singular forms.
     */
    static final Set<String> BACKGROUND = Set.of("war", "peace", "invasion", "conflict", "crisis", "fighting", "violence", "hostility");

    /** A length of time or an age as a modifier ("the three-year war", "a 90-day pause", "a decades-old dispute"): no substance. */
    private static final Pattern LENGTH_OF_TIME = Pattern.compile(".+-(?:year|month|week|day|hour|minute|decade|century|old|long)s?");

    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "any", "no", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my", "your",
            "every", "each", "some", "all", "such", "new", "further");

    private final Supplier<Embedder> embedder;

    /**
     * @param embedder what judges two phrases close in meaning, asked for only when two phrases are
     *     to be compared (loading a model is costly); null to group by words and statements only
     */
    public IssueFinder(Supplier<Embedder> embedder) {
        this.embedder = embedder;
    }

    /** A statement's words and who said it, for discovery. */
    public record Said(String text, Object speaker) {}

    /**
     * @param statements the story's statements
     * @param defined issues a user defined; those the statements name come first in the result
     */
    public List<Issue> find(List<Said> statements, List<Issue> defined) {
        List<Words> texts = statements.stream().map(said -> Words.of(said.text())).toList();
        List<Issue> issues = new ArrayList<>();
        List<IssueMatcher> definedMatchers = new ArrayList<>();
        for (Issue issue : defined) {
            IssueMatcher matcher = new IssueMatcher(issue);
            definedMatchers.add(matcher);
            if (texts.stream().anyMatch(matcher::mentioned)) {
                issues.add(issue);
            }
        }
        Map<String, Candidate> candidates = candidates(statements, texts, definedMatchers);
        List<Candidate> kept = new ArrayList<>();
        int catchAll = statements.size() >= CATCH_ALL_FROM ? (int) Math.floor(CATCH_ALL * statements.size()) : Integer.MAX_VALUE;
        for (Candidate candidate : candidates.values()) {
            int least = candidate.words.size() == 1 ? MIN_STATEMENTS_ONE_WORD : MIN_STATEMENTS;
            if (candidate.statements.size() >= least && candidate.speakers.size() >= 2 && !generic(candidate)
                    && candidate.statements.size() <= catchAll && 2 * candidate.headUses >= candidate.uses && candidate.determined) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt((Candidate c) -> -c.statements.size()).thenComparingInt(c -> -c.words.size())
                .thenComparing(c -> c.phrase));
        for (List<Candidate> group : group(kept, catchAll)) {
            if (issues.size() >= defined.size() + MOST) {
                break;
            }
            issues.add(issue(group));
        }
        return List.copyOf(issues);
    }

    /** Whether a text names the issue by one of its phrases (plurals and possessives folded). */
    public static boolean names(Issue issue, String text) {
        return new IssueMatcher(issue).mentioned(Words.of(text));
    }

    private static Map<String, Candidate> candidates(List<Said> statements, List<Words> texts, List<IssueMatcher> defined) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (int s = 0; s < texts.size(); s++) {
            Words words = texts.get(s);
            int runStart = 0;
            for (int i = 0; i <= words.size(); i++) {
                if (i == words.size() || !content(words, i)) {
                    for (int from = runStart; from < i; from++) {
                        for (int to = from + 1; to <= Math.min(i, from + LONGEST_PHRASE); to++) {
                            if (!name(words, from, to)) {
                                String phrase = phrase(words, from, to);
                                Candidate candidate = candidates.get(phrase);
                                if (candidate == null) {
                                    candidate = new Candidate(phrase, words, from, to);
                                    candidates.put(phrase, candidate);
                                }
                                candidate.said(s, statements.get(s).speaker(), to == i, determined(words, from));
                            }
                        }
                    }
                    runStart = i + 1;
                }
            }
        }
        candidates.values().removeIf(candidate -> coveredBy(candidate, defined));
        return candidates;
    }

    /** Groups phrases that are one issue; a merge that would make a catch-all group is refused. */
    private List<List<Candidate>> group(List<Candidate> kept, int catchAll) {
        int n = kept.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<Set<Integer>> covered = new ArrayList<>();
        kept.forEach(candidate -> covered.add(new HashSet<>(candidate.statements)));
        List<float[]> vectors = embedder == null || n < 2 ? null : embedder.get().embedAll(kept.stream().map(c -> c.phrase).toList());
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (same(kept.get(i), kept.get(j), vectors, i, j)) {
                    int a = root(parent, i);
                    int b = root(parent, j);
                    if (a != b) {
                        Set<Integer> union = new HashSet<>(covered.get(a));
                        union.addAll(covered.get(b));
                        if (union.size() <= catchAll) {
                            parent[b] = a;
                            covered.set(a, union);
                        }
                    }
                }
            }
        }
        Map<Integer, List<Candidate>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), key -> new ArrayList<>()).add(kept.get(i));
        }
        List<Integer> roots = new ArrayList<>(groups.keySet());
        roots.sort(Comparator.comparingInt((Integer root) -> -covered.get(root).size()).thenComparingInt(root -> root));
        List<List<Candidate>> ordered = new ArrayList<>();
        roots.forEach(root -> ordered.add(groups.get(root)));
        return ordered;
    }

    private static boolean same(Candidate a, Candidate b, List<float[]> vectors, int i, int j) {
        if (a.words.containsAll(b.words) || b.words.containsAll(a.words)) {
            return true;
        }
        Set<Integer> both = new HashSet<>(a.statements);
        both.retainAll(b.statements);
        int either = a.statements.size() + b.statements.size() - both.size();
        if ((double) both.size() / either >= SAME_STATEMENTS) {
            return true;
        }
        return vectors != null && Vectors.dot(vectors.get(i), vectors.get(j)) >= SAME_MEANING;
    }

    /**
     * The group's most used phrase of several words names it ("foreign armies" rather than
     * "armies"), else its most used word; its phrases are its members'.
     */
    private static Issue issue(List<Candidate> group) {
        List<Candidate> byUse = new ArrayList<>(group);
        byUse.sort(Comparator.comparingInt((Candidate c) -> -c.statements.size()).thenComparingInt(c -> -c.words.size())
                .thenComparing(c -> c.phrase));
        Candidate name = byUse.stream().filter(c -> c.words.size() > 1).findFirst().orElse(byUse.get(0));
        List<String> phrases = byUse.stream().limit(PHRASES_KEPT).map(c -> c.written).distinct().toList();
        return new Issue(name.written, phrases, null, false);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Whether the phrase's words, names aside, are all words of talk ({@link #DISCOURSE}) or all of war and peace ({@link #BACKGROUND}). */
    private static boolean generic(Candidate candidate) {
        return DISCOURSE.containsAll(candidate.common) || BACKGROUND.containsAll(candidate.common);
    }

    /** Whether a determiner comes just before the phrase: the sign of a noun phrase ("the sanctions", "any foreign armies"). */
    private static boolean determined(Words words, int from) {
        return from > 0 && DETERMINERS.contains(words.folded(from - 1));
    }

    private static boolean content(Words words, int i) {
        String folded = words.folded(i);
        return folded.length() >= 3 && !FUNCTION_WORDS.contains(folded) && !StanceClassifier.isCue(folded)
                && !folded.chars().allMatch(Character::isDigit) && !folded.endsWith("n't") && !folded.endsWith("ly")
                && !LENGTH_OF_TIME.matcher(folded).matches();
    }

    /** Capitalised words only ("Kestria", "Arkady Voronel", "Aurelian Defence Alliance") are a name, not an issue. */
    private static boolean name(Words words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(words.get(i).text().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String phrase(Words words, int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int i = from; i < to; i++) {
            phrase.append(i > from ? " " : "").append(words.folded(i));
        }
        return phrase.toString();
    }

    private static boolean coveredBy(Candidate candidate, List<IssueMatcher> defined) {
        for (IssueMatcher matcher : defined) {
            if (matcher.mentioned(Words.of(candidate.written))) {
                return true;
            }
        }
        return false;
    }

    /** A phrase with the statements and speakers that use it. */
    private static final class Candidate {
        final String phrase;
        final String written;
        final List<String> words;
        /** The words not capitalised where the phrase was first seen: "senator" of "Florida senator". */
        final List<String> common = new ArrayList<>();
        final Set<Integer> statements = new HashSet<>();
        final Set<Object> speakers = new HashSet<>();
        int uses;
        int headUses;
        boolean determined;

        Candidate(String phrase, Words text, int from, int to) {
            this.phrase = phrase;
            StringBuilder written = new StringBuilder();
            for (int i = from; i < to; i++) {
                written.append(i > from ? " " : "").append(text.get(i).text().toLowerCase(Locale.ROOT));
            }
            this.written = written.toString();
            this.words = List.of(phrase.split(" "));
            for (int i = from; i < to; i++) {
                if (!Character.isUpperCase(text.get(i).text().codePointAt(0))) {
                    common.add(text.folded(i));
                }
            }
        }

        void said(int statement, Object speaker, boolean atHead, boolean afterDeterminer) {
            uses++;
            determined |= afterDeterminer;
            headUses += atHead ? 1 : 0;
            statements.add(statement);
            speakers.add(speaker == null ? "unknown-" + statement : speaker);
        }
    }
}
