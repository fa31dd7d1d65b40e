package dev.dossier.quotes;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.EntityType;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Speakers credited by punctuation rather than by a cue after the quotation: the clause before a
 * colon that introduces it ("Mr. Christie gloated: '...'"), a name alone before the colon of a
 * headline ("Reid: '...'"), with the whole rest of the headline's line ("Reid: Orsk mill 'will stay open'"), a name
 * after a dash that follows it ("'...' — Sonya Herridge").
 * Stateless helpers for {@link RuleAttributor}.
 */
final class Credits {

    /** How many words a source after "From" may take before its colon: "From the harbour board's annual report:". */
    private static final int FROM_REACH = 8;

    /** The most tokens of a speaker's line credit before its colon: "Former secretary of state Ola Brandt (D-Orsk):". */
    private static final int LINE_CREDIT_TOKENS = 14;

    private Credits() {}

    /**
     * "Mr. Christie gloated: '...'", "As Tom Ridge put it: '...'": a quotation a colon introduces
     * is the words of the subject of the clause before the colon, whatever its verb; after an
     * inverted cue ("Continued Stone: '...'") the name after it. With no verb at all, a name alone
     * before the colon at the start of its line is the speaker, as in headlines ("Reid: '...'",
     * "... overhype - HuffPollster: '...'").
     */
    static CuedSpeaker afterColon(AnnotatedText text, int first, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int colon = first - 1;
        if (first <= sentence.firstToken() || !tokens.get(colon).word().equals(":")) {
            return null;
        }
        CuedSpeaker from = fromCredit(text, colon, sentence, context);
        if (from != null) {
            return from;
        }
        for (int i = first - 2; i >= sentence.firstToken(); i--) {
            Token token = tokens.get(i);
            if (context.insideQuote(token.span()) || Clauses.isQuoteMark(token)) {
                return null;
            }
            if (token.word().equals("-") || token.word().equals("—") || token.word().equals("–")) {
                return headlineName(text, colon, sentence, context); // "HEADLINE WORDS - Ola Brandt and Ivo Pirelli: '...'"
            }
            if (token.isVerb() && !(token.word().equalsIgnoreCase("following") && tokens.get(i - 1).word().equalsIgnoreCase("the"))) {
                int verb = governing(tokens, i, sentence);
                Optional<Speaker> subject = Clauses.subjectOf(text, verb, sentence.firstToken(), context);
                if (subject.isEmpty() && Cues.isSpeech(token)) {
                    subject = SpeakerPhrases.read(text, i + 1, colon, context, false).filter(s -> s.kind() == SpeakerKind.NAMED);
                }
                return subject.map(s -> new CuedSpeaker(s, token.span())).orElse(null);
            }
        }
        CuedSpeaker name = headlineName(text, colon, sentence, context);
        return name != null ? name : lineCredit(text, colon, context);
    }

    /**
     * "From the report: '...'", "More from Brandt and Pirelli: '...'": "from" opening a sentence
     * (or after "more") and a colon name the source of the quotation after it, a document as
     * well as a person.
     */
    private static CuedSpeaker fromCredit(AnnotatedText text, int colon, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        for (int i = colon - 1; i >= sentence.firstToken() && colon - i <= FROM_REACH; i--) {
            Token token = tokens.get(i);
            if (token.isVerb() || token.pos().equals(",") || context.insideQuote(token.span()) || Clauses.isQuoteMark(token)) {
                return null;
            }
            if (token.word().equalsIgnoreCase("from")) {
                boolean opens = i == sentence.firstToken() || tokens.get(i - 1).word().toLowerCase(Locale.ROOT).endsWith("more")
                        || Clauses.isDash(tokens.get(i - 1));
                int end = i + 1;
                while (end < colon && !tokens.get(end).pos().equals("POS")) {
                    end++; // "From Brandt's blog post:": the owner of the words is their source
                }
                return opens && i + 1 < end
                        ? SpeakerPhrases.read(text, i + 1, end, context, true, true).map(s -> new CuedSpeaker(s, null)).orElse(null)
                        : null;
            }
        }
        return null;
    }

