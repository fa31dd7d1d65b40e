package dev.dossier.quotes;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The statement a fragment belongs to: "Trump said that voting fraud is 'a big, big problem'"
 * reports the whole clause, not just the quoted words, and "dismissing the plan as 'a trap'"
 * reports "the plan as 'a trap'". The clause runs from after its cue (from its "that", which may
 * follow a long object) to the end of the sentence, and at least to the end of the quotation; it
 * ends with the quotation where the sentence goes on with a clause of its own. Stateless.
 */
final class ReportedClause {

    /** How many tokens after a cue its "that" may come ("told a town hall in Orsk on Monday that ..."). */
    private static final int THAT_WINDOW = 20;
    /** From this many tokens after the cue on, a verb or a quote mark before the "that" means the clause began without one. */
    private static final int OBJECT_MAX_TOKENS = 8;

    /** How many words the subject of a cue set off as an aside may take ("the former governor of Orsk"). */
    private static final int ASIDE_SUBJECT_MAX_TOKENS = 8;

    /** How many tokens a credit closing a sentence may take: "writes Ilsabet Quorrin Varga". */
    private static final int CREDIT_MAX_TOKENS = 4;

    /** How many tokens the object of a characterising verb may take: "the European Union's deal with Turkey". */
    private static final int CHARACTERISED_MAX_TOKENS = 8;
    /** Words that may stand between a characterising "as" and the quoted words. */
    private static final Set<String> AS_LEAD_INS = Set.of("a", "an", "the", "being", "one", "its", "his", "her", "their");
    /** Verbs with an object and "as" that file or use it rather than characterise it: "listed the messages as 'Confidential'". */
    private static final Set<String> NOT_CHARACTERISING = VerbForms.of("be/am/is/are/was/were/been", "have/had", "list", "classify",
            "file", "register", "use", "serve", "mark", "tag");

    /** Finite verbs and modals: one between a cue and a "that" has already begun the reported clause. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    private ReportedClause() {}

    /**
     * The content of fragment {@code quote}: its cue's clause when {@code cue} is a cue before it
     * in its sentence, otherwise the quoted words alone.
     */
    static TextSpan of(AnnotatedText text, QuoteMarks.Found quote, TextSpan cue, Sentence sentence) {
        if (cue == null || cue.start() >= quote.whole().start() || cue.start() < sentence.span().start()) {
            return quote.content();
        }
        int cueAt = Clauses.tokenAtOrAfter(text, cue.start());
        TextSpan called = passive(text, quote, cueAt);
        if (called != null) {
            return called;
        }
        int cueToken = nearestCoordinated(text, quote, cueAt);
        if (!Cues.isCue(text.tokens().get(cueToken))) {
            return quote.content();
        }
        if (isAside(text, quote, cueToken, sentence)) {
            return clause(text, quote, cueToken, sentence.firstToken(), sentence);
        }
        int outer = outerSpeech(text, cueToken, sentence);
        int that = thatAfter(text, quote, outer, sentence);
        boolean inside = outer < cueToken && that > outer + 1 && that <= cueToken && FINITE.contains(text.tokens().get(cueToken).pos());
        return after(text, quote, inside ? outer : cueToken, sentence);
    }

    /**
     * The last of coordinated cues between cue {@code cueToken} and fragment {@code quote}: in "Varga
     * has mocked the mayor, referred to the plan as 'a trap' and called it 'a farce'" the speaker
     * is the first cue's subject, but each fragment reports the clause of the cue right before it.
     * A cue after a "that" or a relative word is inside the first cue's clause instead ("said that
     * the council passed what she called 'a farce'"), which reports all of it.
     */
    private static int nearestCoordinated(AnnotatedText text, QuoteMarks.Found quote, int cueToken) {
        List<Token> tokens = text.tokens();
        int nearest = cueToken;
        for (int i = cueToken + 1; i < tokens.size() && tokens.get(i).span().end() <= quote.whole().start(); i++) {
            Token token = tokens.get(i);
            if (token.pos().startsWith("W") || token.word().equalsIgnoreCase("that") || token.pos().equals(":")
                    || token.pos().equals(".")) {
                return nearest;
            }
            if (Cues.isCue(token) && (token.pos().equals("VBD") || token.pos().equals("VBZ") || token.pos().equals("VBN"))) {
                nearest = i;
            }
        }
        return nearest;
    }

