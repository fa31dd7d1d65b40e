package dev.dossier.stories;

import dev.dossier.model.BriefingSentence;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Source;
import dev.dossier.model.TextSpan;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a story's briefing by choosing sentences from its articles: never a word that is not in
 * a source, and every sentence cited to each article that carries it.
 *
 * <p>Design notes. Candidates are the first {@value #LEDE_SENTENCES} sentences of each original
 * article (news puts what matters first), less sentences that are quotations (the key quotes are
 * listed apart), questions, fragments and run-ons. Each candidate is scored by its centrality (the
 * cosine of its TF-IDF word vector with the sum of all candidates', the centroid method of
 * extractive summarisation), plus a little for naming the story's key actors and for opening its
 * article. Sentences are then taken greedily by maximal marginal relevance: a candidate too close
 * in words to one already taken is skipped, so the briefing covers the story rather than repeating
 * its lede. The chosen sentences are put back in the order of their articles' publication.
 *
 * <p>Stateless and thread-safe.
 */
public final class Briefer {

    static final int LEDE_SENTENCES = 8;
    static final int MIN_SENTENCES = 3;
    static final int MAX_SENTENCES = 6;
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 70;
    private static final double REDUNDANT = 0.5;
    private static final double ACTOR_BONUS = 0.08;
    private static final double OPENING_BONUS = 0.1;

    /** A wire dateline opening a lede ("VALDOR, March 20 (Lindpress) – "): the place, not part of the news. */
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'-]+(?:, [\\p{L} .]+)?, \\p{Lu}\\p{Ll}+\\.? \\d{1,2} \\([^)]{2,40}\\) ?[–—-] ");

    private Briefer() {
    }

    /** A candidate sentence, where it is, and its scores. */
    private record Candidate(CleanArticle article, int ordinal, TextSpan span, String text, Map<String, Double> vector, double score) {}

    /**
     * The briefing of a story.
     *
     * @param articles the story's articles
     * @param copies the ids of those that are copies of another (they add sources, not sentences)
     * @param keyActors the story's key actors' names, most important first
     */
    public static List<BriefingSentence> brief(List<CleanArticle> articles, Set<String> copies, List<String> keyActors) {
        List<Candidate> candidates = new ArrayList<>();
        for (CleanArticle article : articles) {
            if (!copies.contains(article.id())) {
                candidates.addAll(candidates(article));
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates = scored(candidates, keyActors);
        List<Candidate> chosen = choose(candidates);
        chosen.sort(Comparator.comparing((Candidate c) -> c.article().published() == null ? null : c.article().published().at(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(c -> articles.indexOf(c.article()))
                .thenComparingInt(Candidate::ordinal));
        List<BriefingSentence> briefing = new ArrayList<>();
        for (Candidate candidate : chosen) {
            briefing.add(new BriefingSentence(candidate.text(), candidate.article().id(), candidate.span(),
                    sources(candidate, articles)));
        }
        return briefing;
    }

    private static List<Candidate> candidates(CleanArticle article) {
        List<Candidate> found = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        int ordinal = 0;
        for (Paragraph paragraph : article.paragraphs()) {
            String text = paragraph.text().of(article.text());
            sentences.setText(text);
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE && ordinal < LEDE_SENTENCES; start = end, end = sentences.next()) {
                String raw = text.substring(start, end);
                String sentence = raw.strip();
                if (sentence.isEmpty()) {
                    continue;
                }
                int offset = paragraph.text().start() + start + raw.indexOf(sentence);
                Matcher dateline = DATELINE.matcher(sentence);
                if (dateline.lookingAt()) {
                    offset += dateline.end();
                    sentence = sentence.substring(dateline.end());
                }
                ordinal++;
                if (usable(sentence)) {
                    found.add(new Candidate(article, ordinal, new TextSpan(offset, offset + sentence.length()), sentence, Map.of(), 0));
                }
            }
            if (ordinal >= LEDE_SENTENCES) {
                break;
            }
        }
        return found;
    }

    /** A plain declarative sentence of reasonable length, not a quotation, question or fragment. */
    static boolean usable(String sentence) {
        int words = sentence.split("\\s+").length;
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return false;
        }
        char last = sentence.charAt(sentence.length() - 1);
        if (".!\"'”’»".indexOf(last) < 0) {
            return false;
        }
        char first = sentence.charAt(0);
        if ("\"'“‘«„".indexOf(first) >= 0 || !Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        int quoted = 0;
        boolean inside = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if ("\"“”«»".indexOf(c) >= 0) {
                inside = !inside;
            } else if (inside) {
                quoted++;
            }
        }
        return quoted * 2 < sentence.length() && !sentence.contains("?");
    }

    private static List<Candidate> scored(List<Candidate> candidates, List<String> keyActors) {
        Map<String, Integer> sentencesWith = new HashMap<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Map<String, Integer> terms = LedeTerms.of(candidate.text());
            counts.add(terms);
            terms.keySet().forEach(term -> sentencesWith.merge(term, 1, Integer::sum));
        }
        int n = candidates.size();
        Map<String, Double> centroid = new HashMap<>();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> terms : counts) {
            Map<String, Double> vector = new HashMap<>();
            terms.forEach((term, count) -> vector.put(term, (1 + Math.log(count)) * Math.log(1 + (double) n / sentencesWith.get(term))));
            Map<String, Double> unit = unit(vector);
            vectors.add(unit);
            unit.forEach((term, weight) -> centroid.merge(term, weight, Double::sum));
        }
        Map<String, Double> centre = unit(centroid);
        List<String> surnames = keyActors.stream().map(name -> name.substring(name.lastIndexOf(' ') + 1)).toList();
        List<Candidate> scored = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate candidate = candidates.get(i);
            double score = cosine(vectors.get(i), centre);
            long named = surnames.stream().filter(surname -> surname.length() > 2 && candidate.text().contains(surname)).count();
            score += ACTOR_BONUS * Math.min(2, named);
            if (candidate.ordinal() == 1) {
                score += OPENING_BONUS;
            }
            scored.add(new Candidate(candidate.article(), candidate.ordinal(), candidate.span(), candidate.text(), vectors.get(i), score));
        }
        return scored;
    }

    private static List<Candidate> choose(List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = new ArrayList<>();
        for (double redundant : new double[] {REDUNDANT, 1.01}) {
            for (Candidate candidate : ranked) {
                if (chosen.size() >= MAX_SENTENCES || redundant > 1 && chosen.size() >= MIN_SENTENCES) {
                    break;
                }
                if (!chosen.contains(candidate)
                        && chosen.stream().allMatch(taken -> cosine(taken.vector(), candidate.vector()) < redundant)) {
                    chosen.add(candidate);
                }
            }
        }
        return chosen;
    }

    /** The candidate's article, then every other article of the story whose text holds the same sentence. */
    private static List<Source> sources(Candidate candidate, List<CleanArticle> articles) {
        Map<String, Source> sources = new LinkedHashMap<>();
        sources.put(candidate.article().id(), source(candidate.article()));
        for (CleanArticle article : articles) {
            if (!sources.containsKey(article.id()) && article.text().contains(candidate.text())) {
                sources.put(article.id(), source(article));
            }
        }
        return List.copyOf(sources.values());
    }

    private static Source source(CleanArticle article) {
        return new Source(article.id(), article.outlet(), article.title(), article.url(), article.published());
    }

    private static Map<String, Double> unit(Map<String, Double> vector) {
        double length = Math.sqrt(vector.values().stream().mapToDouble(w -> w * w).sum());
        Map<String, Double> unit = new HashMap<>();
        if (length > 0) {
            vector.forEach((term, weight) -> unit.put(term, weight / length));
        }
        return unit;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> term : a.entrySet()) {
            dot += term.getValue() * b.getOrDefault(term.getKey(), 0.0);
        }
        return dot;
    }
}