    /**
     * "Rep. Ola Brandt (R-S.C.): '...'", "Former harbour master Ivo Pirelli: '...'": a line that opens
     * with a person's name, maybe after a role and before a party in brackets, and no verb, credits
     * the quotation after its colon to that person, as transcripts and lists of reactions do. Not
     * in the text's first line, its headline.
     */
    private static CuedSpeaker lineCredit(AnnotatedText text, int colon, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int start = colon;
        while (start > 0 && colon - start < LINE_CREDIT_TOKENS && !lineBreakBefore(text, start)) {
            start--;
        }
        if (start == colon || start == 0 || !lineBreakBefore(text, start)) {
            return null; // a headline's title case hides its verbs: "Mayor Praises Harbour Master Ivo Pirelli: '...'"
        }
        int end = colon;
        if (tokens.get(end - 1).word().equals(")") || tokens.get(end - 1).word().equals("-RRB-")) {
            while (end > start && !tokens.get(end - 1).word().equals("(") && !tokens.get(end - 1).word().equals("-LRB-")) {
                end--;
            }
            end--; // the opening bracket
        }
        for (int i = start; i < end; i++) {
            Token token = tokens.get(i);
            boolean preposition = token.pos().equals("IN") && !token.word().equalsIgnoreCase("of"); // "CNN chief on Ivo Pirelli:"
            if (token.isVerb() || preposition || context.insideQuote(token.span()) || Clauses.isQuoteMark(token)) {
                return null;
            }
        }
        if (end <= start) {
            return null;
        }
        TextSpan phrase = new TextSpan(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
        boolean endsWithPerson = text.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON
                && m.span().end() == phrase.end() && m.span().start() >= phrase.start());
        if (!endsWithPerson) {
            return null;
        }
        return SpeakerPhrases.read(text, start, end, context, true)
                .filter(s -> s.kind() == SpeakerKind.NAMED)
                .map(s -> new CuedSpeaker(s, null)).orElse(null);
    }

    /** Whether token {@code i} opens a line: the text's first token, or a line break before it. */
    private static boolean lineBreakBefore(AnnotatedText text, int i) {
        return i == 0 || text.text().substring(text.tokens().get(i - 1).span().end(), text.tokens().get(i).span().start()).indexOf('\n') >= 0;
    }

    /**
     * The verb whose subject an infinitive shares ("She went on to say:", "The letter goes on to
     * say:"): the finite verb before its "to", else the verb itself.
     */
    private static int governing(List<Token> tokens, int verb, Sentence sentence) {
        if (!tokens.get(verb).pos().equals("VB") || verb - 1 <= sentence.firstToken() || !tokens.get(verb - 1).pos().equals("TO")) {
            return verb;
        }
        for (int i = verb - 2; i >= sentence.firstToken() && verb - i <= 5; i--) {
            String pos = tokens.get(i).pos();
            if (pos.equals(",") || pos.equals(":")) {
                break;
            }
            if (tokens.get(i).isFinite()) {
                return i;
            }
        }
        return verb;
    }

