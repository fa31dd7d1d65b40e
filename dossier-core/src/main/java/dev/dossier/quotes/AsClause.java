package dev.dossier.quotes;

import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * "As Ola Brandt put it, '...'", "As the columnist had written a year earlier, '...'": a clause
 * opening with "as" and ending with a comma right before a quotation introduces it, whatever its
 * verb, and its subject is the quotation's speaker. Stateless.
 */
final class AsClause {

    private AsClause() {}

    /** The tokens of the subject, {@code [subjectStart, verb)}, and the cue: the last verb of the group that starts at {@code verb}. */
    record Found(int subjectStart, int verb, int cue) {}

    /**
     * The as-clause the quotation whose opening token is {@code first} follows at the start of its
     * sentence, or null.
     */
    static Found before(AnnotatedText text, int first, Sentence sentence) {
        List<Token> tokens = text.tokens();
        int as = sentence.firstToken();
        while (as < first && (tokens.get(as).pos().equals("CC") || Clauses.isQuoteMark(tokens.get(as))
                || !Character.isLetterOrDigit(tokens.get(as).word().charAt(0)))) {
            as++; // "And as ...", "~ As ..." in a list of items
        }
        if (as + 2 >= first || !tokens.get(as).word().toLowerCase(Locale.ROOT).equals("as") || !tokens.get(first - 1).pos().equals(",")) {
            return null;
        }
        boolean apposition = false; // "As Akhil Varga, professor of law and author of 'The Mill,' put it, '...'"
        for (int i = as + 2; i < first - 1; i++) {
            Token token = tokens.get(i);
            if (token.pos().equals(",") && !apposition && i > as + 1 && SpeakerPhrases.allProperNouns(tokens, as + 1, i)) {
                apposition = true;
                continue;
            }
            if ((token.pos().equals(",") || Clauses.isQuoteMark(token)) && !apposition && !possessive(tokens, i)) {
                return null; // the subject is a phrase of its own, not a list or an aside
            }
            if (token.isVerb() || token.pos().equals("MD")) {
                int main = i;
                while (main + 1 < first - 1 && (tokens.get(main + 1).isVerb() || tokens.get(main + 1).pos().startsWith("RB"))) {
                    main++; // "had written", "has since said": the cue is the last verb of the group
                }
                while (!tokens.get(main).isVerb()) {
                    main--;
                }
                return new Found(as + 1, i, main);
            }
        }
        return null;
    }

    /** Whether the mark at {@code i} is a possessive apostrophe typed right after a word ("RealClearPolitics’ David Byler"). */
    private static boolean possessive(List<Token> tokens, int i) {
        Token mark = tokens.get(i);
        return (mark.word().equals("’") || mark.word().equals("'") || mark.word().equals("''") && mark.span().length() == 1)
                && tokens.get(i - 1).span().end() == mark.span().start() && tokens.get(i - 1).word().endsWith("s");
    }
}
