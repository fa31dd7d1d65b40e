package dev.dossier.quotes;

import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.EntityMention;
import dev.dossier.nlp.EntityType;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Token-level helpers for finding the subject of a cue: clause boundaries, and the speaker of a
 * sentence that reports speech.
 */
final class Clauses {

    /** Pronouns that can only be a subject: "he", not "him" or "it", which may as well be an object. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "'s", "'ve", "'d", "did", "does", "do");
    /** Words that open an adverbial clause before its subject: "as she thanked ...", "once he arrived". */
    private static final Set<String> SUBORDINATORS = Set.of(
            "as", "while", "because", "although", "though", "after", "before", "if", "since", "until", "once", "so");
    /** Words that open a clause the sentence's main clause follows: "When X said ..., Y replied: '...'". */
    private static final Set<String> OPENING_SUBORDINATORS = Set.of("when", "after", "as", "while", "before", "although",
            "though", "once", "since", "because", "whereas");
    /** A full stop and a capital, other than after an initial or a short title ("Mr. Varga"): a new sentence. */
    static final Pattern SENTENCE_BREAK = Pattern.compile("(?<![A-Z][a-z]{0,3})[.!?]\\s+\\p{Lu}");
    /** How many tokens an opening prepositional phrase before a cue's subject may take: "In a statement on Monday,". */
    private static final int OPENING_PHRASE_TOKENS = 6;

    private Clauses() {}

    /** The index of the first token starting at or after {@code offset}. */
    static int tokenAtOrAfter(AnnotatedText text, int offset) {
        List<Token> tokens = text.tokens();
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).span().start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The sentence holding token {@code index}. */
    static Sentence sentenceOf(AnnotatedText text, int index) {
        return text.sentences().get(text.tokens().get(index).sentence());
    }