    /**
     * The nearest finite verb of speech before cue {@code cueToken} in its sentence, with no quote
     * mark, colon or semicolon between; the cue itself when there is none. When that verb's "that"
     * comes before a finite cue, the cue is inside its clause: "Ola Brandt said on Monday that the
     * council had passed what she called 'a farce'" reports all Brandt said, not only what she
     * called the plan. A participle cue after the clause ("..., dismissing the plan as 'a trap'")
     * is an act of its own, and keeps its own clause.
     */
    private static int outerSpeech(AnnotatedText text, int cueToken, Sentence sentence) {
        List<Token> tokens = text.tokens();
        for (int i = cueToken - 1; i >= sentence.firstToken(); i--) {
            Token token = tokens.get(i);
            if (Clauses.isQuoteMark(token) || token.word().equals(":") || token.word().equals(";")) {
                break;
            }
            if (Cues.isSpeech(token) && FINITE.contains(token.pos())) {
                return i;
            }
        }
        return cueToken;
    }

    /**
     * The content of full quotation {@code quote} whose cue comes before it: "He adds that voters
     * have two choices: 'Stay or go.'" reports the clause from its "that", which the quotation only
     * finishes. Without a "that" between the cue and the quotation ("Brandt said: '...'"), the
     * quoted words alone.
     */
    static TextSpan ofDirect(AnnotatedText text, QuoteMarks.Found quote, TextSpan cue, Sentence sentence) {
        if (cue == null || cue.start() >= quote.whole().start() || cue.start() < sentence.span().start()) {
            return quote.content();
        }
        int cueToken = Clauses.tokenAtOrAfter(text, cue.start());
        if (Cues.isCue(text.tokens().get(cueToken)) && isAside(text, quote, cueToken, sentence)) {
            return clause(text, quote, cueToken, sentence.firstToken(), sentence);
        }
        if (!Cues.isCue(text.tokens().get(cueToken)) || thatAfter(text, quote, cueToken, sentence) == cueToken + 1) {
            return quote.content();
        }
        return after(text, quote, cueToken, sentence);
    }

    /**
     * A fragment whose speaker the other rules did not find, where a cue before it in its sentence
     * governs it ("the crowd chanted 'no justice, no peace'", "calling him 'a total stiff'", "voters
     * say the best candidate is one who 'listens first'"): the words are still reported as
     * someone's, so the content is that verb's clause and the speaker its subject (the sentence's,
     * for a participle), unknown when none reads as a speaker. So does any verb that characterises
     * its object as the quoted words ({@link #characterising}). Any other fragment is a scare quote
     * or a mention, not a statement, and gives nothing.
     */
    static Optional<Attribution> governed(AnnotatedText text, QuoteMarks.Found quote, int first, Sentence sentence,
            ArticleContext context) {
        List<Token> tokens = text.tokens();
        int verb = -1;
        for (int i = first - 1; i >= sentence.firstToken() && verb < 0; i--) {
            Token token = tokens.get(i);
            if (token.word().equals(";") || token.word().equals(":")) {
                break;
            }
            if (Cues.isCue(token) && !context.insideQuote(token.span())) {
                verb = i;
            }
        }
        if (verb >= 0 && Clauses.inOpeningSubordinate(text, tokens.get(verb).span(), sentence, quote.whole().start())) {
            verb = -1; // "After saying her foot was 'swollen,' she was 'whisked off'": the cue's clause closed before
        }
        if (verb < 0) {
            Optional<Attribution> credited = accordingTo(text, quote, first, sentence, context);
            if (credited.isPresent()) {
                return credited;
            }
            verb = characterising(text, first, sentence);
        }
        if (verb < 0) {
            return Optional.empty(); // a scare quote, or words mentioned rather than said: "the so-called 'Orsk formula'"
        }
        Token cue = tokens.get(verb);
        boolean participle = cue.pos().equals("VBG") || cue.pos().equals("VBN")
                || (verb > sentence.firstToken() && tokens.get(verb - 1).pos().equals(","));
        Optional<Speaker> speaker = participle
                ? SpeakerPhrases.read(text, sentence.firstToken(), CueBeforeQuote.firstVerb(text, sentence), context)
                : Clauses.subjectOf(text, verb, sentence.firstToken(), context);
        TextSpan content = after(text, quote, verb, sentence);
        if (speaker.isEmpty()) {
            return Optional.of(new Attribution(QuoteKind.PARTIAL, content, cue.span(), null, SpeakerKind.UNKNOWN, null));
        }
        context.spoke(speaker.get(), quote.whole().start());
        return Optional.of(new Attribution(QuoteKind.PARTIAL, content, cue.span(), speaker.get().source(),
                speaker.get().kind(), speaker.get().resolved()));
    }

