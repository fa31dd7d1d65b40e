package dev.dossier.quotes;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Dossier's attribution rules for news. For each quotation, in order:
 * <ol>
 *   <li>a cue after it in its sentence, with the speaker before or after the cue
 *       ("..., Lavrov said", "..., said Tatiana Stanovaya", "... leaders, Russian Foreign Minister Sergei Lavrov said"),
 *       or any finite verb right after it with a pronoun or name ("'...,' he went on", "'...,' remembered Roy Verley");
 *   <li>a cue before it ("Trump said: '...'"), or for a participle or framing cue
 *       ("dismissing X as '...'", ", explaining: '...'") the subject of the sentence's main cue;
 *   <li>the subject before a colon that introduces it, or a name alone before the colon of a headline;
 *   <li>for a quotation that opens its sentence with no cue of its own: the speaker of the quotation
 *       or of the sentence before it, or of the paragraph's last quotation a sentence further back.
 * </ol>
 * A speaker may be a name, a pronoun, a role, an anonymous source, or a phrase that only describes
 * them ("the woman", "a voice-over in the ad") where it stands in a speaker's place.
 * Otherwise the speaker stays unknown.
 *
 * <p>This class holds the order of the rules; each rule is its own class. The searches for a cue
 * after and before a quotation are {@link CueAfterQuote}'s and {@link CueBeforeQuote}'s, the clause a
 * fragment reports {@link ReportedClause}'s, what the quoted words are (fragment, title, mention)
 * {@link QuotedWords}'. Reported speech without marks is {@link IndirectSpeech}'s; speakers credited by a
 * colon or a dash are {@link Credits}'s, the second half of a split quotation {@link SplitQuotes}', the words that open a
 * quotation whose cue follows it {@link LeadIn}'s, quotations typed back to back {@link AdjacentQuotes}' to join,
 * a fragment that goes on with the statement the sentence before quoted {@link Continuation}'s, and a
 * quotation in the "that" clause of a noun of speech ("her claim that '...'") {@link SpeechNoun}'s.
 * Stateless; one {@link ArticleContext} per text.
 */
final class RuleAttributor implements Attributor {

    /** Verbs that state rather than speak: "..., a deal might be possible: '...'" credits no one. */
    private static final Set<String> COPULAS = Set.of("be", "is", "are", "was", "were", "been", "being", "seems", "seemed");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** "declined to say", "refused to comment": a refusal to speak. */
    private static final Set<String> REFUSALS = Set.of("declined", "declines", "decline", "refused", "refuses", "refuse", "declining", "refusing");
    /** Verbs of speech that still report something when negated: "did not deny that", "did not disagree". */
    private static final Set<String> NOT_UNSAYING = Set.of("deny", "denied", "denies", "hide", "disagree", "disagreed", "disagrees");

    @Override
    public List<Attribution> attribute(AnnotatedText text) {
        List<QuoteMarks.Found> found = QuoteMarks.scan(text.text());
        ArticleContext context = new ArticleContext(text, found.stream().map(QuoteMarks.Found::whole).toList());
        List<Attribution> attributions = new ArrayList<>();
        QuoteMarks.Found previous = null; // the quotation the last attribution was made from, if it was
        for (QuoteMarks.Found quote : found) {
            Attribution last = attributions.isEmpty() ? null : attributions.get(attributions.size() - 1);
            Optional<Attribution> attribution = SplitQuotes.secondHalf(text, quote, last, context)
                    .or(() -> quoted(text, quote, context)
                            // several fragments of one reported clause make one statement
                            .filter(a -> last == null || !last.content().equals(a.content())))
                    .or(() -> Continuation.of(text, quote, last));
            if (attribution.isEmpty()) {
                previous = null;
            } else if (previous != null && AdjacentQuotes.follows(text.text(), previous, quote)) {
                attributions.set(attributions.size() - 1, AdjacentQuotes.join(last, attribution.get()));
                previous = quote;
            } else {
                attributions.add(attribution.get());
                previous = quote;
            }
        }
        attributions.addAll(IndirectSpeech.find(text, context));
        attributions.removeIf(a -> reportsNothing(text, a));
        attributions.sort(Comparator.comparingInt(a -> a.content().start()));
        return attributions;
    }

    /**
     * Whether the attribution's cue reports nothing said: a verb addressed to the reader, when no
     * speaker is found ({@link #imperative}), or a verb of speech that is negated ({@link #unsaid}).
     */
    private static boolean reportsNothing(AnnotatedText text, Attribution a) {
        if (a.cue() == null) {
            return false;
        }
        int verb = Clauses.tokenAtOrAfter(text, a.cue().start());
        return verb < text.tokens().size() && ((a.source() == null && imperative(text, verb)) || unsaid(text.tokens(), verb));
    }

