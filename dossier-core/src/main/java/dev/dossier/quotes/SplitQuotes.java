package dev.dossier.quotes;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The second half of a quotation its cue splits in the middle of a sentence: in "'What kept me
 * going,' she said, 'is the fact that ...'" the words after the cue finish the sentence the first
 * half began, so they are the same direct quotation, by the same speaker, under the same cue, even
 * though they start in lower case as a fragment would. Stateless.
 */
final class SplitQuotes {

    /** The most characters a cue with its speaker takes between the two halves. */
    private static final int MAX_GAP = 100;
    /**
     * The most characters a cue with a speaker described at length takes between the two halves
     * ("'A,' said Ola Brandt, director of the Orsk harbour board, 'b'"), when no verb but the cue
     * stands there.
     */
    private static final int MAX_DESCRIBED_GAP = 200;

    /** A conjunction after the comma that closes the cue: "'A,' she said, but 'b'". */
    private static final Pattern CONJUNCTION_AFTER_CUE = Pattern.compile(",\\s+(?:but|and|yet)$");
    /** Words that open a clause of their own, whose main clause the second half could be. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "if", "whether", "when", "unless", "because", "while");

    private SplitQuotes() {}

    /**
     * The second half of {@code previous}, when {@code quote} continues it: the first half is a
     * direct quotation with a speaker and a cue, it ends on a comma, only its cue (and speaker) and
     * another comma stand between the two, in one sentence on one line, and no cue of its own
     * follows the second. A second half going on in lower case may follow a conjunction ("'A,' he
     * said, but 'b'") or an aside about the speaker ("'A,' Tesh said, referring to the levy, 'b'").
     */
    static Optional<Attribution> secondHalf(AnnotatedText text, QuoteMarks.Found quote, Attribution previous, ArticleContext context) {
        if (previous == null || previous.kind() != QuoteKind.DIRECT || previous.speakerKind() == SpeakerKind.UNKNOWN
                || previous.cue() == null) {
            return Optional.empty();
        }
        String content = text.text();
        int firstEnd = previous.content().end();
        int secondStart = quote.whole().start();
        if (secondStart <= firstEnd || secondStart - firstEnd > MAX_DESCRIBED_GAP || content.charAt(firstEnd - 1) != ','
                || previous.cue().start() < firstEnd || previous.cue().end() > secondStart) {
            return Optional.empty();
        }
        if (secondStart - firstEnd > MAX_GAP && verbBesidesCue(text, firstEnd, secondStart, previous.cue())) {
            return Optional.empty(); // "'A,' Cook wrote this week, adding that if ..., 'b'": the second half is another clause's
        }
        boolean goesOnInLowerCase = goesOnInLowerCase(content, quote);
        if (anotherCueTakesIt(text, firstEnd, secondStart, previous.cue(), goesOnInLowerCase)) {
            return Optional.empty(); // "'A,' she said, adding, 'B'": a second statement under a cue of its own
        }
        if (TrailingWords.cueFollows(text, Clauses.tokenAtOrAfter(text, quote.whole().end()), context)) {
            return Optional.empty(); // "'A,' she said, but ..., 'B,' said Kunin": the second has a cue of its own
        }
        String between = content.substring(firstEnd, secondStart);
        String cueAndCommas = between.stripTrailing();
        boolean conjoined = goesOnInLowerCase && CONJUNCTION_AFTER_CUE.matcher(cueAndCommas).find();
        if (between.indexOf('\n') >= 0 || !cueAndCommas.endsWith(",") && !conjoined || between.chars().filter(c -> c == ',').count() > 3
                || Clauses.SENTENCE_BREAK.matcher(between).find()) {
            return Optional.empty();
        }
        Speaker speaker = new Speaker(previous.speakerKind(), previous.source(), previous.resolvedSource());
        context.quoted(quote.whole(), speaker);
        return Optional.of(new Attribution(QuoteKind.DIRECT, quote.content(), previous.cue(), previous.source(),
                previous.speakerKind(), previous.resolvedSource()));
    }

    /** Whether the second half's words open in lower case, going on with the first half's sentence. */
    private static boolean goesOnInLowerCase(String content, QuoteMarks.Found quote) {
        for (int i = quote.content().start(); i < quote.content().end(); i++) {
            if (Character.isLetter(content.charAt(i))) {
                return Character.isLowerCase(content.charAt(i));
            }
        }
        return false;
    }

    /**
     * Whether a cue other than the first half's, between offsets {@code from} and {@code to}, takes
     * the second half as its own words: "'A,' she said, adding, 'B'", "adding that if ..., 'b'". A
     * participle with words of its own that open no clause, set off before a second half going on
     * in lower case, is an aside about the speaker ("'A,' Tesh said, referring to the levy, 'b'",
     * "wrote ..., explaining why she came, 'but b'") and takes nothing.
     */
    private static boolean anotherCueTakesIt(AnnotatedText text, int from, int to, TextSpan cue, boolean goesOnInLowerCase) {
        List<Token> tokens = text.tokens();
        for (int i = Clauses.tokenAtOrAfter(text, from); i < tokens.size() && tokens.get(i).span().start() < to; i++) {
            Token token = tokens.get(i);
            if (token.isVerb() && !token.span().equals(cue) && Cues.isCue(token)
                    && !(goesOnInLowerCase && isAside(tokens, i, to))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the participle at {@code index} has words of its own up to offset {@code to}, none opening a clause. */
    private static boolean isAside(List<Token> tokens, int index, int to) {
        if (!"VBG".equals(tokens.get(index).pos())) {
            return false;
        }
        int words = 0;
        for (int i = index + 1; i < tokens.size() && tokens.get(i).span().start() < to; i++) {
            Token token = tokens.get(i);
            if (CLAUSE_OPENERS.contains(token.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (Character.isLetterOrDigit(token.word().charAt(0))) {
                words++;
            }
        }
        return words > 0;
    }

    /** Whether a verb other than the cue stands between offsets {@code from} and {@code to}. */
    private static boolean verbBesidesCue(AnnotatedText text, int from, int to, TextSpan cue) {
        for (int i = Clauses.tokenAtOrAfter(text, from); i < text.tokens().size(); i++) {
            Token token = text.tokens().get(i);
            if (token.span().start() >= to) {
                break;
            }
            if (token.isVerb() && !token.span().equals(cue)) {
                return true;
            }
        }
        return false;
    }
}