    /**
     * The content of fragment {@code quote} after passive cue {@code verb} with its agent ("the
     * plan, described by Varga as 'a trap'", "the deal hailed by Brandt on Monday as agreed and
     * close - 'within days'"): what the agent called the subject, from after the "as" when one
     * comes before the quotation, else the quoted words; null when the cue is no participle with
     * "by" right after it.
     */
    private static TextSpan passive(AnnotatedText text, QuoteMarks.Found quote, int verb) {
        List<Token> tokens = text.tokens();
        if (!CueBeforeQuote.byAgent(tokens, verb)) {
            return null;
        }
        for (int i = verb + 2; i + 1 < tokens.size() && tokens.get(i + 1).span().start() < quote.whole().start(); i++) {
            if (tokens.get(i).word().equalsIgnoreCase("as")) {
                return new TextSpan(tokens.get(i + 1).span().start(), quote.whole().end());
            }
        }
        return quote.content();
    }

    /** Whether a verb characterises its object as the fragment starting at token {@code first} ({@link #characterising}). */
    static boolean characterisedBefore(AnnotatedText text, int first, Sentence sentence) {
        return characterising(text, first, sentence) >= 0;
    }

    /**
     * A fragment in a sentence that opens "According to SOURCE," with no cue of its own: "According
     * to his physician, the candidate had 'astonishingly excellent' results" reports the clause after
     * the comma as the source's. A "But" or "And" may open the sentence.
     */
    private static Optional<Attribution> accordingTo(AnnotatedText text, QuoteMarks.Found quote, int first, Sentence sentence,
            ArticleContext context) {
        List<Token> tokens = text.tokens();
        int according = sentence.firstToken();
        if (according < first && tokens.get(according).pos().equals("CC")) {
            according++;
        }
        if (!Cues.isAccordingTo(tokens, according)) {
            return Optional.empty();
        }
        int comma = according + 2;
        while (comma < first && !tokens.get(comma).pos().equals(",")) {
            comma++;
        }
        if (comma + 1 >= first) {
            return Optional.empty(); // no comma before the quotation, or the quotation right after it: a direct quotation's case
        }
        // the phrase stands in a speaker's place, so one that only describes them is read as one: "his doctor"
        Optional<Speaker> speaker = SpeakerPhrases.read(text, according + 2, comma, context, false, true);
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        TextSpan content = clause(text, quote, comma, comma + 1, sentence);
        TextSpan cue = Cues.accordingToSpan(tokens, according);
        context.spoke(speaker.get(), quote.whole().start());
        return Optional.of(new Attribution(QuoteKind.PARTIAL, content, cue, speaker.get().source(), speaker.get().kind(),
                speaker.get().resolved()));
    }

    /**
     * The verb that characterises its object in the fragment starting at token {@code first}, or
     * -1: "Varga has long painted the mayor as a 'puppet'", "Brandt heralded the ferry deal as 'a
     * lifeline'". Whatever the verb, an object set off by "as" before quoted words gives the
     * subject's own words for it. The object takes a few tokens with at least one noun or pronoun
     * and no verb or punctuation ("known as 'X'", "such as 'X'" and the passive "was described as
     * 'X'" have none); a determiner, a possessive or "being" may stand between "as" and the mark.
     */
    private static int characterising(AnnotatedText text, int first, Sentence sentence) {
        List<Token> tokens = text.tokens();
        int as = first - 1;
        while (as > sentence.firstToken() && AS_LEAD_INS.contains(tokens.get(as).word().toLowerCase(Locale.ROOT))) {
            as--;
        }
        if (as <= sentence.firstToken() || !tokens.get(as).word().equalsIgnoreCase("as")) {
            return -1;
        }
        boolean noun = false;
        for (int i = as - 1; i >= sentence.firstToken() && as - i <= CHARACTERISED_MAX_TOKENS + 1; i--) {
            Token token = tokens.get(i);
            if (token.isVerb()) {
                return noun && !NOT_CHARACTERISING.contains(token.word().toLowerCase(Locale.ROOT)) ? i : -1;
            }
            if (Clauses.isQuoteMark(token) || Clauses.isBoundary(token) || !Character.isLetterOrDigit(token.word().charAt(0))
                    && !token.pos().equals("POS") || token.word().equalsIgnoreCase("such")) {
                return -1;
            }
            noun |= token.pos().startsWith("NN") || token.pos().startsWith("PRP") && !token.pos().equals("PRP$");
        }
        return -1;
    }

