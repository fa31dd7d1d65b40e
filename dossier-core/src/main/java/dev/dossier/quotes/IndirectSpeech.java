package dev.dossier.quotes;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.EntityType;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reported speech without quotation marks: "Lavrov said (that) Putin is ready to meet ...",
 * "... ready to meet, Lavrov said.", "..., according to South Korea." The content is the reported
 * clause; sentences holding a quotation are left to the quote rules, unless the quoted words are
 * only a title ("said they had watched 'The Last Ferry Home'"). A statement with no
 * identifiable speaker is not reported.
 */
final class IndirectSpeech {

    private static final int MIN_CONTENT_TOKENS = 4;
    /** Cues that take a clause without "that": "Lavrov said Putin is ready". Others need "that". */
    private static final Set<String> BARE_CLAUSE_CUES = Set.of(
            "said", "says", "say", "added", "adds", "insisted", "insists", "warned", "warns", "claimed", "claims", "believes",
            "believe", "believed", "stated", "argued", "argues", "noted", "notes", "suggested", "suggests", "acknowledged",
            "admitted", "predicted", "wrote", "writes", "declared", "stressed", "maintained", "maintains", "reiterated",
            "conceded", "confirmed", "announced", "told", "tells");
    private static final int THAT_REACH = 7;
    /** How many words may follow the cue of "CLAUSE, X said ...": a day, an addressee, a medium ("told reporters on Monday"). */
    private static final int TAIL_AFTER_CUE = 6;
    /** How far a "that" may stand from its cue behind a phrase of place or time without a verb. */
    private static final int FAR_THAT_REACH = 14;
    private static final Set<String> TIME_WORDS = Set.of("on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight", "late", "early", "last", "night", "morning", "evening", "afternoon");

    private IndirectSpeech() {}