    /** Whether a finite verb or a modal stands among tokens {@code from} (inclusive) to {@code to} (exclusive). */
    static boolean hasFiniteVerb(List<Token> tokens, int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            if (tokens.get(i).isFinite() || tokens.get(i).pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue at {@code cue} stands in a clause that opens the sentence with a subordinating
     * word and that a comma closes after the cue, before offset {@code before} ("When Trump
     * suggested that ..., "): not the sentence's main clause.
     */
    static boolean inOpeningSubordinate(AnnotatedText text, TextSpan cue, Sentence sentence, int before) {
        List<Token> tokens = text.tokens();
        if (!OPENING_SUBORDINATORS.contains(tokens.get(sentence.firstToken()).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = tokenAtOrAfter(text, cue.end()); i < sentence.endToken() && tokens.get(i).span().start() < before; i++) {
            if (tokens.get(i).word().equals(",")) {
                return true;
            }
            if (tokens.get(i).word().equals(":")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a token ends a clause for the purpose of finding a cue's subject. */
    static boolean isBoundary(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return token.pos().equals(":") || word.equals(";") || word.equals("that") || word.equals("which") || word.equals("who")
                || word.equals("while") || word.equals("as") && token.pos().equals("IN") || word.equals("but") || word.equals("because") || word.equals("although")
                || word.equals("after") || word.equals("before") || word.equals("if") || word.equals("when")
                || isQuoteMark(token);
    }

    /** A dash that sets off an aside: "—", "–", or a hyphen standing alone. */
    static boolean isDash(Token token) {
        String word = token.word();
        return word.equals("—") || word.equals("–") || word.equals("-") || word.equals("--");
    }

    static boolean isQuoteMark(Token token) {
        String word = token.word();
        return word.equals("``") || word.equals("''") || "\"“”‘’'«»„".contains(word) && word.length() == 1;
    }

    /** A full stop, question or exclamation mark ending a sentence; not a quote mark the tagger read as one. */
    static boolean isFullStop(Token token) {
        return token.pos().equals(".") && !isQuoteMark(token);
    }

    /** The start of the clause whose verb is token {@code cue}: after the last boundary before it. */
    static int clauseStart(AnnotatedText text, int cue, int limit) {
        int start = cue;
        while (start > limit && !isBoundary(text.tokens().get(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * The subject of cue token {@code cue}: the phrase right before it after the last comma ("And
     * to the comments by Lavrov, a source said"), or, when a comma ends that phrase (an apposition:
     * "Sergei Lavrov, Putin's foreign minister, said"), the whole clause before it. A phrase in
     * the subject's place may describe its speaker without naming them ("the organizer told").
     */
    static Optional<Speaker> subjectOf(AnnotatedText text, int cue, int limit, ArticleContext context) {
        Optional<Speaker> pronoun = pronounSubject(text, cue, limit, context);
        if (pronoun.isPresent()) {
            return pronoun;
        }
        int start = afterOpeningPhrase(text.tokens(), clauseStart(text, cue, limit), cue);
        int adverbs = start;
        while (adverbs < cue && (text.tokens().get(adverbs).pos().equals("RB") || isAuxiliaryOrModal(text.tokens().get(adverbs)))) {
            adverbs++;
        }
        if (adverbs == cue && start > limit && text.tokens().get(start - 1).word().equalsIgnoreCase("who")) {
            // "who (also) said", "who has (long) called": the relative pronoun is the subject
            return Optional.of(relativeSubject(text, start - 1, limit, context));
        }
        Optional<Speaker> restricted = beforeRelativeClause(text, start, cue, limit, context);
        if (restricted.isPresent()) {
            return restricted;
        }
        Optional<Speaker> shared = coordinatedSubject(text, cue, limit, context);
        if (shared.isPresent()) {
            return shared;
        }
        if (cue - 1 > start && text.tokens().get(cue - 1).pos().equals("CC")) {
            // "Rubio greeted Lavrov in Riyadh and said ...": the cue shares the first verb's subject
            for (int i = start; i < cue - 1; i++) {
                if (text.tokens().get(i).isFinite()) {
                    return SpeakerPhrases.read(text, start, i, context, true, true);
                }
            }
        }
        boolean apposition = cue > start && (text.tokens().get(cue - 1).pos().equals(",") || isDash(text.tokens().get(cue - 1)));
        // "the comments, a source said", "... — especially where X is concerned — Sanders responded"
        for (int i = cue - 2; i >= start && !apposition; i--) {
            if (text.tokens().get(i).pos().equals(",") || isDash(text.tokens().get(i))) {
                Optional<Speaker> near = SpeakerPhrases.read(text, i + 1, cue, context, true, true);
                if (near.isPresent()) {
                    return near;
                }
                break;
            }
        }
        return SpeakerPhrases.read(text, start, cue, context, true, true);
    }

    /**
     * Where the clause starting at {@code start} has its subject: after an opening prepositional
     * phrase that a comma closes ("In Vaelmont, the alliance's secretary-general said"), with the
     * place names and prepositional phrases that go on from it between commas ("At a rally in
     * Tarnville, Ohio, on Saturday, some of the farmers shouted"); else at {@code start}.
     */
    private static int afterOpeningPhrase(List<Token> tokens, int start, int cue) {
        if (start >= cue || !tokens.get(start).pos().equals("IN")) {
            return start;
        }
        int part = start;
        while (true) {
            int comma = SpeakerPhrases.beforeFirstComma(tokens, part, cue);
            if (comma + 1 >= cue || comma - part > OPENING_PHRASE_TOKENS) {
                return start;
            }
            Token next = tokens.get(comma + 1);
            if (next.pos().startsWith("W")) {
                return start; // a relative clause about the place: "At Boca West, where it costs ..., Ivo Brandt said"
            }
            int nextComma = SpeakerPhrases.beforeFirstComma(tokens, comma + 1, cue);
            boolean goesOn = nextComma < cue && (next.pos().equals("IN")
                    || nextComma - comma - 1 <= 3 && SpeakerPhrases.allProperNouns(tokens, comma + 1, nextComma));
            if (!goesOn) {
                return comma + 1;
            }
            part = comma + 1;
        }
    }

    /**
     * "A harbour official who spoke anonymously to discuss the plans said ...": when the words
     * before the cue are a relative clause with its own verb, opened by "who", "that" or "which"
     * right after a noun, the cue's subject is the noun phrase the clause describes.
     *
     * @param start the first token after the relative word, where {@link #clauseStart} stopped
     */
    private static Optional<Speaker> beforeRelativeClause(AnnotatedText text, int start, int cue, int limit, ArticleContext context) {
        List<Token> tokens = text.tokens();
        if (start - 1 <= limit || start >= cue) {
            return Optional.empty();
        }
        Token relative = tokens.get(start - 1);
        boolean opens = (relative.pos().equals("WP") || relative.pos().equals("WDT")) && tokens.get(start - 2).pos().startsWith("NN");
        int verb = start;
        while (verb < cue && tokens.get(verb).pos().equals("RB")) {
            verb++;
        }
        if (!opens || verb == cue || !tokens.get(verb).isFinite() || SpeakerPhrases.beforeFirstComma(tokens, start, cue) < cue) {
            return Optional.empty(); // "As for the analysts who claim ..., Brandt said": the clause ends at a comma, the subject follows it
        }
        int noun = clauseStart(text, start - 1, limit);
        for (int i = start - 2; i > noun; i--) {
            if (tokens.get(i).pos().equals(",")) {
                noun = i + 1; // "While Brandt has ..., the groups who wrote to her say": the noun phrase after the comma
                break;
            }
        }
        return SpeakerPhrases.read(text, noun, start - 1, context, true, true);
    }

    /**
     * "When Brandt opened the mill, she promptly called it '...'", "in Orsk, where he also promised
     * ...", "she did say": a subject pronoun right before the cue (past adverbs, a modal or an
     * auxiliary) that opens its clause, after a comma, a conjunction, a subordinating word or the
     * sentence's start, is the cue's subject, whatever names stand earlier in the sentence. After a cue or "that" ("Kolber
     * said he calls it '...'") the pronoun's clause is reported, and other rules read it.
     */
    static Optional<Speaker> pronounSubject(AnnotatedText text, int cue, int limit, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int pronoun = cue - 1;
        while (pronoun > limit && (tokens.get(pronoun).pos().startsWith("RB") || isAuxiliaryOrModal(tokens.get(pronoun)))) {
            pronoun--;
        }
        if (pronoun < limit || !tokens.get(pronoun).pos().equals("PRP")
                || !SUBJECT_PRONOUNS.contains(tokens.get(pronoun).word().toLowerCase(Locale.ROOT))
                || context.insideQuote(tokens.get(pronoun).span())) {
            return Optional.empty();
        }
        if (pronoun > limit) {
            Token before = tokens.get(pronoun - 1);
            String pos = before.pos();
            boolean opensClause = pos.equals(",") || pos.equals("CC") || pos.equals("WRB") || isDash(before)
                    || SUBORDINATORS.contains(before.word().toLowerCase(Locale.ROOT));
            if (!opensClause && !afterSettingPhrase(tokens, pronoun, limit, context)) {
                return Optional.empty();
            }
        }
        return SpeakerPhrases.read(text, pronoun, pronoun + 1, context);
    }

    /**
     * "In 2010 she said ...", "At the town hall this week, she said" without its comma: a pronoun
     * after a phrase of time or place that opens the sentence or follows a comma, with no verb in
     * it, opens its clause as surely as after a comma. After a verb the pronoun's clause would be
     * reported ("Kolber told reporters she ...").
     */
    private static boolean afterSettingPhrase(List<Token> tokens, int pronoun, int limit, ArticleContext context) {
        for (int i = pronoun - 1; i >= limit; i--) {
            Token token = tokens.get(i);
            if (token.pos().equals(",")) {
                return i < pronoun - 1;
            }
            if (token.isVerb() || token.pos().equals("MD") || token.pos().startsWith("W") || isQuoteMark(token)
                    || context.insideQuote(token.span()) || token.word().equalsIgnoreCase("that")) {
                return false;
            }
        }
        return tokens.get(limit).pos().equals("IN") || tokens.get(limit).pos().equals("RB");
    }

    /** Whether bare verb {@code i} follows an auxiliary or a modal, past any adverbs: "did say", "will (also) tell". */
    private static boolean afterAuxiliary(List<Token> tokens, int i, int limit) {
        int before = beforeAdverbs(tokens, i, limit);
        return tokens.get(i).pos().equals("VB") && before >= limit && isAuxiliaryOrModal(tokens.get(before));
    }

    /**
     * The index of the token before token {@code i} and any adverbs right before it ("has (often)
     * said", "was (later) asked"), not below {@code limit}; {@code limit - 1} when {@code i} is at
     * {@code limit}.
     */
    static int beforeAdverbs(List<Token> tokens, int i, int limit) {
        int before = i - 1;
        while (before > limit && tokens.get(before).pos().startsWith("RB")) {
            before--;
        }
        return before;
    }

    /** "did", "has", "'s", "will", "may": a word that may stand between a subject and its cue. */
    static boolean isAuxiliaryOrModal(Token token) {
        return token.pos().equals("MD") || AUXILIARIES.contains(token.word().toLowerCase(Locale.ROOT));
    }

    /**
     * "Graham, who wants more troops sent, tweeted", "Trump, who last week called the judge biased
     * because of his heritage, said": a relative clause between commas is an aside about the
     * subject, which stands before it; the verbs inside the aside are not the cue's. Empty unless
     * the cue follows the comma that closes such an aside. Used for a quotation's own cue only: for
     * reported speech the clause reading of {@link #subjectOf} stands.
     */
    static Optional<Speaker> asideSubject(AnnotatedText text, int cue, int limit, ArticleContext context) {
        List<Token> tokens = text.tokens();
        if (cue - 1 <= limit || !tokens.get(cue - 1).pos().equals(",")) {
            return Optional.empty();
        }
        for (int i = cue - 2; i > limit; i--) {
            Token token = tokens.get(i);
            if (context.insideQuote(token.span()) || isQuoteMark(token) || token.word().equals(";") || token.word().equals(":")) {
                return Optional.empty();
            }
            String word = token.word().toLowerCase(Locale.ROOT);
            if ((word.equals("who") || word.equals("which")) && tokens.get(i - 1).pos().equals(",")) {
                if (i + 1 >= cue - 1) {
                    return Optional.empty();
                }
                if (word.equals("who") && tokens.get(i + 1).pos().equals(",")) {
                    // "Ivo Brandt, who, like his father, recalled ...": the aside is inside the relative clause, whose verb is the cue
                    return Optional.of(relativeSubject(text, i, limit, context));
                }
                int comma = i - 1;
                // the phrase an aside interrupts stands in the subject's place: "One attendee, who ..., said"
                return SpeakerPhrases.read(text, clauseStart(text, comma, limit), comma, context, true, true);
            }
        }
        return Optional.empty();
    }

    /**
     * "Quenby smiled and said", "Halvorsen paused, then leaned in and boomed": a verb joined to an
     * earlier one by "and" (or "but", or a comma and "then") shares its subject, so the subject is
     * that earlier verb's, found the same way (through any chain of such verbs). Empty when no
     * finite verb comes before the conjunction in the sentence.
     */
    private static Optional<Speaker> coordinatedSubject(AnnotatedText text, int cue, int limit, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int join = beforeAdverbs(tokens, cue, limit); // "and then boomed", "and later said"
        boolean conjunction = join > limit && (tokens.get(join).pos().equals("CC")
                || (join < cue - 1 && tokens.get(join).pos().equals(","))); // ", then leaned"
        if (!conjunction || context.insideQuote(tokens.get(join).span())) {
            return Optional.empty();
        }
        for (int i = join - 1; i >= limit; i--) {
            Token token = tokens.get(i);
            if (context.insideQuote(token.span()) || isQuoteMark(token) || token.word().equals(";") || token.word().equals(":")) {
                return Optional.empty();
            }
            if (token.isFinite() && tokens.get(join).pos().equals("CC") && inSeries(tokens, i, limit)) {
                continue; // "she looked at me, furrowed her brow and said": a series of verbs shares its first one's subject
            }
            // past a relative clause only after "and" or "but": "X, who coined the word, once said" is an aside's
            if (token.isFinite() && !(tokens.get(join).pos().equals("CC") && inRelativeClause(tokens, i, limit))) {
                // "Brandt, who was touring Orsk, did not name him but told the crowd ...": the subject before the aside
                int verb = reportingCue(text, i, limit, context);
                return asideSubject(text, verb, limit, context).or(() -> subjectOf(text, verb, limit, context));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether finite verb {@code verb} is a later one of a series ("looked at me, furrowed her brow
     * and said"): a comma right before it, and before that a finite verb outside a relative clause
     * ("X, who backs Y, lives in Orsk and wrote" is one verb after an aside, not a series).
     */
    private static boolean inSeries(List<Token> tokens, int verb, int limit) {
        int comma = beforeAdverbs(tokens, verb, limit);
        if (comma <= limit || !tokens.get(comma).pos().equals(",")) {
            return false;
        }
        for (int i = comma - 1; i >= limit; i--) {
            if (tokens.get(i).isFinite()) {
                return !inRelativeClause(tokens, i, limit);
            }
        }
        return false;
    }

    /**
     * Whether finite verb {@code verb} opens a relative clause ("a prosecutor who reports to the
     * president", "those who left"): its subject is the relative word, and a verb joined after the
     * clause shares the subject of the verb before it ("She proposed a prosecutor who reports to
     * the president, and called for ...").
     */
    private static boolean inRelativeClause(List<Token> tokens, int verb, int limit) {
        int before = verb - 1;
        while (before > limit && (tokens.get(before).pos().startsWith("RB") || isAuxiliaryOrModal(tokens.get(before)))) {
            before--;
        }
        return before >= limit && tokens.get(before).word().toLowerCase(Locale.ROOT).matches("who|which|that")
                && (tokens.get(before).pos().equals("WP") || tokens.get(before).pos().equals("WDT"));
    }

    /**
     * The verb whose subject a verb joined to finite verb {@code verb} shares: a speech cue before
     * {@code verb} in the same stretch of the sentence (no comma between) when there is one, since
     * {@code verb} then stands in the clause that cue reports ("He said the attacks have helped and
     * said that ..."); else {@code verb} itself.
     */
    private static int reportingCue(AnnotatedText text, int verb, int limit, ArticleContext context) {
        List<Token> tokens = text.tokens();
        for (int i = verb - 1; i >= limit; i--) {
            Token token = tokens.get(i);
            if (token.pos().equals(",") || context.insideQuote(token.span()) || isQuoteMark(token)
                    || token.word().equals(";") || token.word().equals(":")) {
                break;
            }
            if (Cues.isSpeech(token) && (token.isFinite() || afterAuxiliary(tokens, i, limit))) {
                return i; // "he did say he found the mayor charming and called ..."
            }
        }
        return verb;
    }

    /**
     * "Mike Lee, who declared ...": the relative pronoun is the cue's subject as written, and it
     * stands for the person named nearest before it in its sentence (none when no one is named).
     */
    private static Speaker relativeSubject(AnnotatedText text, int who, int limit, ArticleContext context) {
        TextSpan pronoun = text.tokens().get(who).span();
        TextSpan antecedent = null;
        for (EntityMention mention : text.mentions()) {
            if (mention.endToken() <= who && mention.firstToken() >= limit && who - mention.endToken() <= 12
                    && mention.type() == EntityType.PERSON && !context.insideQuote(mention.span())) {
                antecedent = mention.span();
            }
        }
        return new Speaker(SpeakerKind.PRONOUN, pronoun, antecedent);
    }

    /**
     * The speaker of a sentence that reports speech without quoting: the subject of its first
     * speech cue ("Zelenskyy said ..."), or the phrase after a cue that ends it (", he added").
     */
    static Optional<Speaker> sentenceSpeaker(AnnotatedText text, int sentenceIndex, ArticleContext context) {
        Sentence sentence = text.sentences().get(sentenceIndex);
        List<Token> tokens = text.tokens();
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token token = tokens.get(i);
            if (!Cues.isSpeech(token) || !token.isVerb() || context.insideQuote(token.span())) {
                continue;
            }
            Optional<Speaker> subject = subjectOf(text, i, sentence.firstToken(), context);
            if (subject.isPresent()) {
                return subject;
            }
            if (i + 1 >= sentence.endToken() || tokens.get(i + 1).pos().equals("IN") || tokens.get(i + 1).pos().equals("TO")) {
                continue; // "claiming that Putin had agreed": what follows is the content, not the speaker
            }
            int end = i + 1;
            while (end < sentence.endToken() && end - i <= 6 && !tokens.get(end).pos().equals(",") && !tokens.get(end).pos().equals(".")
                    && !SpeakerAfterCue.opensClause(tokens.get(end))) {
                end++;
            }
            if (end < sentence.endToken() && SpeakerAfterCue.opensClause(tokens.get(end))) {
                continue; // "said members would keep ...": the subject of what is said, not who says it
            }
            Optional<Speaker> after = SpeakerPhrases.read(text, i + 1, end, context, false);
            if (after.isPresent()) {
                return after;
            }
        }
        return Optional.empty();
    }
}
