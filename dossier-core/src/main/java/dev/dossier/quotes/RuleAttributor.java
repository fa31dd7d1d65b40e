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
 * Otherwise the speaker stays unknown. Reported speech without marks is {@link IndirectSpeech}'s; speakers credited by a
 * colon or a dash are {@link Credits}'s, the second half of a split quotation {@link SplitQuotes}', the words that open a
 * quotation whose cue follows it {@link LeadIn}'s, quotations typed back to back {@link AdjacentQuotes}' to join.
 * Stateless; one {@link ArticleContext} per text.
 */
final class RuleAttributor implements Attributor {

    private static final int POST_WINDOW = 16;
    private static final int PARTIAL_MAX_WORDS = 6;
    private static final int TITLE_MAX_WORDS = 10;
    /** Words that open a sentence before a comma and an aside cue ("Perhaps, he said, ..."): adverbs, conjunctions, prepositions. */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("RB", "CC", "IN", "UH");
    private static final int THAT_WINDOW = 20;

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
                            .filter(a -> last == null || !last.content().equals(a.content())));
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
        attributions.sort(Comparator.comparingInt(a -> a.content().start()));
        return attributions;
    }

    private Optional<Attribution> quoted(AnnotatedText text, QuoteMarks.Found quote, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int after = Clauses.tokenAtOrAfter(text, quote.whole().end());
        int first = openingToken(text, quote);
        if (first >= tokens.size()) {
            return Optional.empty();
        }
        Sentence openSentence = Clauses.sentenceOf(text, first);
        QuoteKind kind = kind(text, quote, first, openSentence);

        // A fragment belongs to the clause it sits in, whose cue comes first; a full quotation's cue
        // usually follows it.
        Found speaker = kind == QuoteKind.PARTIAL ? beforeQuote(text, first, openSentence, context) : afterQuote(text, quote, after, context);
        if (speaker == null) {
            speaker = kind == QuoteKind.PARTIAL ? afterQuote(text, quote, after, context) : beforeQuote(text, first, openSentence, context);
        }
        if (speaker == null && kind == QuoteKind.DIRECT) {
            speaker = Credits.afterColon(text, first, openSentence, context);
        }
        AsClause.Found as = speaker == null && kind == QuoteKind.DIRECT ? AsClause.before(text, first, openSentence) : null;
        if (as != null) {
            Token verb = tokens.get(as.cue()); // "As Ola Brandt put it, '...'"
            speaker = SpeakerPhrases.read(text, as.subjectStart(), as.verb(), context).map(s -> new Found(s, verb.span())).orElse(null);
        }
        if (speaker == null && kind == QuoteKind.DIRECT && first == openSentence.firstToken() && first > 0
                && tokens.get(first - 1).word().equals(":")) {
            // "Cruz called them on it:" closing one paragraph, the quotation opening the next
            speaker = Credits.afterColon(text, first, Clauses.sentenceOf(text, first - 1), context);
            if (speaker != null && (speaker.cue() == null || !Cues.isCue(tokens.get(Clauses.tokenAtOrAfter(text, speaker.cue().start()))))) {
                speaker = null; // across a paragraph, only a cue is sure to introduce it: not "NBC News has proof:"
            }
        }
        boolean opensSentence = first == openSentence.firstToken() || startsParagraph(text.text(), quote.whole().start());
        if (speaker == null && opensSentence && !TrailingWords.cueFollows(text, after, context)) {
            speaker = neighbour(text, quote, tokens.get(first).sentence(), context);
        }
        String words = quote.content().of(text.text());
        if (isTitle(words) && words.split("\\s+").length <= TITLE_MAX_WORDS && !spoken(text, words, first, after, context)) {
            return Optional.empty(); // the name of a show, a book, a plan: not words anyone said
        }
        if (speaker == null && kind == QuoteKind.PARTIAL) {
            return governed(text, quote, first, openSentence, context);
        }
        if (speaker == null) {
            if (words.endsWith(",") && !TrailingWords.cueFollows(text, after, context) && !TrailingWords.verbFollows(text, after)) {
                return Optional.empty(); // words that promise a cue ("'...,'") and have none: a headline in a list
            }
            if (words.split("\\s+").length <= 3 && !words.matches("(?s).*[!?][.,]?$") && !TrailingWords.cueFollows(text, after, context)
                    && !TrailingWords.verbFollows(text, after)) {
                return Optional.empty(); // a name or a word in marks ("'Guccifer' targeted ..."), said by no one
            }
            return Optional.of(new Attribution(kind, quote.content(), null, null, SpeakerKind.UNKNOWN, null));
        }
        context.spoke(speaker.speaker(), quote.whole().start());
        context.quoted(quote.whole(), speaker.speaker());
        TextSpan content = kind == QuoteKind.PARTIAL ? reportedClause(text, quote, speaker.cue(), openSentence) : quote.content();
        if (speaker.cue() != null && speaker.cue().start() >= quote.whole().end()
                && Cues.isSpeech(tokens.get(Clauses.tokenAtOrAfter(text, speaker.cue().start())))) {
            content = LeadIn.content(text, quote, first, openSentence, context); // "The mill was sold 'for a song,' Tadeo said"
            content = LeadIn.withTail(text, quote, content, speaker.cue(), context); // "'We are frustrated' by it, she said"
        }
        return Optional.of(new Attribution(kind, content, speaker.cue(), speaker.speaker().source(),
                speaker.speaker().kind(), speaker.speaker().resolved()));
    }

    /**
     * The statement a fragment belongs to: "Trump said that voting fraud is 'a big, big problem'"
     * reports the whole clause, not just the quoted words, and "dismissing the plan as 'a trap'"
     * reports "the plan as 'a trap'". When a cue before the fragment in its sentence governs it, the
     * content runs from after the cue (with its "that") to the end of the sentence; otherwise it is
     * the quoted words alone.
     */
    private static TextSpan reportedClause(AnnotatedText text, QuoteMarks.Found quote, TextSpan cue, Sentence sentence) {
        if (cue == null || cue.start() >= quote.whole().start() || cue.start() < sentence.span().start()) {
            return quote.content();
        }
        int cueToken = Clauses.tokenAtOrAfter(text, cue.start());
        if (!Cues.isCue(text.tokens().get(cueToken))) {
            return quote.content();
        }
        return clauseAfter(text, quote, cueToken, sentence);
    }

    /** From after verb {@code cueToken} (with its "that") to the end of the sentence, and at least to the quotation's end. */
    private static TextSpan clauseAfter(AnnotatedText text, QuoteMarks.Found quote, int cueToken, Sentence sentence) {
        List<Token> tokens = text.tokens();
        int start = cueToken + 1;
        // the "that" may come after a long object ("told a town hall in Orsk on Monday that ..."), but not after another verb
        for (int i = cueToken + 1; i < Math.min(sentence.endToken(), cueToken + THAT_WINDOW) && tokens.get(i).span().start() < quote.whole().start(); i++) {
            if (i - cueToken >= 8 && (tokens.get(i).isVerb() || Clauses.isQuoteMark(tokens.get(i)))) {
                break;
            }
            if (tokens.get(i).word().equalsIgnoreCase("that")) {
                start = i + 1;
                break;
            }
        }
        int last = sentence.endToken() - 1;
        // nor the opening mark of the next quotation, which the tagger may leave at the sentence's end
        while (last > start && ((tokens.get(last).pos().equals(".") && !Clauses.isQuoteMark(tokens.get(last)))
                || opensNextQuotation(text.text(), tokens.get(last), quote))) {
            last--;
        }
        if (start > last || tokens.get(start).span().start() > quote.whole().start()) {
            return quote.content();
        }
        int end = Math.max(tokens.get(last).span().end(), quote.whole().end());
        if (TrailingWords.clauseGoesOn(text, quote, last)) {
            end = quote.whole().end();
        }
        return new TextSpan(tokens.get(IndirectSpeech.withComplementizer(tokens, cueToken, start)).span().start(), end);
    }

    /**
     * A fragment whose speaker the other rules did not find, where a cue before it in its sentence
     * governs it ("the crowd chanted 'no justice, no peace'", "calling him 'a total stiff'", "voters
     * say the best candidate is one who 'listens first'"): the words are
     * still reported as someone's, so the content is that verb's clause and the speaker its subject
     * (the sentence's, for a participle), unknown when none reads as a speaker. Any other fragment
     * is a scare quote or a mention, not a statement.
     */
    private Optional<Attribution> governed(AnnotatedText text, QuoteMarks.Found quote, int first, Sentence sentence,
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
        if (verb < 0) {
            return Optional.empty(); // a scare quote, or words mentioned rather than said: "the so-called 'Orsk formula'"
        }
        Token cue = tokens.get(verb);
        boolean participle = cue.pos().equals("VBG") || cue.pos().equals("VBN")
                || (verb > sentence.firstToken() && tokens.get(verb - 1).pos().equals(","));
        Optional<Speaker> speaker = participle
                ? SpeakerPhrases.read(text, sentence.firstToken(), firstVerb(text, sentence), context)
                : Clauses.subjectOf(text, verb, sentence.firstToken(), context);
        TextSpan content = clauseAfter(text, quote, verb, sentence);
        if (speaker.isEmpty()) {
            return Optional.of(new Attribution(QuoteKind.PARTIAL, content, cue.span(), null, SpeakerKind.UNKNOWN, null));
        }
        context.spoke(speaker.get(), quote.whole().start());
        return Optional.of(new Attribution(QuoteKind.PARTIAL, content, cue.span(), speaker.get().source(),
                speaker.get().kind(), speaker.get().resolved()));
    }

    /**
     * The quotation's first token: its opening mark, or its first word when the tokenizer gave the
     * mark to the sentence before ("... free trade. ''We don't ..." makes {@code ''} close that
     * sentence), so that the quotation is read in the sentence its words are in.
     */
    private static int openingToken(AnnotatedText text, QuoteMarks.Found quote) {
        List<Token> tokens = text.tokens();
        int word = Clauses.tokenAtOrAfter(text, quote.content().start());
        int mark = Clauses.tokenAtOrAfter(text, quote.whole().start());
        if (word >= tokens.size() || mark >= word || tokens.get(mark).sentence() == tokens.get(word).sentence()) {
            return mark;
        }
        return word;
    }

    /** A speaker with the cue that attributed them. */
    record Found(Speaker speaker, TextSpan cue) {}

    /**
     * "..., Lavrov said", "..., said Tatiana Stanovaya, a senior fellow", "... leaders, the minister
     * said". After a quotation that ends its own sentence, only a cue within the next few words
     * counts ("'...' he said."), so the next sentence's speech is not taken for this one's.
     */
    private Found afterQuote(AnnotatedText text, QuoteMarks.Found quote, int after, ArticleContext context) {
        List<Token> tokens = text.tokens();
        if (after >= tokens.size()) {
            return null;
        }
        Sentence sentence = Clauses.sentenceOf(text, after);
        Found credited = Credits.dashCredit(text, after, context);
        if (credited != null) {
            return credited;
        }
        String content = quote.content().of(text.text());
        boolean endsSentence = content.matches("(?s).*[.!?…]$");
        if (endsSentence && !content.isEmpty() && Character.isLowerCase(content.charAt(0))) {
            return null; // a fragment that ends its sentence: what follows is another sentence
        }
        Found unlisted = speakerThenVerb(text, quote, after, sentence, context);
        if (unlisted == null) {
            unlisted = verbThenSpeaker(text, quote, after, sentence, context);
        }
        if (unlisted != null) {
            return unlisted;
        }
        int end = Math.min(sentence.endToken(), after + (endsSentence ? 4 : POST_WINDOW));
        for (int i = after; i < end; i++) {
            Token token = tokens.get(i);
            if (context.insideQuote(token.span()) || token.pos().equals(".") || paragraphBetween(text.text(), quote.whole().end(), token)) {
                return null;
            }
            if (Cues.isAccordingTo(tokens, i)) {
                return phraseAfter(text, i + 2, sentence, context, token, false);
            }
            if (!Cues.isSpeech(token) || !token.isVerb()) {
                continue;
            }
            if (endsSentence && TrailingWords.reportsOwnClause(tokens, i, sentence)) {
                return null; // "'...two points.' Reluctantly, Brafman said he had come to ...": the next sentence's own speech
            }
            int start = i;
            while (start > after && !tokens.get(start - 1).pos().equals(",") && !Clauses.isBoundary(tokens.get(start - 1))) {
                start--;
            }
            if (endsSentence && start > after && tokens.get(start - 1).pos().equals(",") && OPENERS.contains(tokens.get(after).pos())) {
                return null; // "'...' Perhaps, he said, the town grew too fast": the cue is an aside in the next sentence
            }
            // a phrase right between the quotation and its cue stands where only a speaker stands
            Optional<Speaker> before = SpeakerPhrases.read(text, start, i, context, true, start == after);
            if (before.isPresent()) {
                return new Found(before.get(), token.span());
            }
            Found following = TrailingWords.takesAddressee(token) ? null : phraseAfter(text, i + 1, sentence, context, token, i == after);
            if (following != null) {
                return following;
            }
            if (start > after && tokens.get(start - 1).pos().equals(",")) {
                int apposition = Clauses.clauseStart(text, start - 1, after);
                if (!tokens.get(apposition).pos().equals("IN")) {
                    before = SpeakerPhrases.read(text, apposition, i, context);
                }
            }
            if (before.isEmpty() && start > after) {
                // "'...,' Blunt, after a long pause, said": the speaker opens the clause, an aside follows
                int comma = after;
                while (comma < i && !tokens.get(comma).pos().equals(",")) {
                    comma++;
                }
                before = SpeakerPhrases.read(text, after, comma, context, true, true);
            }
            return before.map(speaker -> new Found(speaker, token.span())).orElse(null);
        }
        return null;
    }

    /**
     * "'...,' he went on", "'...?' Hannity pressed": right after a quotation its comma, question
     * or exclamation leaves open, a pronoun or a name and then a finite verb make that verb its
     * cue, whatever the verb. A capitalised pronoun after "?" or "!" opens a new sentence instead.
     */
    private static Found speakerThenVerb(AnnotatedText text, QuoteMarks.Found quote, int after, Sentence sentence,
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
        if (verb == after || verb >= sentence.endToken() || paragraphBetween(text.text(), quote.whole().end(), tokens.get(verb))) {
            return null;
        }
        Token cue = tokens.get(verb);
        Token opening = tokens.get(after);
        boolean newSentence = !content.endsWith(",") && opening.pos().equals("PRP") && Character.isUpperCase(opening.word().charAt(0))
                && !opening.word().equals("I");
        if (newSentence || !TrailingWords.isReportingVerb(cue) || context.insideQuote(cue.span())) {
            return null;
        }
        return SpeakerPhrases.read(text, after, verb, context, true, false).map(s -> new Found(s, cue.span())).orElse(null);
    }

    /**
     * "'...,' remembered Roy Verley", "'...!' beamed Donald Hartley of Madison": the inverted form
     * of {@link #speakerThenVerb}, a finite verb right after the open quotation and a name after
     * it.
     */
    private Found verbThenSpeaker(AnnotatedText text, QuoteMarks.Found quote, int after, Sentence sentence, ArticleContext context) {
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
        Found found = phraseAfter(text, after + 1, sentence, context, cue, false);
        return found != null && found.speaker().kind() == SpeakerKind.NAMED ? found : null;
    }

    /** Whether a paragraph ends between a quotation and a later token: a cue in the next paragraph is that paragraph's. */
    private static boolean paragraphBetween(String text, int quoteEnd, Token token) {
        return text.substring(quoteEnd, token.span().start()).indexOf('\n') >= 0;
    }

    /**
     * The speaker named right after a cue: up to the next comma or preposition; a phrase that only
     * describes someone ("said the woman") when {@code described}.
     */
    private Found phraseAfter(AnnotatedText text, int from, Sentence sentence, ArticleContext context, Token cue, boolean described) {
        List<Token> tokens = text.tokens();
        int end = from;
        while (end < sentence.endToken() && end - from < 8 && !tokens.get(end).pos().equals(",")
                && !tokens.get(end).pos().equals(".") && !tokens.get(end).pos().equals("IN")
                && !(tokens.get(end).isVerb() && !(end == from && tokens.get(end).pos().equals("VBN")) // "said retired neurosurgeon Ben Carson"
                        && !modifiesNoun(tokens, end, from, sentence))) {
            end++;
        }
        Optional<Speaker> speaker = SpeakerPhrases.read(text, from, end, context, false, described);
        // "said the party's chairman, Ivo Brandt", "exhorted her warm-up act, actor Ivo Brandt": the name in apposition
        boolean describes = speaker.isEmpty() || speaker.get().kind() == SpeakerKind.ROLE || speaker.get().kind() == SpeakerKind.ANONYMOUS
                && !SpeakerPhrases.isIndefinite(tokens.get(from));
        if (describes && end + 1 < sentence.endToken()
                && tokens.get(end).pos().equals(",")) {
            int close = end + 1;
            while (close < sentence.endToken() && close - end <= 5 && !tokens.get(close).pos().equals(",") && !tokens.get(close).pos().equals(".")) {
                close++;
            }
            Optional<Speaker> named = SpeakerPhrases.read(text, end + 1, close, context, false);
            if (named.isPresent() && named.get().kind() == SpeakerKind.NAMED) {
                return new Found(named.get(), cue.span());
            }
        }
        return speaker.map(s -> new Found(s, cue.span())).orElse(null);
    }

    /**
     * Whether participle {@code i} describes the noun after it inside a phrase that a determiner or
     * adjective opened ("said a leading advocate", "said another retired judge"): a word of the
     * speaker's description, not a verb of its own.
     */
    private static boolean modifiesNoun(List<Token> tokens, int i, int from, Sentence sentence) {
        String pos = tokens.get(i).pos();
        if (i == from || i + 1 >= sentence.endToken() || !(pos.equals("VBG") || pos.equals("VBN"))) {
            return false;
        }
        String before = tokens.get(i - 1).pos();
        String after = tokens.get(i + 1).pos();
        return (before.equals("DT") || before.startsWith("JJ") || before.equals("PRP$")) && (after.startsWith("NN") || after.startsWith("JJ"));
    }

    /** "Trump said: '...'"; for a participle or framing cue, the subject of the sentence's main cue. */
    private Found beforeQuote(AnnotatedText text, int first, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        for (int i = first - 1; i >= sentence.firstToken(); i--) {
            Token token = tokens.get(i);
            if (context.insideQuote(token.span())) {
                continue; // an earlier quotation in the same sentence: its words are not cues
            }
            if (i + 1 < tokens.size() && Cues.isAccordingTo(tokens, i)) {
                Found found = phraseAfter(text, i + 2, sentence, context, token, false);
                if (found != null) {
                    return found;
                }
                continue;
            }
            if (!Cues.isCue(token)) {
                continue;
            }
            Optional<Speaker> aside = Clauses.asideSubject(text, i, sentence.firstToken(), context);
            if (aside.isPresent() && !token.pos().equals("VBG")) {
                return new Found(aside.get(), token.span()); // "Graham, who wants troops sent, tweeted that ..."
            }
            // a framing verb with a relative pronoun before its subject has that subject: "whom he described as '...'"
            boolean relative = i > sentence.firstToken() + 1 && tokens.get(i - 1).pos().equals("PRP")
                    && tokens.get(i - 2).word().toLowerCase(Locale.ROOT).matches("whom|which|who|that");
            boolean participle = token.pos().equals("VBG") || (Cues.isFraming(token) && !relative)
                    || (i > sentence.firstToken() && tokens.get(i - 1).pos().equals(","));
            if (!participle) {
                Optional<Speaker> subject = Clauses.subjectOf(text, i, sentence.firstToken(), context);
                if (subject.isPresent()) {
                    return new Found(subject.get(), token.span());
                }
            }
            if (token.pos().equals("VBG")) {
                Found governing = mainClauseSubject(text, i, sentence, context);
                if (governing != null) {
                    return new Found(governing.speaker(), token.span());
                }
            }
            Optional<Speaker> main = Clauses.sentenceSpeaker(text, token.sentence(), context);
            if (main.isPresent()) {
                return new Found(main.get(), token.span());
            }
            Optional<Speaker> opening = SpeakerPhrases.read(text, sentence.firstToken(), firstVerb(text, sentence), context);
            if (opening.isPresent()) {
                return new Found(opening.get(), token.span());
            }
        }
        return null;
    }

    /**
     * "Christie bristled at the suggestion, saying, '...'": a participle cue shares the subject of
     * the nearest finite verb before it, the clause it hangs from.
     */
    private Found mainClauseSubject(AnnotatedText text, int participle, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        for (int i = participle - 1; i >= sentence.firstToken(); i--) {
            Token token = tokens.get(i);
            if (context.insideQuote(token.span())) {
                continue;
            }
            String pos = token.pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
                return Clauses.subjectOf(text, i, sentence.firstToken(), context).map(s -> new Found(s, token.span())).orElse(null);
            }
        }
        return null;
    }

    /**
     * A quotation opening its sentence with no cue: the speaker of a quotation in the sentence
     * before ("'A,' she wrote. 'B.'", even when "she" stays unresolved), else the speaker of the
     * sentence before (only a resolved one for a quotation opening its paragraph), else, inside a
     * paragraph, the speaker of its last quotation a sentence further back. A speaker further away
     * is too often someone else, so none is taken.
     */
    private Found neighbour(AnnotatedText text, QuoteMarks.Found quote, int sentenceIndex, ArticleContext context) {
        Optional<ArticleContext.Quoted> previousQuotation = context.lastQuotation()
                .filter(q -> text.sentenceAt(q.quote().end() - 1) >= sentenceIndex - 1);
        if (sentenceIndex > 0 && previousQuotation.isPresent()) {
            return new Found(previousQuotation.get().speaker(), null);
        }
        if (quote.multiParagraph() || startsParagraph(text.text(), quote.whole().start())) {
            Optional<Speaker> previous = sentenceIndex > 0 ? Clauses.sentenceSpeaker(text, sentenceIndex - 1, context) : Optional.empty();
            return previous.filter(Speaker::isResolved).map(s -> new Found(s, null)).orElse(null);
        }
        if (sentenceIndex > 0) {
            // "'A,' he said. 'B.'": the second half goes to the first half's speaker, resolved or not
            Optional<Speaker> previous = Clauses.sentenceSpeaker(text, sentenceIndex - 1, context);
            if (previous.isPresent()) {
                return new Found(previous.get(), null);
            }
        }
        // "'A,' said Walker. <a sentence about her, no cue> 'B.'": the paragraph's last quotation, a sentence further back
        return context.lastQuotation()
                .filter(q -> text.sentenceAt(q.quote().end() - 1) >= sentenceIndex - 2)
                .filter(q -> text.text().substring(q.quote().end(), quote.whole().start()).indexOf('\n') < 0)
                .map(q -> new Found(q.speaker(), null)).orElse(null);
    }

    /** Whether {@code token} is a quote mark after {@code quote} with a space before it: one that opens a quotation. */
    private static boolean opensNextQuotation(String text, Token token, QuoteMarks.Found quote) {
        int start = token.span().start();
        return Clauses.isQuoteMark(token) && start > quote.whole().end() && Character.isWhitespace(text.charAt(start - 1));
    }

    private static boolean startsParagraph(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static int firstVerb(AnnotatedText text, Sentence sentence) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            if (text.tokens().get(i).isVerb()) {
                return i;
            }
        }
        return sentence.firstToken();
    }

    /**
     * Whether capitalised words are still someone's words, not a title: they exclaim or ask ("USA!
     * USA!"), a cue or a colon comes right before them ("she declared 'What a Super Tuesday!'",
     * "had one message: 'Dump Trump.'"), or a cue right after them ("'This is little Fort
     * Pierce!' said ...").
     */
    private static boolean spoken(AnnotatedText text, String words, int first, int after, ArticleContext context) {
        if (words.endsWith("!") || words.endsWith("?") || words.endsWith("!,") || words.endsWith("?,")) {
            return true;
        }
        List<Token> tokens = text.tokens();
        int before = first - 1;
        while (before >= 0 && Clauses.isQuoteMark(tokens.get(before))) {
            before--;
        }
        boolean introduced = before >= 0 && (tokens.get(before).word().equals(":") || Cues.isSpeech(tokens.get(before))
                || tokens.get(before).word().equalsIgnoreCase("reading") || tokens.get(before).word().equalsIgnoreCase("read"));
        return introduced || TrailingWords.cueFollows(text, after, context);
    }

    /** "Meet the Press with Kristen Welker": most words capitalised, as titles are. */
    private static boolean isTitle(String content) {
        String[] words = content.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        int capitalised = 0;
        for (String word : words) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 10 >= words.length * 6;
    }

    /**
     * Partial when the quoted words are a fragment inside someone else's sentence: they start in
     * lower case, or they are a few words right after a word of the sentence.
     */
    private static QuoteKind kind(AnnotatedText text, QuoteMarks.Found quote, int first, Sentence sentence) {
        String content = quote.content().of(text.text());
        if (!content.isEmpty() && Character.isLowerCase(content.charAt(0))) {
            return QuoteKind.PARTIAL;
        }
        int words = content.split("\\s+").length;
        // the tagger may leave the last paragraph's closing mark before a paragraph's opening one
        if (words <= PARTIAL_MAX_WORDS && first > sentence.firstToken() && !startsParagraph(text.text(), quote.whole().start())) {
            Token before = text.tokens().get(first - 1);
            if (!before.pos().equals(":") && !before.pos().equals(",") && !Cues.isCue(before)) {
                return QuoteKind.PARTIAL;
            }
        }
        return QuoteKind.DIRECT;
    }
}