    /**
     * From after verb {@code cueToken} (with its "that", past the comma that sets off an aside cue)
     * to the end of the sentence, and at least to the quotation's end.
     */
    private static TextSpan after(AnnotatedText text, QuoteMarks.Found quote, int cueToken, Sentence sentence) {
        int start = thatAfter(text, quote, cueToken, sentence);
        if (start == cueToken + 1 && start + 1 < sentence.endToken() && text.tokens().get(start).pos().equals(",")) {
            start++; // "Two winters ago, she said, the harbour was ...": the clause starts after the comma
        }
        if (start == cueToken + 1 && start + 1 < sentence.endToken() && text.tokens().get(start).pos().equals("RP")) {
            start++; // "summed up the levy as '...'": the particle belongs to the verb
        }
        return clause(text, quote, cueToken, start, sentence);
    }

    /**
     * Whether cue {@code cueToken} is an aside inside the statement it reports, which the writer
     * paraphrases before it and quotes after it ("Donations are checked, Brandt said, but 'we never
     * ask about income'", "The ferry, she added, is 'a lifeline'"): a finite cue with a comma
     * right after it, and its subject, a few words with no verb, right after a comma that closes
     * words of the sentence with no quotation, colon or other cue among them, but a verb, or the
     * subject of a verb right after the aside: a part of the statement, not a phrase that only sets
     * its time ("Two winters ago, she said, the mill was 'a ruin'" reports what follows the aside).
     * Some words must stand between the aside and the quotation: "In a letter, Brandt wrote, '...'"
     * quotes the whole of what she wrote.
     */
    private static boolean isAside(AnnotatedText text, QuoteMarks.Found quote, int cueToken, Sentence sentence) {
        List<Token> tokens = text.tokens();
        int first = Clauses.tokenAtOrAfter(text, quote.whole().start());
        if (!FINITE.contains(tokens.get(cueToken).pos()) || cueToken + 2 >= first || !tokens.get(cueToken + 1).pos().equals(",")) {
            return false;
        }
        int comma = cueToken - 1;
        while (comma > sentence.firstToken() && cueToken - comma <= ASIDE_SUBJECT_MAX_TOKENS && !tokens.get(comma).pos().equals(",")) {
            if (tokens.get(comma).isVerb() || Clauses.isBoundary(tokens.get(comma))) {
                return false;
            }
            comma--;
        }
        if (comma == cueToken - 1 || comma - sentence.firstToken() < 2 || !tokens.get(comma).pos().equals(",")) {
            return false;
        }
        boolean verb = false;
        for (int i = sentence.firstToken(); i < comma; i++) {
            Token token = tokens.get(i);
            if (Clauses.isQuoteMark(token) || token.pos().equals(":") || token.word().equals(";") || Cues.isCue(token)) {
                return false;
            }
            verb |= token.isVerb();
        }
        // "The ferry, she added, is 'a lifeline'": the words before the aside are the subject of the verb after it
        return verb || tokens.get(cueToken + 2).isVerb() || tokens.get(cueToken + 2).pos().equals("MD");
    }

    /** From token {@code start} to the end of the sentence, and at least to the quotation's end. */
    static TextSpan clause(AnnotatedText text, QuoteMarks.Found quote, int cueToken, int start, Sentence sentence) {
        List<Token> tokens = text.tokens();
        int last = sentence.endToken() - 1;
        // nor the opening mark of the next quotation, which the tagger may leave at the sentence's end
        while (last > start && (Clauses.isFullStop(tokens.get(last))
                || opensNextQuotation(text.text(), tokens.get(last), quote))) {
            last--;
        }
        int afterQuote = Clauses.tokenAtOrAfter(text, quote.whole().end());
        for (int i = afterQuote; i <= last; i++) {
            if (tokens.get(i).word().equals(";")) {
                last = i - 1; // "called it 'a lifeline' on Monday; rivals ...": a semicolon ends the clause
            }
        }
        last = beforeCredit(tokens, afterQuote, last);
        last = beforeClosingDash(tokens, cueToken, afterQuote, last, sentence);
        if (start > last || tokens.get(start).span().start() > quote.whole().start()) {
            return quote.content();
        }
        int end = Math.max(tokens.get(last).span().end(), quote.whole().end());
        if (TrailingWords.clauseGoesOn(text, quote, start, last)) {
            end = quote.whole().end();
        }
        return new TextSpan(tokens.get(IndirectSpeech.withComplementizer(tokens, cueToken, start)).span().start(), end);
    }

