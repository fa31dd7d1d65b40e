package dev.dossier.quotes;

import dev.dossier.model.SpeakerKind;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The speaker credited after a quotation, the usual order for a full one ("'...,' Lavrov said",
 * "'...,' said Tatiana Stanovaya, a senior fellow", "'...' leaders, the minister said"). Tried in
 * order: a name after a dash; a pronoun, a name or (after a comma) a short description right after
 * the quotation followed by any finite verb ("'...,' he went on", "'...,' an angry Hollande
 * retaliated"), or the inverted form ("'...,' remembered Roy Verley"); then the first
 * speech cue in a window after the quotation, with its speaker between the quotation and the cue,
 * after the cue, or opening a clause an aside interrupts.
 *
 * <p>A cue after a quotation that ends its own sentence is usually the next statement's, so there
 * only a cue in the next few words counts, and none that reports a clause of its own or is an aside
 * of the next sentence. A cue in the next paragraph is never this quotation's. Stateless.
 */
final class CueAfterQuote {

    /** How many tokens after a quotation that leaves its sentence open its cue may come. */
    private static final int POST_WINDOW = 24;
    /**
     * How many tokens after a quotation that leaves its sentence open its cue may come when a name
     * and a comma open them: the name's apposition may be long ("'...,' Brandt, the harbour master
     * of Orsk since the storm of 1998 and the town's ..., said").
     */
    private static final int APPOSITION_WINDOW = 48;
    /** How many tokens after a quotation that ends its sentence its cue may come ("'...' he said."). */
    private static final int CLOSED_WINDOW = 4;
    /** How many tokens after a quotation "read" may stand to be its cue ("'...,' the campaign's statement read"). */
    private static final int READ_REACH = 4;
    /** Words that open a sentence before a comma and an aside cue ("Perhaps, he said, ..."): adverbs, conjunctions, prepositions. */
    private static final Set<String> OPENERS = Set.of("RB", "CC", "IN", "UH");
    /** What opens a described speaker right after a quotation: "an angry Hollande", "her husband". */
    private static final Set<String> DETERMINERS = Set.of("DT", "PRP$");
    /** How many adjectives and nouns a described speaker right after a quotation may have. */
    private static final int DESCRIBED_LENGTH = 4;

    private CueAfterQuote() {}

    /** The speaker and cue after {@code quote}, whose first token after the closing mark is {@code after}; {@code null} if none. */
    static CuedSpeaker find(AnnotatedText text, QuoteMarks.Found quote, int after, ArticleContext context) {
        List<Token> tokens = text.tokens();
        if (after >= tokens.size()) {
            return null;
        }
        Sentence sentence = Clauses.sentenceOf(text, after);
        CuedSpeaker credited = Credits.dashCredit(text, after, context);
        if (credited != null) {
            return credited;
        }
        String content = quote.content().of(text.text());
        boolean endsSentence = content.matches("(?s).*[.!?…]$");
        if (endsSentence && !content.isEmpty() && Character.isLowerCase(content.charAt(0))) {
            return null; // a fragment that ends its sentence: what follows is another sentence
        }
        if (endsSentence && content.matches("(?s).*[!?]$") && startsLowerCase(tokens.get(after))) {
            endsSentence = false; // "'...?' the nominee, Ivo Brandt, asked": a lower-case word goes on with the sentence
        }
        if (endsSentence && opensNewSentence(tokens.get(after))) {
            return null; // "'... in every county.' She noted a vote planned for Friday": the next sentence's speech
        }
        // "In 'one long winter,' Brandt lost his boat": words a preposition takes are its object, the verb after them the sentence's own
        CuedSpeaker unlisted = afterPreposition(text, quote) ? null : speakerThenVerb(text, quote, after, sentence, context);
        if (unlisted == null && !afterPreposition(text, quote)) {
            unlisted = verbThenSpeaker(text, quote, after, sentence, context);
        }
        if (unlisted != null) {
            return unlisted;
        }
        int window = endsSentence ? CLOSED_WINDOW : namedThenComma(tokens, after, sentence) ? APPOSITION_WINDOW : POST_WINDOW;
        int end = Math.min(sentence.endToken(), after + window);
        for (int i = after; i < end; i++) {
            Token token = tokens.get(i);
            if (context.insideQuote(token.span()) || token.pos().equals(".") || paragraphBetween(text.text(), quote.whole().end(), token)) {
                return null;
            }
            if (Cues.isAccordingTo(tokens, i)) {
                return SpeakerAfterCue.read(text, i + 2, sentence, context, token, true); // "according to her lawyers": only a source stands there
            }
            boolean read = token.word().equalsIgnoreCase("read") && token.isVerb() && i - after <= READ_REACH && content.endsWith(",");
            if (!read && (!Cues.isSpeech(token) || !token.isVerb())) {
                continue; // "read" is a cue only a few words after a quotation it leaves open: "'...,' the letter read"
            }
            if (endsSentence && TrailingWords.reportsOwnClause(tokens, i, sentence)) {
                return null; // "'...two points.' Reluctantly, Brandt said he had come to ...": the next sentence's own speech
            }
            int start = i;
            while (start > after && !tokens.get(start - 1).pos().equals(",") && !Clauses.isBoundary(tokens.get(start - 1))) {
                start--;
            }
            if (endsSentence && start > after && tokens.get(start - 1).pos().equals(",") && OPENERS.contains(tokens.get(after).pos())) {
                return null; // "'...' Perhaps, he said, the town grew too fast": the cue is an aside in the next sentence
            }
            return speakerAround(text, after, start, i, sentence, context);
        }
        return null;
    }

    /**
     * The speaker of cue {@code i}, whose clause starts at {@code start}: the phrase between the
     * quotation and the cue, where only a speaker stands; else the phrase after the cue; else the
     * phrase before an apposition ("'...,' the mayor, Ola Brandt, said") or an aside ("'...,' Blunt,
     * after a long pause, said").
     */
    private static CuedSpeaker speakerAround(AnnotatedText text, int after, int start, int i, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        Token token = tokens.get(i);
        Optional<Speaker> before = SpeakerPhrases.read(text, start, i, context, true, start == after);
        if (before.isPresent()) {
            return new CuedSpeaker(before.get(), token.span());
        }
        if (start == i && start > after && tokens.get(start - 1).pos().equals(",") && namedThenComma(tokens, after, sentence)) {
            // "'...,' Brandt, the harbour master, said when Pirelli asked": a comma closes the speaker's apposition
            // right before the cue, so the speaker stands before it, not in the words after the cue
            Optional<Speaker> apposed = beforeApposition(text, after, start, i, context);
            if (apposed.isPresent()) {
                return new CuedSpeaker(apposed.get(), token.span());
            }
        }
        // "'...,' she told the crowd" names a listener after the cue; "'...?' asked the boy", the cue right after the quotation, the asker;
        // after a participle ("'...,' promising the club will return") the phrase is its object
        boolean listener = TrailingWords.takesAddressee(token) && i > after || token.pos().equals("VBG");
        CuedSpeaker following = listener ? null : SpeakerAfterCue.read(text, i + 1, sentence, context, token, i == after);
        if (following != null) {
            return following;
        }
        return beforeApposition(text, after, start, i, context).map(speaker -> new CuedSpeaker(speaker, token.span())).orElse(null);
    }

    /**
     * The phrase before an apposition ("'...,' the mayor, Ola Brandt, said") or an aside ("'...,'
     * Blunt, after a long pause, said") between the quotation (its first token after is {@code
     * after}) and cue {@code i}, whose clause starts at {@code start}.
     */
    private static Optional<Speaker> beforeApposition(AnnotatedText text, int after, int start, int i, ArticleContext context) {
        List<Token> tokens = text.tokens();
        Optional<Speaker> before = Optional.empty();
        if (start > after && tokens.get(start - 1).pos().equals(",")) {
            int apposition = Clauses.clauseStart(text, start - 1, after);
            if (!tokens.get(apposition).pos().equals("IN")) {
                before = SpeakerPhrases.read(text, apposition, i, context);
            }
        }
        if (before.isEmpty() && start > after) {
            // the speaker opens the clause, an aside follows
            int comma = after;
            while (comma < i && !tokens.get(comma).pos().equals(",")) {
                comma++;
            }
            before = SpeakerPhrases.read(text, after, comma, context, true, true);
        }
        return before;
    }

    /** Whether a name or a pronoun and then a comma follow the quotation: "'...,' Brandt, ...". */
    private static boolean namedThenComma(List<Token> tokens, int after, Sentence sentence) {
        int i = after;
        while (i < sentence.endToken() && i - after < 4 && (tokens.get(i).isProperNoun() || tokens.get(i).pos().equals("PRP"))) {
            i++;
        }
        return i > after && i < sentence.endToken() && tokens.get(i).pos().equals(",");
    }

    /**
     * "'...,' he went on", "'...?' Hannity pressed": right after a quotation its comma, question
     * or exclamation leaves open, a pronoun or a name and then a finite verb make that verb its
     * cue, whatever the verb; after a comma, a short description too ("'...,' the nominee riffed").
     * A capitalised pronoun after "?" or "!" opens a new sentence instead.
     */
    private static CuedSpeaker speakerThenVerb(AnnotatedText text, QuoteMarks.Found quote, int after, Sentence sentence,
            ArticleContext context) {
        String content = quote.content().of(text.text());
        if (content.isEmpty() || ",?!".indexOf(content.charAt(content.length() - 1)) < 0) {
            return null;
        }
        List<Token> tokens = text.tokens();
        int verb = after;
        while (verb < sentence.endToken() && verb - after < 4 && (tokens.get(verb).isProperNoun() || tokens.get(verb).pos().equals("PRP"))) {
            verb++;
        }
        boolean described = verb == after && content.endsWith(",");
        if (described) {
            verb = describedEnd(tokens, after, sentence);
        }
        if (verb == after || verb >= sentence.endToken() || paragraphBetween(text.text(), quote.whole().end(), tokens.get(verb))) {
            return null;
        }
        Token cue = tokens.get(verb);
        Token opening = tokens.get(after);
        boolean newSentence = !content.endsWith(",") && opening.pos().equals("PRP") && Character.isUpperCase(opening.word().charAt(0))
                && !opening.word().equals("I");
        boolean reports = TrailingWords.isReportingVerb(cue) || taggedAsNoun(tokens, verb, sentence);
        if (newSentence || !reports || context.insideQuote(cue.span())) {
            return null;
        }
        return SpeakerPhrases.read(text, after, verb, context, true, described).map(s -> new CuedSpeaker(s, cue.span())).orElse(null);
    }

    /**
     * "'...,' Bozell answers.": a speech cue's present tense that the tagger read as a plural noun,
     * which a name or a pronoun right after the quotation leaves no other reading of when the
     * sentence ends (or a comma follows) right after it.
     */
    private static boolean taggedAsNoun(List<Token> tokens, int cue, Sentence sentence) {
        Token token = tokens.get(cue);
        if (!token.pos().equals("NNS") || !Cues.isSpeechWord(token)) {
            return false;
        }
        return cue + 1 >= sentence.endToken() || tokens.get(cue + 1).pos().equals(".") || tokens.get(cue + 1).pos().equals(",");
    }

    /**
     * The end of a short noun phrase a determiner or a possessive opens right after a quotation a
     * comma leaves open ("'...,' an angry Hollande retaliated", "'...,' her husband cut in"), or
     * {@code after} if none: adjectives and nouns, the last a noun.
     */
    private static int describedEnd(List<Token> tokens, int after, Sentence sentence) {
        if (!DETERMINERS.contains(tokens.get(after).pos())) {
            return after;
        }
        int end = after + 1;
        while (end < sentence.endToken() && end - after <= DESCRIBED_LENGTH
                && (tokens.get(end).pos().startsWith("JJ") || tokens.get(end).pos().startsWith("NN"))) {
            end++;
        }
        return end > after + 1 && tokens.get(end - 1).pos().startsWith("NN") ? end : after;
    }

    /**
     * "'...,' remembered Roy Verley", "'...!' beamed Donald Hartley of Madison": the inverted form
     * of {@link #speakerThenVerb}, a finite verb right after the open quotation and a name after
     * it.
     */
    private static CuedSpeaker verbThenSpeaker(AnnotatedText text, QuoteMarks.Found quote, int after, Sentence sentence,
            ArticleContext context) {
        String content = quote.content().of(text.text());
        List<Token> tokens = text.tokens();
        if (content.isEmpty() || ",?!".indexOf(content.charAt(content.length() - 1)) < 0 || after + 1 >= sentence.endToken()) {
            return null;
        }
        Token cue = tokens.get(after);
        if (!cue.pos().equals("VBD") || !TrailingWords.isReportingVerb(cue)
                || paragraphBetween(text.text(), quote.whole().end(), cue) || !tokens.get(after + 1).isProperNoun()) {
            return null;
        }
        CuedSpeaker found = SpeakerAfterCue.read(text, after + 1, sentence, context, cue, false);
        return found != null && found.speaker().kind() == SpeakerKind.NAMED ? found : null;
    }

    /**
     * Whether a preposition of the quotation's sentence stands right before its opening mark ("In
     * 'one long winter,' Brandt lost ...", "With 'a light heart,' Varga sails on"): the quoted words
     * are its object, a title or a phrase, so any verb after them is not their cue; only a cue of
     * speech after them ("'...,' he said") still is.
     */
    private static boolean afterPreposition(AnnotatedText text, QuoteMarks.Found quote) {
        List<Token> tokens = text.tokens();
        int mark = Clauses.tokenAtOrAfter(text, quote.whole().start());
        int before = mark - 1;
        return mark < tokens.size() && before >= 0 && tokens.get(before).sentence() == tokens.get(mark).sentence()
                && tokens.get(before).pos().equals("IN");
    }

    /** A capitalised pronoun other than "I": after a quotation that ends its sentence, it opens the next one. */
    private static boolean opensNewSentence(Token token) {
        return token.pos().equals("PRP") && Character.isUpperCase(token.word().charAt(0)) && !token.word().equals("I");
    }

    private static boolean startsLowerCase(Token token) {
        return Character.isLowerCase(token.word().charAt(0));
    }

    /** Whether a paragraph ends between a quotation and a later token: a cue in the next paragraph is that paragraph's. */
    private static boolean paragraphBetween(String text, int quoteEnd, Token token) {
        return text.substring(quoteEnd, token.span().start()).indexOf('\n') >= 0;
    }
}
