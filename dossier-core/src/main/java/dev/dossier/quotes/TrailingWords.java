package dev.dossier.quotes;

import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the words right after a quotation say about it: whether a cue or another verb follows it
 * (so it has a speaker of its own), whether a cue there belongs to the next statement instead, and
 * whether the sentence goes on with a clause of its own. Stateless token checks for
 * {@link RuleAttributor}.
 */
final class TrailingWords {

    /**
     * Words after a quotation's closing comma that go on with its clause rather than begin another
     * ("'peanuts,' compared to ...", "'monolithic,' with some ...", "'a third-world country,' where
     * ..."), measured on PolNeAR's train split; "according", "which", "while" and "though" split
     * both ways there and are left out.
     */
    private static final Set<String> CLAUSE_CONTINUES = Set.of("and", "but", "because", "too", "where", "compared", "in", "by",
            "with", "including", "among", "of", "at", "even", "since");

    /**
     * Whether another quotation opens within tokens {@code from} to {@code to}, in the same clause:
     * "called it 'a farce,' 'a trap'"; not after a subject, a pronoun or a name, and its verb of their
     * own ("saying it was 'a farce,' she was 'taken aback'"), which open the next clause.
     */
    private static boolean quoteMarkWithin(List<Token> tokens, int from, int to) {
        int subjectEnd = tokens.get(from).pos().equals("PRP") ? from + 1 : from;
        while (subjectEnd <= to && tokens.get(subjectEnd).isProperNoun()) {
            subjectEnd++;
        }
        if (subjectEnd > from && subjectEnd <= to && tokens.get(subjectEnd).isFinite()) {
            return false;
        }
        for (int j = from; j <= to; j++) {
            if (Clauses.isQuoteMark(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** "including", "according", "regarding": participles that attach a phrase, not a new act. */
    private static boolean attachesPhrase(List<Token> tokens, int i) {
        String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
        return word.equals("including") || word.equals("according") || word.equals("regarding") || word.equals("concerning")
                || word.equals("following") || word.equals("excluding") || word.equals("considering");
    }

    /**
     * Whether the sentence goes on past the quotation with another verb of the speaker's ("calling
     * her a 'horrible witness,' and then tweeted ...", "says he respects her 'passion' but argues
     * ...", "said the deadlock has 'kept us safe' before claiming ..."): then the reported clause
     * ends with the quotation. Anything else after it ("'a big, big problem' in the country",
     * "'very sad' that it happened") still belongs to the clause, and so does a verb after "and" or
     * "but" that {@link #sharedSubject shares the clause's own subject} ("said that Obama shows
     * 'great charm' and exhibits ..."). A participle set off after it
     * (", claiming that ...", "— asserting ...") is such a verb too; and a quotation closing on a
     * comma ("called the pact 'insanity,' Sanders ...") ends the clause unless another quotation
     * follows, or a word that goes on with the clause ({@link #CLAUSE_CONTINUES}: "that
     * waterboarding is 'peanuts,' compared to ...", "'surprise,' because ..."): American style puts
     * every comma inside the marks, so the comma alone does not say the clause is over. After "and"
     * or "but" only a clause with a finite verb of its own from {@code first} on goes on ("that the
     * action 'didn't work,' and the country has become ..."); an object the speaker characterised
     * does not ("called inversions 'unpatriotic,' and his administration ..."). A quotation closing
     * on a comma sets off a participle right after it ("called the levy 'a tax on salt,' accusing
     * ...") as a comma outside the marks does.
     */
    static boolean clauseGoesOn(AnnotatedText text, QuoteMarks.Found quote, int first, int last) {
        List<Token> tokens = text.tokens();
        int after = Clauses.tokenAtOrAfter(text, quote.whole().end());
        int i = after;
        String content = quote.content().of(text.text());
        boolean set = content.endsWith(","); // "'a lifeline,' adding that ...": the comma inside the marks sets off what follows
        boolean dashed = false;
        while (i <= last && (tokens.get(i).pos().equals(",") || Clauses.isQuoteMark(tokens.get(i)) || Clauses.isDash(tokens.get(i)))) {
            set |= !Clauses.isQuoteMark(tokens.get(i));
            dashed |= Clauses.isDash(tokens.get(i));
            i++;
        }
        if (i > last) {
            return false;
        }
        if (dashed && tokens.get(i).pos().equals("DT")) {
            return true; // "as being in the 'suburbs of St. Petersburg' — a metaphor for ...": the writer's own comment
        }
        if (set && tokens.get(i).pos().equals("VBG") && !attachesPhrase(tokens, i)) {
            return true; // "..., claiming that ...", "— asserting that ...": the speaker goes on to another act
        }
        if (content.endsWith(",") && !quoteMarkWithin(tokens, i, Math.min(last, i + 3)) && !continuesClause(tokens, i, first, after)) {
            return true; // "has called the pact 'insanity,' Sanders ...": the comma inside the marks closes the clause
        }
        String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (!word.equals("and") && !word.equals("but") && !word.equals("before") && !word.equals("while") && !word.equals("as")) {
            return false;
        }
        if ((word.equals("and") || word.equals("but")) && anotherSpeaker(tokens, i + 1, last)) {
            return true; // "40 percent said it was 'slow' and 12 percent said ...": another speaker's statement follows
        }
        for (int j = i + 1; j <= Math.min(last, i + 2); j++) {
            String pos = tokens.get(j).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBG") || pos.equals("VBN") && Cues.isCue(tokens.get(j))) {
                // the speaker's next act ("and called the union 'one of ours'", a cue the tagger may read as a
                // participle), unless the clause's own subject goes on ("said the ferry was 'a disgrace' and ruined ...")
                return !sharedSubject(tokens, i, j, first, after);
            }
            if (!pos.equals("RB") && !pos.equals("PRP")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether word {@code i}, right after a quotation closing on a comma, goes on with the clause
     * from token {@code first}: a conjunction, subordinator or preposition that attaches more to it;
     * "and" and "but" only when the clause has a finite verb of its own before token {@code after},
     * the first after the quotation (its words included), not when it is an object the speaker
     * characterised.
     */
    private static boolean continuesClause(List<Token> tokens, int i, int first, int after) {
        String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (!CLAUSE_CONTINUES.contains(word)) {
            return false;
        }
        if (!word.equals("and") && !word.equals("but")) {
            return true;
        }
        return Clauses.hasFiniteVerb(tokens, first, after);
    }

    /**
     * Whether verb {@code j}, after "and" or "but" at {@code i}, shares the subject of the clause
     * from token {@code first} rather than the speaker's: the clause has a finite verb of its own
     * before token {@code after}, the first after the quotation ("that Obama shows 'great charm' and
     * exhibits ..."), the verb is no cue, and no pronoun stands before it ("and he foreshadowed ...",
     * most often the speaker going on).
     */
    private static boolean sharedSubject(List<Token> tokens, int i, int j, int first, int after) {
        String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
        return (word.equals("and") || word.equals("but")) && !Cues.isCue(tokens.get(j)) && !tokens.get(j - 1).pos().equals("PRP")
                && Clauses.hasFiniteVerb(tokens, first, after);
    }

    /** How many words the subject of a cue after "and" may take: "and the mayor of Orsk said". */
    private static final int COORDINATED_SUBJECT_MAX_TOKENS = 5;

    /**
     * Whether a subject and a finite or participle speech cue open the words from {@code from}
     * ("and 12 percent said ...", "and Varga calling it ..."): a statement of another speaker
     * coordinated with the quotation's, which the quotation's clause does not take in. A subject
     * is a few words with no punctuation, quote mark, conjunction or verb: in "calling them 'thieves'
     * and liars and threatening ..." the speaker goes on.
     */
    private static boolean anotherSpeaker(List<Token> tokens, int from, int last) {
        for (int j = from; j <= Math.min(last, from + COORDINATED_SUBJECT_MAX_TOKENS); j++) {
            Token token = tokens.get(j);
            String pos = token.pos();
            if (Cues.isSpeech(token) && (token.isFinite() || pos.equals("VBG"))) {
                return j > from;
            }
            if (token.isVerb() || pos.length() == 1 || pos.equals(",") || pos.equals(":") || Clauses.isQuoteMark(token)
                    || pos.equals("MD") || pos.equals("IN") || pos.equals("TO") || pos.equals("CC")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a speech cue follows the quotation within a few words ("'...,' said one Republican
     * involved"): then the quotation has a speaker of its own, even one the rules could not read,
     * and is not the previous speaker's.
     */
    static boolean cueFollows(AnnotatedText text, int after, ArticleContext context) {
        List<Token> tokens = text.tokens();
        if (after == 0 || after >= tokens.size()) {
            return false;
        }
        int sentence = tokens.get(after - 1).sentence();
        for (int i = after; i < Math.min(tokens.size(), after + 4); i++) {
            Token token = tokens.get(i);
            if (token.sentence() != sentence || token.pos().equals(".") || Clauses.isQuoteMark(token)
                    || context.insideQuote(token.span()) || newParagraph(text, after, token)) {
                return false;
            }
            if (Cues.isSpeech(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code token} stands in a paragraph after the quotation's: the tagger may leave a
     * closing mark in the sentence of the next paragraph ('..."\nRubio said that ...'), whose
     * verb is that paragraph's own, not a cue of the quotation.
     */
    private static boolean newParagraph(AnnotatedText text, int after, Token token) {
        int from = text.tokens().get(after - 1).span().end();
        return token.span().start() > from && text.text().substring(from, token.span().start()).indexOf('\n') >= 0;
    }

    /** Finite verbs that do not report: "'...,' he is", "'...,' she has". */
    private static final Set<String> AUXILIARIES = Set.of(
            "is", "was", "are", "were", "has", "have", "had", "does", "do", "did", "'s", "’s");

    /**
     * Whether a finite verb follows the quotation within a few words of its sentence ("'...,'
     * exhorted Clinton's introducer", "'...,' the columnist mused"): a cue the lists lack.
     */
    static boolean verbFollows(AnnotatedText text, int after) {
        List<Token> tokens = text.tokens();
        if (after == 0 || after >= tokens.size()) {
            return false;
        }
        int sentence = tokens.get(after - 1).sentence();
        for (int i = after; i < Math.min(tokens.size(), after + 4) && tokens.get(i).sentence() == sentence; i++) {
            Token token = tokens.get(i);
            if (token.pos().equals(".") || token.pos().equals(",") || Clauses.isQuoteMark(token) || newParagraph(text, after, token)) {
                return false;
            }
            if (token.isFinite()) {
                return isReportingVerb(token);
            }
        }
        return false;
    }

    /**
     * Whether cue token {@code cue} goes on to report a clause of its own ("Halvorsen said (that)
     * the date stands") or to introduce a quotation of its own ("Zahed said: '...'"): then it is
     * not the cue of a quotation that ended the sentence before it. A "that", or a finite verb
     * before any comma, opens such a clause; a colon or an opening quote mark right after the cue,
     * or a comma and an opening quote mark ("He added, '...'", "She wrote back, '...'"), opens such
     * a quotation.
     */
    static boolean reportsOwnClause(List<Token> tokens, int cue, Sentence sentence) {
        if (introducesQuotation(tokens, cue, sentence)) {
            return true;
        }
        for (int i = cue + 1; i < sentence.endToken(); i++) {
            Token token = tokens.get(i);
            String pos = token.pos();
            if (token.word().equalsIgnoreCase("that")) {
                return true;
            }
            if (i <= cue + 2 && (token.word().equals(":") || pos.equals("``"))) {
                return true;
            }
            if (pos.equals(",") || pos.equals(".") || pos.equals(":") || Clauses.isQuoteMark(token)) {
                return false;
            }
            if (token.isFinite() || pos.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an opening quote mark follows cue {@code cue} past at most two particles or adverbs
     * and a comma or a colon: "He added, '...'", "She wrote back, '...'".
     */
    private static boolean introducesQuotation(List<Token> tokens, int cue, Sentence sentence) {
        int next = cue + 1;
        while (next < sentence.endToken() && next - cue <= 2 && (tokens.get(next).pos().equals("RP") || tokens.get(next).pos().startsWith("RB"))) {
            next++;
        }
        if (next < sentence.endToken() && (tokens.get(next).pos().equals(",") || tokens.get(next).word().equals(":"))) {
            next++;
        }
        return next > cue + 1 && next < sentence.endToken() && tokens.get(next).pos().equals("``");
    }

    /**
     * "told AFP", "asked reporters": the phrase after these cues is the one spoken to, never the
     * speaker ("..., Ramos, 58, told AFP" is Ramos's).
     */
    static boolean takesAddressee(Token cue) {
        String word = cue.word().toLowerCase(Locale.ROOT);
        return word.startsWith("tol") || word.startsWith("tell") || word.startsWith("ask") || word.startsWith("assur");
    }

    /** A finite verb that can report ("'...,' he went on"), not an auxiliary ("'...,' he is"). */
    static boolean isReportingVerb(Token token) {
        return token.isFinite() && !AUXILIARIES.contains(token.word().toLowerCase(Locale.ROOT));
    }

    private TrailingWords() {}
}