    /**
     * The last token of a clause ending at token {@code last} before the credit that may close its
     * sentence after the quotation ("... armed to 'fight back' against the north, writes Ola
     * Brandt", "..., Brandt said"): the writer's or speaker's name with their verb, after the
     * sentence's last comma, is no part of what was reported.
     */
    private static int beforeCredit(List<Token> tokens, int from, int last) {
        for (int comma = last - 1; comma >= from; comma--) {
            Token token = tokens.get(comma);
            if (Clauses.isQuoteMark(token)) {
                return last;
            }
            if (token.pos().equals(",")) {
                return comma > from && credits(tokens, comma + 1, last) ? comma - 1 : last;
            }
        }
        return last;
    }

    /**
     * The last token of a clause ending at token {@code last} before the dash that closes the aside
     * its cue {@code cueToken} stands in ("the envoy's words - claiming that the ministers had agreed
     * to 'a pact' - were baffling"): a cue after an odd number of dashes in its sentence is inside
     * one, and the first dash after the quotation ends it.
     */
    private static int beforeClosingDash(List<Token> tokens, int cueToken, int afterQuote, int last, Sentence sentence) {
        int dashes = 0;
        for (int i = sentence.firstToken(); i < cueToken; i++) {
            dashes += Clauses.isDash(tokens.get(i)) ? 1 : 0;
        }
        if (dashes % 2 == 0) {
            return last;
        }
        for (int i = afterQuote; i <= last; i++) {
            if (Clauses.isDash(tokens.get(i))) {
                return i - 1;
            }
        }
        return last;
    }

    /** Whether tokens {@code [from, last]} are a credit: a cue and a name ("writes Ola Brandt"), or a name or pronoun and a cue. */
    private static boolean credits(List<Token> tokens, int from, int last) {
        if (last - from > CREDIT_MAX_TOKENS) {
            return false;
        }
        Token first = tokens.get(from);
        Token end = tokens.get(last);
        if (Cues.isSpeech(first) && first.isFinite()) {
            return last > from && SpeakerPhrases.allProperNouns(tokens, from + 1, last + 1);
        }
        if (Cues.isSpeech(end) && end.isFinite() && last > from) {
            return last == from + 1 && first.pos().equals("PRP") || SpeakerPhrases.allProperNouns(tokens, from, last);
        }
        return false;
    }

    /**
     * The token after the "that" that opens the clause of verb {@code cueToken}, or the token right
     * after the verb when no "that" comes before the quotation. The "that" may come after a long
     * object ("told a town hall in Orsk on Monday that ..."), but not after another verb.
     */
    private static int thatAfter(AnnotatedText text, QuoteMarks.Found quote, int cueToken, Sentence sentence) {
        List<Token> tokens = text.tokens();
        for (int i = cueToken + 1; i < Math.min(sentence.endToken(), cueToken + THAT_WINDOW) && tokens.get(i).span().start() < quote.whole().start(); i++) {
            if (i - cueToken >= OBJECT_MAX_TOKENS && (tokens.get(i).isVerb() || Clauses.isQuoteMark(tokens.get(i)))
                    || FINITE.contains(tokens.get(i).pos())) {
                break; // "says he wishes ..., but that ...": the clause began without its "that"
            }
            if (tokens.get(i).word().equalsIgnoreCase("that")) {
                return i + 1;
            }
        }
        return cueToken + 1;
    }

    /** Whether {@code token} is a quote mark after {@code quote} with a space before it: one that opens a quotation. */
    private static boolean opensNextQuotation(String text, Token token, QuoteMarks.Found quote) {
        int start = token.span().start();
        return Clauses.isQuoteMark(token) && start > quote.whole().end() && Character.isWhitespace(text.charAt(start - 1));
    }
}