    /**
     * Whether the cue at token {@code verb} says that something was not said: a verb of speech
     * after a negation or a refusal, with at most an adverb between ("He did not say what the
     * consequences might be", "declined to say when"). Denying is saying, so "did not deny that
     * ..." still reports.
     */
    private static boolean unsaid(List<Token> tokens, int verb) {
        if (!Cues.isSpeech(tokens.get(verb)) || NOT_UNSAYING.contains(tokens.get(verb).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int before = verb - 1;
        if (before >= 0 && tokens.get(before).pos().equals("RB") && !NEGATIONS.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
            before--; // "did not publicly say"
        }
        if (before < 0) {
            return false;
        }
        String word = tokens.get(before).word().toLowerCase(Locale.ROOT);
        return NEGATIONS.contains(word) || word.equals("to") && before > 0
                && REFUSALS.contains(tokens.get(before - 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the cue at token {@code verb} is a verb addressed to the reader: a base form that
     * opens its sentence, after at most a conjunction or an adverb ("Remember that NATO's 'eastern
     * encroachment' was ...", "And note that ..."). Nobody is reported as saying anything.
     */
    private static boolean imperative(AnnotatedText text, int verb) {
        List<Token> tokens = text.tokens();
        if (!tokens.get(verb).pos().equals("VB")) {
            return false;
        }
        int first = Clauses.sentenceOf(text, verb).firstToken();
        for (int i = first; i < verb; i++) {
            String pos = tokens.get(i).pos();
            if (!pos.equals("CC") && !pos.equals("RB") && !pos.equals("``")) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Attribution> quoted(AnnotatedText text, QuoteMarks.Found quote, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int after = Clauses.tokenAtOrAfter(text, quote.whole().end());
        int first = QuotedWords.openingToken(text, quote);
        if (first >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Attribution> headline = Credits.headline(text, quote, context);
        if (headline.isPresent()) {
            return headline;
        }
        Sentence openSentence = Clauses.sentenceOf(text, first);
        QuoteKind kind = QuotedWords.kind(text, quote, first, openSentence, context);
        CuedSpeaker speaker = speaker(text, quote, kind, first, after, openSentence, context);
        String words = quote.content().of(text.text());
        boolean creditedAfter = speaker != null && speaker.cue() != null && speaker.cue().start() >= quote.whole().end()
                && after < tokens.size() && speaker.speaker().source() != null
                && speaker.speaker().source().start() == tokens.get(after).span().start();
        if (QuotedWords.isTitle(text, words, first, after, context, creditedAfter)) {
            context.titled(quote.whole());
            return Optional.empty(); // the name of a show, a book, a plan: not words anyone said
        }
        if (QuotedWords.isClipping(text.text(), quote)) {
            return Optional.empty(); // an excerpt of a linked story in a digest
        }
        Optional<SpeechNoun.Found> noun = SpeechNoun.before(text, first, openSentence, context);
        if (noun.isPresent() && (speaker == null || ownsOver(text, noun.get(), speaker))) {
            return Optional.of(owned(text, quote, kind, noun.get(), openSentence, context)); // "his claim that '...'"
        }
        if (speaker == null && kind == QuoteKind.PARTIAL) {
            return ReportedClause.governed(text, quote, first, openSentence, context);
        }
        if (speaker == null) {
            if (QuotedWords.isUnsaid(text, words, after, context) || QuotedWords.opensHeadline(text.text(), quote)) {
                return Optional.empty();
            }
            return Optional.of(new Attribution(kind, quote.content(), null, null, SpeakerKind.UNKNOWN, null));
        }
        TextSpan content = kind == QuoteKind.PARTIAL ? ReportedClause.of(text, quote, speaker.cue(), openSentence)
                : ReportedClause.ofDirect(text, quote, speaker.cue(), openSentence);
        CuedSpeaker reporting = CueBeforeQuote.reporting(text, content, speaker, openSentence, context);
        if (kind == QuoteKind.PARTIAL && reporting.cue() != null && reporting.cue().end() <= speaker.cue().start()) {
            // "the envoy - claiming that the ministers had agreed to 'a pact' - ...": the outer cue's clause is reported
            content = ReportedClause.of(text, quote, reporting.cue(), openSentence);
        }
        speaker = reporting;
        context.spoke(speaker.speaker(), quote.whole().start());
        context.quoted(quote.whole(), speaker.speaker());
        int cue = speaker.cue() == null ? -1 : Clauses.tokenAtOrAfter(text, speaker.cue().start());
        if (cue >= 0 && speaker.cue().start() >= quote.whole().end()
                && (Cues.isSpeech(tokens.get(cue)) || Cues.isAccordingTo(tokens, cue))) {
            content = LeadIn.content(text, quote, first, openSentence, context); // "The mill was sold 'for a song,' Tadeo said"
            content = LeadIn.withTail(text, quote, content, speaker.cue(), context); // "'We are frustrated' by it, she said"
        }
        return Optional.of(new Attribution(kind, content, speaker.cue(), speaker.speaker().source(),
                speaker.speaker().kind(), speaker.speaker().resolved()));
    }

    /**
     * Whether a noun of speech with an owner takes a quotation from the cue found for it: a cue
     * before the noun that judges rather than speaks ("Trump attacked Clinton's claim that she
     * 'never lied'": the claim is hers), or punctuation rather than a cue. A verb of speech keeps
     * it: in "saying in his statement that ..." and "said Rubio's claim that ... is 'not true'" the
     * verb's subject speaks.
     */
    private static boolean ownsOver(AnnotatedText text, SpeechNoun.Found noun, CuedSpeaker speaker) {
        if (noun.owner() == null) {
            return false;
        }
        if (speaker.cue() == null) {
            return true;
        }
        List<Token> tokens = text.tokens();
        Token cue = tokens.get(Clauses.tokenAtOrAfter(text, speaker.cue().start()));
        return speaker.cue().end() <= tokens.get(noun.noun()).span().start() && !Cues.isSpeech(cue);
    }

    private static Attribution owned(AnnotatedText text, QuoteMarks.Found quote, QuoteKind kind, SpeechNoun.Found noun,
            Sentence sentence, ArticleContext context) {
        TextSpan content = SpeechNoun.content(text, quote, noun, sentence);
        TextSpan cue = text.tokens().get(noun.noun()).span();
        Speaker owner = noun.owner();
        if (owner == null) {
            return new Attribution(kind, content, cue, null, SpeakerKind.UNKNOWN, null);
        }
        context.spoke(owner, quote.whole().start());
        context.quoted(quote.whole(), owner);
        return new Attribution(kind, content, cue, owner.source(), owner.kind(), owner.resolved());
    }

    /**
     * "The judge then turned to me. 'Mr. Pirelli?'": a sentence without speech whose subject is a
     * person, named or a pronoun, sets up the quotation after it in its paragraph.
     */
    private static Optional<Speaker> actor(AnnotatedText text, int sentenceIndex, ArticleContext context) {
        Sentence sentence = text.sentences().get(sentenceIndex);
        int verb = CueBeforeQuote.firstVerb(text, sentence);
        if (verb == sentence.firstToken()) {
            return Optional.empty();
        }
        return SpeakerPhrases.read(text, sentence.firstToken(), verb, context)
                .filter(s -> s.kind() == SpeakerKind.PRONOUN && s.isResolved() || s.kind() == SpeakerKind.NAMED
                        && text.mentions().stream().anyMatch(m -> m.span().equals(s.source()) && m.type() == dev.dossier.nlp.EntityType.PERSON));
    }

    /**
     * The speaker of a quotation by the rules in the order the class comment lists, {@code null}
     * when none applies. A fragment belongs to the clause it sits in, whose cue comes first; a full
     * quotation's cue usually follows it.
     */
    private static CuedSpeaker speaker(AnnotatedText text, QuoteMarks.Found quote, QuoteKind kind, int first, int after,
            Sentence openSentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        boolean partial = kind == QuoteKind.PARTIAL;
        CuedSpeaker speaker = partial ? CueBeforeQuote.find(text, first, openSentence, context) : CueAfterQuote.find(text, quote, after, context);
        if (speaker == null && partial && ReportedClause.characterisedBefore(text, first, openSentence)) {
            return null; // "Trump summed up Clinton as 'terrible,' ... and said ...": the verb before governs it, not a cue after
        }
        if (speaker == null) {
            speaker = partial ? CueAfterQuote.find(text, quote, after, context) : CueBeforeQuote.find(text, first, openSentence, context);
        }
        if (speaker != null && !partial && speaker.cue() != null && speaker.cue().end() <= quote.whole().start()
                && Clauses.inOpeningSubordinate(text, speaker.cue(), openSentence, text.text().length())) {
            // "When Trump suggested that the port would close, Varga fired back: '...'": the main clause speaks
            CuedSpeaker colon = Credits.afterColon(text, first, openSentence, context);
            if (colon != null && colon.cue() != null && colon.cue().start() > speaker.cue().end()
                    && !COPULAS.contains(colon.cue().of(text.text()).toLowerCase(Locale.ROOT))) {
                speaker = colon;
            }
        }
        if (speaker == null && !partial) {
            speaker = credited(text, quote, first, openSentence, context);
        }
        boolean opensSentence = first == openSentence.firstToken() || QuotedWords.startsParagraph(text.text(), quote.whole().start());
        if (speaker == null && opensSentence && !TrailingWords.cueFollows(text, after, context)) {
            speaker = neighbour(text, quote, tokens.get(first).sentence(), context);
        }
        return speaker;
    }

    /**
     * A full quotation's speaker credited by punctuation or an "as" clause rather than a cue next
     * to it: the subject before a colon that introduces it, the subject of an "as" clause before it
     * ("As Ola Brandt put it, '...'"), the subject of the clause a comma closes before it ("Kolber
     * cracked, '...'"), or the cue that ends the paragraph before with a colon.
     */
    private static CuedSpeaker credited(AnnotatedText text, QuoteMarks.Found quote, int first, Sentence openSentence,
            ArticleContext context) {
        List<Token> tokens = text.tokens();
        CuedSpeaker speaker = Credits.afterColon(text, first, openSentence, context);
        AsClause.Found as = speaker == null ? AsClause.before(text, first, openSentence) : null;
        if (as != null) {
            Token verb = tokens.get(as.cue());
            // "As the columnist put it": after a speech verb or "put it", a phrase that only describes the speaker is one
            boolean speaks = Cues.isSpeech(verb) || verb.word().equalsIgnoreCase("put");
            speaker = SpeakerPhrases.read(text, as.subjectStart(), as.verb(), context, true, speaks)
                    .map(s -> new CuedSpeaker(s, verb.span())).orElse(null);
        }
        if (speaker == null) {
            speaker = Credits.afterComma(text, quote, first, openSentence, context); // "Kolber cracked, '...'"
        }
        if (speaker == null && first == openSentence.firstToken() && first > 0 && tokens.get(first - 1).word().equals(":")) {
            // "Cruz called them on it:" closing one paragraph, the quotation opening the next
            speaker = Credits.afterColon(text, first, Clauses.sentenceOf(text, first - 1), context);
            if (speaker != null && (speaker.cue() == null || !Cues.isCue(tokens.get(Clauses.tokenAtOrAfter(text, speaker.cue().start()))))
                    && !Credits.announcesWhatFollows(text, first - 1)) {
                speaker = null; // across a paragraph, only a cue or "the following" is sure to introduce it: not "NBC News has proof:"
            }
        }
        return speaker;
    }

    /**
     * A quotation opening its sentence with no cue: the speaker of a quotation in the sentence
     * before ("'A,' she wrote. 'B.'", even when "she" stays unresolved), else the speaker of the
     * sentence before (only a resolved one for a quotation opening its paragraph), else, inside a
     * paragraph, the speaker of its last quotation a sentence further back. A speaker further away
     * is too often someone else, so none is taken.
     */
    private static CuedSpeaker neighbour(AnnotatedText text, QuoteMarks.Found quote, int sentenceIndex, ArticleContext context) {
        Optional<ArticleContext.Quoted> previousQuotation = context.lastQuotation()
                .filter(q -> text.sentenceAt(q.quote().end() - 1) >= sentenceIndex - 1);
        if (sentenceIndex > 0 && previousQuotation.isPresent()) {
            return new CuedSpeaker(previousQuotation.get().speaker(), null);
        }
        if (quote.multiParagraph() || QuotedWords.startsParagraph(text.text(), quote.whole().start())) {
            Optional<Speaker> previous = sentenceIndex > 0 ? Clauses.sentenceSpeaker(text, sentenceIndex - 1, context) : Optional.empty();
            return previous.filter(Speaker::isResolved).map(s -> new CuedSpeaker(s, null)).orElse(null);
        }
        if (sentenceIndex > 0) {
            // "'A,' he said. 'B.'": the second half goes to the first half's speaker, resolved or not
            Optional<Speaker> previous = Clauses.sentenceSpeaker(text, sentenceIndex - 1, context)
                    .or(() -> actor(text, sentenceIndex - 1, context));
            if (previous.isPresent()) {
                return new CuedSpeaker(previous.get(), null);
            }
        }
        // "'A,' said Walker. <a sentence about her, no cue> 'B.'": the paragraph's last quotation, a sentence further back
        return context.lastQuotation()
                .filter(q -> text.sentenceAt(q.quote().end() - 1) >= sentenceIndex - 2)
                .filter(q -> text.text().substring(q.quote().end(), quote.whole().start()).indexOf('\n') < 0)
                .map(q -> new CuedSpeaker(q.speaker(), null)).orElse(null);
    }
}