    static List<Attribution> find(AnnotatedText text, ArticleContext context) {
        List<Attribution> found = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int s = 0; s < text.sentences().size(); s++) {
            Sentence sentence = text.sentences().get(s);
            if (sentence.endToken() == sentence.firstToken() || overlapsQuote(text, sentence, context)) {
                continue;
            }
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                Token token = tokens.get(i);
                Optional<Attribution> attribution = Cues.isAccordingTo(tokens, i) ? accordingTo(text, sentence, i, context)
                        : Cues.isSpeech(token) && token.isVerb() && !token.pos().equals("VBG") && !token.pos().equals("VBN")
                        ? reported(text, sentence, i, context) : Optional.empty();
                if (attribution.isPresent()) {
                    found.add(attribution.get());
                    break;
                }
            }
        }
        return found;
    }

    private static boolean overlapsQuote(AnnotatedText text, Sentence sentence, ArticleContext context) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            if (context.insideStatement(text.tokens().get(i).span())) {
                return true;
            }
        }
        return false;
    }

    /** "X said (on Monday) that CLAUSE." or "CLAUSE, X said." */
    private static Optional<Attribution> reported(AnnotatedText text, Sentence sentence, int cue, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int last = lastWord(text, sentence, context);
        Optional<Attribution> before = clauseBefore(text, sentence, cue, last, context);
        if (before.isPresent()) {
            return before;
        }
        Optional<Speaker> speaker = Clauses.subjectOf(text, cue, sentence.firstToken(), context);
        if (speaker.isEmpty()) {
            if (cue > sentence.firstToken() && tokens.get(cue - 1).pos().equals(",") && last - cue <= 6) {
                Optional<Speaker> after = SpeakerPhrases.read(text, cue + 1, last + 1, context, false);
                if (after.isPresent() && cue - 1 - sentence.firstToken() >= MIN_CONTENT_TOKENS) {
                    return Optional.of(attribution(text, sentence.firstToken(), cue - 1, cue, after.get(), context));
                }
            }
            return Optional.empty();
        }
        int start = cue + 1;
        for (int i = cue + 1; i < Math.min(last, cue + THAT_REACH); i++) {
            if (tokens.get(i).word().toLowerCase(Locale.ROOT).equals("that")) {
                start = i + 1;
                break;
            }
        }
        if (start == cue + 1) {
            start = thatAfterAdverbial(tokens, cue, last).orElse(start);
        }
        if (start == cue + 1 && start < last && tokens.get(start).pos().equals(":")) {
            start++; // "wrote: the border stays shut": the colon introduces the content
        }
        while (start == cue + 1 && start < last && isTimeWord(tokens.get(start)) && !isPossessive(tokens.get(start + 1))) {
            start++; // "said Friday there are no plans": the day dates the statement, it is not its content
        }
        String cueWord = tokens.get(cue).word().toLowerCase(Locale.ROOT);
        if (!startsClause(tokens, cue, start) && (isObjectTaking(tokens.get(cue)) || !BARE_CLAUSE_CUES.contains(cueWord))) {
            return Optional.empty(); // "told reporters", "posted it": no clause we can delimit without "that"
        }
        if (last + 1 - start < MIN_CONTENT_TOKENS || !hasVerb(tokens, start, last + 1)) {
            return Optional.empty();
        }
        return Optional.of(attribution(text, withComplementizer(tokens, cue, start), last + 1, cue, speaker.get(), context));
    }

    /**
     * "CLAUSE, X said (on Monday).", "CLAUSE, X told reporters, ...": the reported clause before the
     * comma that sets off the speaker. Only adverbs and auxiliaries stand between the speaker and
     * the cue ("X also said", "X has said"); the words after the cue say when, where or to whom, with
     * no verb among them, up to the sentence's end or a comma ("Lavrov said on Wednesday, but only
     * after ..."), and not a colon, after which what was said follows. Where the cue interrupts the
     * clause ("The plan, she said, is dead"), the part before it is the content. Words without a
     * finite verb ("In a post issued on Monday, X wrote"), or a clause that opens with a subordinator
     * or a participle ("When the talks ended, ...", "Asked about it, ...") report nothing.
     */
    private static Optional<Attribution> clauseBefore(AnnotatedText text, Sentence sentence, int cue, int last, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int first = sentence.firstToken();
        int subjectEnd = cue;
        while (subjectEnd > first && (tokens.get(subjectEnd - 1).pos().equals("RB") || Clauses.isAuxiliaryOrModal(tokens.get(subjectEnd - 1)))) {
            subjectEnd--;
        }
        int comma = subjectEnd - 1;
        while (comma > first && !tokens.get(comma).pos().equals(",")) {
            if (Clauses.isBoundary(tokens.get(comma)) || tokens.get(comma).isVerb()) {
                return Optional.empty();
            }
            comma--;
        }
        if (comma <= first || comma + 1 >= subjectEnd || comma - first < MIN_CONTENT_TOKENS) {
            return Optional.empty();
        }
        int tail = cue + 1;
        while (tail <= last && !tokens.get(tail).pos().equals(",")) {
            if (tokens.get(tail).isVerb() || tokens.get(tail).pos().equals(":") || tail - cue > TAIL_AFTER_CUE) {
                return Optional.empty(); // "In a post on Monday, X wrote:": what was written follows
            }
            tail++;
        }
        Token opening = tokens.get(first);
        if (Clauses.isBoundary(opening) || opening.pos().equals("VBN") || opening.pos().equals("VBG") || !Clauses.hasFiniteVerb(tokens, first, comma)) {
            return Optional.empty();
        }
        int contentEnd = comma;
        return SpeakerPhrases.read(text, comma + 1, subjectEnd, context)
                .map(speaker -> attribution(text, first, contentEnd, cue, speaker, context));
    }

    /** "CLAUSE, according to SOURCE." or "According to SOURCE, CLAUSE." */
    private static Optional<Attribution> accordingTo(AnnotatedText text, Sentence sentence, int according, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int last = lastWord(text, sentence, context);
        int end = according + 2;
        while (end <= last && !tokens.get(end).pos().equals(",")) {
            end++;
        }
        int named = namedInApposition(text, end, last);
        Optional<Speaker> speaker = named > end
                ? SpeakerPhrases.read(text, according + 2, named, context, false).filter(s -> s.kind() == SpeakerKind.NAMED)
                : Optional.empty();
        if (speaker.isPresent()) {
            end = named; // "according to the commander of the drone forces, Ola Brandt, ...": the name set off after the role
        } else {
            speaker = SpeakerPhrases.read(text, according + 2, end, context, false);
        }
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        boolean commaBefore = according > sentence.firstToken() && tokens.get(according - 1).pos().equals(",");
        if (commaBefore && according - 1 - sentence.firstToken() >= MIN_CONTENT_TOKENS) {
            return Optional.of(attribution(text, sentence.firstToken(), according - 1, according, speaker.get(), context));
        }
        if (according == sentence.firstToken() && end < last && last + 1 - (end + 1) >= MIN_CONTENT_TOKENS) {
            return Optional.of(attribution(text, end + 1, last + 1, according, speaker.get(), context));
        }
        return Optional.empty();
    }

    /**
     * The end of a person's name that follows the comma at {@code comma} and stands alone up to the
     * next comma or the sentence's end, the name a role before the comma is given in apposition;
     * {@code comma} when there is none.
     */
    private static int namedInApposition(AnnotatedText text, int comma, int last) {
        List<Token> tokens = text.tokens();
        if (comma > last || !tokens.get(comma).pos().equals(",")) {
            return comma;
        }
        int end = comma + 1;
        while (end <= last && !tokens.get(end).pos().equals(",")) {
            end++;
        }
        int phraseEnd = end;
        boolean person = text.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON
                && m.firstToken() == comma + 1 && m.endToken() == phraseEnd);
        return person ? end : comma;
    }

    private static Attribution attribution(AnnotatedText text, int from, int to, int cue, Speaker speaker, ArticleContext context) {
        List<Token> tokens = text.tokens();
        TextSpan content = new TextSpan(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        TextSpan cueSpan = Cues.isAccordingTo(tokens, cue) ? Cues.accordingToSpan(tokens, cue) : tokens.get(cue).span();
        context.spoke(speaker, content.start());
        return new Attribution(QuoteKind.INDIRECT, content, cueSpan, speaker.source(), speaker.kind(), speaker.resolved());
    }

    /**
     * The first token after a "that" further from the cue than {@link #THAT_REACH}, when only a phrase
     * without a verb stands between ("said in a post on her campaign's website Monday that ..."): the
     * phrase says where or when, and the clause is what was said. Not a "that" a verb follows, which
     * opens a relative clause of the phrase ("in the report that was released Monday").
     */
    private static Optional<Integer> thatAfterAdverbial(List<Token> tokens, int cue, int last) {
        for (int i = cue + 1; i < Math.min(last, cue + FAR_THAT_REACH); i++) {
            Token token = tokens.get(i);
            if (token.isVerb() || token.pos().equals(",") || token.pos().equals(":")) {
                return Optional.empty();
            }
            if (i >= cue + THAT_REACH && token.word().equalsIgnoreCase("that")) {
                // "in the report that was released": a "that" with a verb right after it opens a relative clause
                return tokens.get(i + 1).isVerb() ? Optional.empty() : Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /**
     * The content's first token with its "that" ("said that the date stands"): the complement clause
     * as a whole is what was reported, and PolNeAR marks it so; a reader loses nothing by the word.
     */
    static int withComplementizer(List<Token> tokens, int cue, int start) {
        return startsClause(tokens, cue, start) ? start - 1 : start;
    }

    /** Whether the content was introduced by "that" (rather than following the cue or a day directly). */
    static boolean startsClause(List<Token> tokens, int cue, int start) {
        return start > cue + 1 && tokens.get(start - 1).word().equalsIgnoreCase("that");
    }

    /** "said Thursday's speeches ...": the day is the clause's subject, not the date of the saying. */
    private static boolean isPossessive(Token token) {
        return token.word().equals("'s") || token.word().equals("’s");
    }

    private static boolean isTimeWord(Token token) {
        return TIME_WORDS.contains(token.word().toLowerCase(Locale.ROOT));
    }

    private static boolean isObjectTaking(Token cue) {
        String word = cue.word().toLowerCase(Locale.ROOT);
        return word.startsWith("tol") || word.startsWith("tell") || word.startsWith("ask") || word.startsWith("urg")
                || word.startsWith("assur") || word.startsWith("promis") || word.startsWith("warn");
    }

    private static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last token of the sentence before its final punctuation, or the closing mark of a title
     * the sentence ends on ("... referred to themselves as 'The Glass Ceiling Club.'").
     */
    private static int lastWord(AnnotatedText text, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int last = sentence.endToken() - 1;
        while (last > sentence.firstToken() && (tokens.get(last).pos().equals(".") || Clauses.isQuoteMark(tokens.get(last)))) {
            if (Clauses.isQuoteMark(tokens.get(last)) && context.closesTitle(tokens.get(last).span())) {
                return last;
            }
            last--;
        }
        return last;
    }
}