    /**
     * Whether the clause before colon {@code colon} announces what follows it ("issued the
     * following statement:", "describes itself in the following way:", "as follows:"), which
     * introduces the next paragraph's quotation as surely as a cue does.
     */
    static boolean announcesWhatFollows(AnnotatedText text, int colon) {
        List<Token> tokens = text.tokens();
        Sentence sentence = Clauses.sentenceOf(text, colon);
        for (int i = colon - 1; i >= sentence.firstToken() && colon - i <= 8; i--) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (word.equals("following") && i > sentence.firstToken() && tokens.get(i - 1).word().equalsIgnoreCase("the")
                    || word.equals("follows") && tokens.get(i - 1).word().equalsIgnoreCase("as")) {
                return true;
            }
        }
        return false;
    }

    /** Subordinating words that make the clause before a comma a circumstance, not the quotation's speaker: "When he arrived, '...'". */
    private static final Set<String> SUBORDINATE = Set.of("if", "when", "after", "before", "because", "although", "while",
            "once", "since", "until", "unless", "though", "whenever", "where", "as");
    /** How far before the comma the verb of a clause that introduces a quotation may stand ("released a short statement,"). */
    private static final int COMMA_REACH = 6;

    /**
     * "Kolber cracked, '...'", "Brandt released a statement, '...'", "Said Ivo Pirelli, '...'": a
     * full quotation after a comma is the words of the subject of the clause the comma closes,
     * whatever its verb, when that verb is finite, reports (not "was asked") and stands in a main
     * clause a few words before the comma; a speech verb opening the sentence names its speaker
     * after it. {@code null} otherwise.
     */
    static CuedSpeaker afterComma(AnnotatedText text, QuoteMarks.Found quote, int first, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        String words = quote.content().of(text.text());
        if (first - 1 <= sentence.firstToken() || !tokens.get(first - 1).word().equals(",") || words.isEmpty()
                || !Character.isUpperCase(words.charAt(0))) {
            return null;
        }
        Token opening = tokens.get(sentence.firstToken());
        if (first - 1 - sentence.firstToken() <= 16 && Cues.isSpeechWord(opening) && Character.isUpperCase(opening.word().charAt(0))) {
            // "Said Ivo Pirelli, who grew up there, '...'": the inverted cue, the speaker after it
            CuedSpeaker named = SpeakerAfterCue.read(text, sentence.firstToken() + 1, sentence, context, opening, false);
            return named != null && named.speaker().kind() == SpeakerKind.NAMED ? named : null;
        }
        for (int i = first - 2; i >= sentence.firstToken() && first - 1 - i <= COMMA_REACH; i--) {
            Token token = tokens.get(i);
            if (context.insideQuote(token.span()) || Clauses.isQuoteMark(token) || token.pos().equals(",") || token.pos().equals(":")) {
                return null;
            }
            if (!token.pos().equals("VBD") && !token.pos().equals("VBZ") && !token.pos().equals("VBP")) {
                continue;
            }
            if (!TrailingWords.isReportingVerb(token) || subordinate(text, i, sentence) || relative(text, i, sentence)) {
                return null; // "Brandt was asked, '...'", "When she arrived, '...'", "Brandt, who grew up there, '...'"
            }
            return Clauses.subjectOf(text, i, sentence.firstToken(), context).map(s -> new CuedSpeaker(s, token.span())).orElse(null);
        }
        return null;
    }

    /** Whether verb {@code i} stands in a relative clause: "who grew up there". */
    private static boolean relative(AnnotatedText text, int i, Sentence sentence) {
        int start = Clauses.clauseStart(text, i, sentence.firstToken());
        return start > sentence.firstToken() && text.tokens().get(start - 1).word().toLowerCase(Locale.ROOT).matches("who|whom|which|that");
    }

    /** Whether verb {@code i} stands in a clause a subordinating word opens, from the sentence's start. */
    private static boolean subordinate(AnnotatedText text, int i, Sentence sentence) {
        List<Token> tokens = text.tokens();
        for (int j = sentence.firstToken(); j < i; j++) {
            Token token = tokens.get(j);
            boolean opensClause = j == sentence.firstToken() || tokens.get(j - 1).pos().equals(",");
            if (opensClause && (SUBORDINATE.contains(token.word().toLowerCase(Locale.ROOT)) || token.pos().equals("WRB"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Brandt: Orsk mill 'will stay open'": in a text's headline, its first line, a name alone before
     * a colon credits the whole rest of the line to that name, not only the words in marks; empty
     * when the quotation is not in such a headline or the marks hold the whole rest of the line.
     */
    static Optional<Attribution> headline(AnnotatedText text, QuoteMarks.Found quote, ArticleContext context) {
        String raw = text.text();
        int lineEnd = raw.indexOf('\n');
        lineEnd = lineEnd < 0 ? raw.length() : lineEnd;
        if (quote.whole().end() > lineEnd) {
            return Optional.empty();
        }
        List<Token> tokens = text.tokens();
        int colon = 0;
        while (colon < tokens.size() && tokens.get(colon).span().end() <= quote.whole().start() && !tokens.get(colon).word().equals(":")) {
            colon++;
        }
        if (colon >= tokens.size() || tokens.get(colon).span().end() > quote.whole().start()) {
            return Optional.empty();
        }
        CuedSpeaker name = headlineName(text, colon, Clauses.sentenceOf(text, colon), context);
        int start = tokens.get(colon).span().end();
        int end = lineEnd;
        while (start < end && Character.isWhitespace(raw.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(raw.charAt(end - 1)) || ";,:".indexOf(raw.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (name == null || (start >= quote.whole().start() && end <= quote.whole().end())) {
            return Optional.empty();
        }
        Speaker speaker = name.speaker();
        context.spoke(speaker, quote.whole().start());
        return Optional.of(new Attribution(QuoteKind.DIRECT, new TextSpan(start, end), null, speaker.source(), speaker.kind(),
                speaker.resolved()));
    }

    /**
     * "Reid: '...'", "... - Ola Brandt and Ivo Pirelli: '...'": a name (or two joined by "and") of at
     * most seven words between the start of its line (or a dash) and a colon.
     */
    private static CuedSpeaker headlineName(AnnotatedText text, int colon, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int start = colon;
        while (start > sentence.firstToken() && colon - start < 7 && (tokens.get(start - 1).isProperNoun()
                || tokens.get(start - 1).pos().equals("POS") || tokens.get(start - 1).word().equals("and"))) {
            start--;
        }
        if (start == colon) {
            return null;
        }
        boolean opensLine = start == sentence.firstToken() || "-—–".contains(tokens.get(start - 1).word())
                || lineBreakBefore(text, start);
        if (!opensLine) {
            return null;
        }
        return SpeakerPhrases.read(text, start, colon, context, false)
                .filter(s -> s.kind() == SpeakerKind.NAMED)
                .map(s -> new CuedSpeaker(s, null)).orElse(null);
    }

    /**
     * "“...” — Sonya Herridge": a name after a dash that follows the quotation, on the same line, as
     * in lists of reactions.
     */
    static CuedSpeaker dashCredit(AnnotatedText text, int after, ArticleContext context) {
        List<Token> tokens = text.tokens();
        if (after >= tokens.size() || !"—―–-".contains(tokens.get(after).word()) || tokens.get(after).word().length() != 1) {
            return null;
        }
        int end = after + 1;
        while (end < tokens.size() && end - after <= 5 && (tokens.get(end).isProperNoun() || tokens.get(end).word().equals("."))
                && !lineBreakBefore(text, end)) {
            end++;
        }
        if (end > after + 2 && tokens.get(end - 1).word().equals(".")) {
            end--; // "― Ola Brandt." closes its line with a full stop
        }
        return SpeakerPhrases.read(text, after + 1, end, context, false)
                .filter(s -> s.kind() == SpeakerKind.NAMED)
                .map(s -> new CuedSpeaker(s, tokens.get(after).span())).orElse(null);
    }
}
