package dev.dossier.quotes;

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
 * The speaker credited before a quotation in its sentence, the usual order for a fragment ("Trump
 * said the plan was 'a disaster'", "according to the minister, '...'"). The nearest cue before the
 * quotation, outside other quotations, wins. A finite cue takes its own subject, or the subject
 * before an aside ("Graham, who wants troops sent, tweeted that ..."); a participle or framing cue
 * ("dismissing X as '...'", ", explaining: '...'") has no subject of its own and takes that of the
 * clause it hangs from, else the sentence's main speaker, else the phrase opening the sentence.
 * Stateless.
 */
final class CueBeforeQuote {

    /**
     * Words that open a subordinate clause: its verb is not the one a participle after it hangs from.
     * Not "though" and "although": a concession states a clause of its own, and a participle after it
     * goes on from it ("has been criticized for the term, though last week he used stronger
     * language, saying ...").
     */
    private static final Set<String> SUBORDINATING = Set.of("that", "how", "why", "whether", "if", "because", "when", "where",
            "after", "before", "while", "since", "until", "once");
    /** How far before its verb a subordinating word may stand: "that the fees at the Orsk harbour were ...". */
    private static final int SUBORDINATE_REACH = 9;
    /** Auxiliaries, which may stand between a subordinating word and its clause's verb: "that he had ...". */
    private static final Set<String> AUXILIARY = Set.of("has", "have", "had", "is", "was", "were", "are", "did", "does", "do");
    /** Forms of "be" that make a participle after them passive: "was asked", "were told". */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    /** Participles whose agent passes words on rather than says them: "Varga, quoted by the agency as saying ...". */
    private static final Set<String> NOT_AGENTIVE = Set.of("quoted", "cited", "reported", "paraphrased");
    /** How many words after a passive cue its "by" may come: "was asked on Sunday by the host". */
    private static final int AGENT_REACH = 4;
    /** How many words may stand between "with" and the participle whose subject they are. */
    private static final int WITH_REACH = 10;
    /** Prepositions that may stand inside the noun phrase after "with": "with the campaign of the senator from Orsk calling it". */
    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("of", "from", "in", "at");

    private CueBeforeQuote() {}

    /** The speaker and cue before the quotation whose first token is {@code first}; {@code null} if none. */
    static CuedSpeaker find(AnnotatedText text, int first, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        boolean bracketClosed = false;
        for (int i = first - 1; i >= sentence.firstToken(); i--) {
            Token token = tokens.get(i);
            if (context.insideQuote(token.span())) {
                continue; // an earlier quotation in the same sentence: its words are not cues
            }
            bracketClosed |= token.pos().equals("-RRB-") || token.word().equals(")");
            if (bracketClosed && byAgent(tokens, i)) {
                continue; // "(the mood proclaimed by Varga in 1968) or the 'Orsk' vote": the aside closed before the quotation
            }
            if (i + 1 < tokens.size() && Cues.isAccordingTo(tokens, i)) {
                CuedSpeaker found = SpeakerAfterCue.read(text, i + 2, sentence, context, token, introduces(tokens, i + 2, first));
                if (found != null) {
                    return found;
                }
                continue;
            }
            if (Cues.isCue(token)) {
                CuedSpeaker found = speakerOf(text, i, sentence, context);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * The speaker of the statement {@code content} when the cue of {@code found} stands inside it:
     * "Kolber said Sunday that he believed the mill was 'a ruin'" reports all Kolber said, so its
     * speaker is the subject of "said", not the "he" of the clause "said" reports. The nearest cue
     * before the statement gives the speaker; {@code found} stands when there is none or it names
     * no one.
     */
    static CuedSpeaker reporting(AnnotatedText text, TextSpan content, CuedSpeaker found, Sentence sentence,
            ArticleContext context) {
        TextSpan cue = found.cue();
        if (cue == null) {
            return found;
        }
        if (cue.start() < content.start() || cue.end() > content.end()) {
            return cue.end() <= content.start() ? governing(text, found, sentence, context) : found;
        }
        List<Token> tokens = text.tokens();
        for (int i = Clauses.tokenAtOrAfter(text, content.start()) - 1; i >= sentence.firstToken(); i--) {
            Token token = tokens.get(i);
            if (context.insideQuote(token.span()) || Clauses.isQuoteMark(token) || token.word().equals(";") || token.word().equals(":")) {
                return found;
            }
            if (Cues.isCue(token)) {
                CuedSpeaker outer = speakerOf(text, i, sentence, context);
                return outer == null ? found : outer;
            }
        }
        return found;
    }

    /**
     * "Yepez said Perez was right to urge them 'to stand up'": a cue in the clause a finite speech
     * verb before it reports, with no punctuation, conjunction or subordinating word but "that"
     * between, is part of what that verb's subject says.
     */
    private static CuedSpeaker governing(AnnotatedText text, CuedSpeaker found, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int cue = Clauses.tokenAtOrAfter(text, found.cue().start());
        for (int i = cue - 1; i >= sentence.firstToken(); i--) {
            Token token = tokens.get(i);
            String pos = token.pos();
            if (context.insideQuote(token.span()) || Clauses.isQuoteMark(token) || pos.equals(",") || pos.equals(":")
                    || pos.equals("CC") || token.word().equals(";") || pos.startsWith("W")
                    || pos.equals("IN") && !token.word().equalsIgnoreCase("that")) { // "said as the heckler yelled", "said before adding"
                return found;
            }
            if (Cues.isSpeech(token) && (token.isFinite() || pos.equals("VBG"))) {
                CuedSpeaker outer = speakerOf(text, i, sentence, context);
                return outer == null ? found : outer;
            }
        }
        return found;
    }

    /**
     * Whether the phrase from {@code from} runs up to a comma right before the quotation opening at
     * {@code first} ("According to the newspaper, '...'"): then it stands in a speaker's place, and
     * a phrase that only describes the source counts as one, as it does right after "said".
     */
    private static boolean introduces(List<Token> tokens, int from, int first) {
        int comma = first - 1;
        while (comma > from && Clauses.isQuoteMark(tokens.get(comma))) {
            comma--;
        }
        if (comma <= from || !tokens.get(comma).pos().equals(",")) {
            return false;
        }
        for (int i = from; i < comma; i++) {
            if (tokens.get(i).pos().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** The speaker of cue {@code i} before a quotation, by the kinds of cue the class comment lists. */
    private static CuedSpeaker speakerOf(AnnotatedText text, int i, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        Token token = tokens.get(i);
        if (isPassive(tokens, i, sentence)) {
            return agent(text, i, sentence, context);
        }
        Optional<Speaker> pronoun = token.pos().equals("VBG") ? Optional.empty() : Clauses.pronounSubject(text, i, sentence.firstToken(), context);
        if (pronoun.isPresent()) {
            return new CuedSpeaker(pronoun.get(), token.span()); // "When Brandt opened the mill, she called it '...'"
        }
        Optional<Speaker> aside = Clauses.asideSubject(text, i, sentence.firstToken(), context);
        if (aside.isPresent() && !token.pos().equals("VBG")) {
            return new CuedSpeaker(aside.get(), token.span()); // "Graham, who wants troops sent, tweeted that ..."
        }
        // a framing verb with a relative pronoun before its subject has that subject: "whom he described as '...'"
        boolean relative = i > sentence.firstToken() + 1 && tokens.get(i - 1).pos().equals("PRP")
                && tokens.get(i - 2).word().toLowerCase(Locale.ROOT).matches("whom|which|who|that|what");
        if (relative && !token.pos().equals("VBG") && tokens.get(i - 2).pos().startsWith("W")) {
            // "whom he described as '...'", "what she called '...'": the pronoun after the relative word, not a name before it
            Optional<Speaker> relativeSubject = SpeakerPhrases.read(text, i - 1, i, context);
            if (relativeSubject.isPresent()) {
                return new CuedSpeaker(relativeSubject.get(), token.span());
            }
        }
        boolean ownSubject = isFinite(tokens, i, sentence) && !reported(tokens, i, sentence, context);
        boolean afterComma = i > sentence.firstToken() && tokens.get(i - 1).pos().equals(",");
        if (afterComma && ownSubject && token.isFinite()
                && !Clauses.hasFiniteVerb(tokens, Clauses.clauseStart(text, i, sentence.firstToken()), i)) {
            // "The alliance's secretary-general, Annelie Marstrand, called the news '...'": a name in apposition before a finite
            // cue; not a list of verbs sharing a subject, whose words before the comma hold a verb ("Graham slams Trump, praises ...")
            Optional<Speaker> apposed = Clauses.subjectOf(text, i, sentence.firstToken(), context)
                    .filter(s -> s.kind() == SpeakerKind.NAMED);
            if (apposed.isPresent()) {
                return new CuedSpeaker(apposed.get(), token.span());
            }
        }
        boolean participle = token.pos().equals("VBG") || (Cues.isFraming(token) && !relative && !ownSubject) || afterComma;
        if (!participle) {
            Optional<Speaker> subject = Clauses.subjectOf(text, i, sentence.firstToken(), context);
            if (subject.isPresent()) {
                return new CuedSpeaker(subject.get(), token.span());
            }
        }
        if (token.pos().equals("VBG")) {
            Optional<Speaker> absolute = withSubject(text, i, sentence, context);
            if (absolute.isPresent()) {
                return new CuedSpeaker(absolute.get(), token.span());
            }
            CuedSpeaker governing = mainClauseSubject(text, i, sentence, context);
            if (governing != null) {
                return new CuedSpeaker(governing.speaker(), token.span());
            }
        }
        Optional<Speaker> main = Clauses.sentenceSpeaker(text, token.sentence(), context);
        if (main.isPresent()) {
            return new CuedSpeaker(main.get(), token.span());
        }
        // "One news account described the mayor as '...'": before the cue itself, the phrase opening the sentence is its subject
        int verb = firstVerb(text, sentence);
        return SpeakerPhrases.read(text, sentence.firstToken(), verb, context, true, verb == i)
                .map(s -> new CuedSpeaker(s, token.span())).orElse(null);
    }

    /**
     * Whether cue {@code i} is a passive participle ("Kolber was asked", "the workers were told",
     * "the plan, described by Varga as '...'"): its subject is who was addressed or described, not
     * who spoke. A participle with an agent that opens the sentence ("Asked by Brandt whether ...,
     * Varga said") sets up the main clause, whose own cue speaks.
     */
    private static boolean isPassive(List<Token> tokens, int i, Sentence sentence) {
        return tokens.get(i).pos().equals("VBN") && BE.contains(wordBeforeAdverbs(tokens, i, sentence))
                || i > sentence.firstToken() && byAgent(tokens, i);
    }

    /**
     * Whether cue {@code i} is a participle with its agent right after it, without "was" before:
     * "the plan, described by Varga as '...'", "the deal hailed by Brandt as '...'" (the tagger
     * often reads such a participle as a past tense). "Quoted" and "cited" keep their subject as
     * the speaker: in "Varga, quoted by the agency as saying '...'" Varga speaks.
     */
    static boolean byAgent(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return (token.pos().equals("VBN") || token.pos().equals("VBD")) && i + 2 < tokens.size()
                && tokens.get(i + 1).word().equalsIgnoreCase("by") && !NOT_AGENTIVE.contains(token.word().toLowerCase(Locale.ROOT));
    }

    /** The lower-cased word before token {@code i} and any adverbs right before it ("was (later) asked"), or "" at the sentence's start. */
    private static String wordBeforeAdverbs(List<Token> tokens, int i, Sentence sentence) {
        int before = Clauses.beforeAdverbs(tokens, i, sentence.firstToken());
        return before >= sentence.firstToken() ? tokens.get(before).word().toLowerCase(Locale.ROOT) : "";
    }

    /**
     * "Kolber was asked by the host, Ola Brandt, '...?'": the speaker of a passive cue is the
     * agent after "by"; with none, the speaker is not in the sentence, and nothing is taken.
     */
    private static CuedSpeaker agent(AnnotatedText text, int cue, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        for (int i = cue + 1; i < sentence.endToken() && i - cue <= AGENT_REACH; i++) {
            if (tokens.get(i).word().equalsIgnoreCase("by")) {
                return SpeakerAfterCue.read(text, i + 1, sentence, context, tokens.get(cue), true);
            }
            if (tokens.get(i).pos().equals(",") || Clauses.isQuoteMark(tokens.get(i)) || context.insideQuote(tokens.get(i).span())) {
                break;
            }
        }
        return null;
    }

    /**
     * "..., with Sen. Ola Brandt calling it '...'": a participle after "with" and a noun phrase has
     * that phrase for its subject, not the subject of the clause it hangs from.
     */
    private static Optional<Speaker> withSubject(AnnotatedText text, int participle, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        for (int i = participle - 1; i >= sentence.firstToken() && participle - i <= WITH_REACH; i--) {
            Token token = tokens.get(i);
            if (token.word().equalsIgnoreCase("with")) {
                return i + 1 < participle ? SpeakerPhrases.read(text, i + 1, participle, context, true, true) : Optional.empty();
            }
            String pos = token.pos();
            if (!(pos.startsWith("NN") || pos.equals("DT") || pos.equals("POS") || pos.startsWith("JJ") || pos.equals("CD")
                    || pos.equals("PRP$") || pos.equals("CC") || PHRASE_PREPOSITIONS.contains(token.word().toLowerCase(Locale.ROOT))
                    || pos.startsWith("RB") && i == participle - 1)) { // "with Brandt recently calling it"
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a speech cue comes before token {@code i} in its sentence, so that a framing verb at
     * {@code i} stands in the clause that cue reports ("Maddow said that Ivo refers to it as '...'"):
     * the words are the reporter's, whoever the clause's subject is.
     */
    private static boolean reported(List<Token> tokens, int i, Sentence sentence, ArticleContext context) {
        for (int j = sentence.firstToken(); j < i; j++) {
            if (Cues.isSpeech(tokens.get(j)) && !context.insideQuote(tokens.get(j).span())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether verb {@code i} is finite, a framing cue with a subject of its own ("Kolber decried
     * ...", "Kolber has increasingly decried ..."): a past or present tense, or a past participle
     * after "has", "have" or "had" and any adverbs; not a participle after its noun ("a plan
     * called ...") or a passive ("was called ...").
     */
    private static boolean isFinite(List<Token> tokens, int i, Sentence sentence) {
        Token token = tokens.get(i);
        return token.isFinite() || token.pos().equals("VBN") && wordBeforeAdverbs(tokens, i, sentence).matches("has|have|had");
    }

    /**
     * "Christie bristled at the suggestion, saying, '...'": a participle cue shares the subject of
     * the nearest finite verb before it, the clause it hangs from, which stands before the aside
     * when a relative clause between commas interrupts it.
     */
    private static CuedSpeaker mainClauseSubject(AnnotatedText text, int participle, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        for (int i = participle - 1; i >= sentence.firstToken(); i--) {
            Token token = tokens.get(i);
            if (context.insideQuote(token.span())) {
                continue;
            }
            if (token.isFinite() && !opensSubordinate(tokens, i, sentence)) {
                // "Trump, who said last week that ..., issued a statement saying, '...'": the subject before the aside
                int verb = i;
                Optional<Speaker> subject = Clauses.asideSubject(text, verb, sentence.firstToken(), context)
                        .or(() -> Clauses.subjectOf(text, verb, sentence.firstToken(), context));
                return subject.map(s -> new CuedSpeaker(s, token.span())).orElse(null);
            }
        }
        return null;
    }

    /**
     * Whether finite verb {@code verb} stands in a subordinate clause ("bristled at the suggestion
     * that he was to blame, saying ..."): a subordinating word a few words before it, with no comma
     * or other verb between. The participle after such a clause hangs from the main clause's verb.
     */
    private static boolean opensSubordinate(List<Token> tokens, int verb, Sentence sentence) {
        for (int i = verb - 1; i >= sentence.firstToken() && verb - i <= SUBORDINATE_REACH; i--) {
            Token token = tokens.get(i);
            if (token.pos().equals(",") || (token.isVerb() && !AUXILIARY.contains(token.word().toLowerCase(Locale.ROOT)))) {
                return false;
            }
            if (SUBORDINATING.contains(token.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's first verb, or its first token when it has none: the end of the phrase that opens it. */
    static int firstVerb(AnnotatedText text, Sentence sentence) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            if (text.tokens().get(i).isVerb()) {
                return i;
            }
        }
        return sentence.firstToken();
    }
}
