package dev.dossier.positions;

import java.util.Set;

/**
 * Who a statement's stance belongs to, as far as the words around it tell: the rules that make a
 * statement report somebody else's position (and so take no side itself), and the inner quotes
 * that are another speaker's words. Labels follow the speaker's own stance (dossier-bench
 * STANCE.md, 5.6): an analyst reading a party, a mediator telling what both sides agreed, or a
 * speaker saying what a named third party wants, are all neutral.
 *
 * <p>Stateless and thread-safe.
 */
final class Speakers {

    /** Words that mark the speaker as an outside reader of the conflict ("political analyst", "a senior fellow at ..."). */
    static final Set<String> ANALYSTS = Set.of(
            "analyst", "fellow", "researcher", "professor", "scholar", "institute", "think-tank", "commentator", "pollster");
    /** Subjects that put both parties together ("both governments", "the two leaders", "neither of them"). */
    static final Set<String> JOINT = Set.of("both", "two", "neither");
    /** Verbs that describe an attitude rather than a speech act ("Putin wants", "the Kremlin sees"). */
    static final Set<String> ATTITUDES = Set.of(
            "want", "wanted", "wanting", "see", "saw", "regard", "regarded", "demand", "demanded", "demanding", "believe",
            "believed", "intend", "intended", "seek", "sought", "agreed", "willing");
    /** Verbs of a stated position that, said of a named third party, report it ("that Trump supports ..."). */
    static final Set<String> POSITIONS = Set.of(
            "support", "supports", "supported", "favor", "favors", "favored", "favour", "favours", "favoured", "oppose",
            "opposes", "opposed", "back", "backs", "backed", "plan", "plans", "planned", "propose", "proposes", "proposed");
    /** Nouns of a stated position, after "is a" or "is an" ("Ted is a supporter of legalizing ..."). */
    static final Set<String> POSITION_NOUNS = Set.of(
            "supporter", "proponent", "advocate", "backer", "champion", "opponent", "critic", "foe", "enemy");
    /** Articles that may stand between a subject's "is" and a position noun. */
    private static final Set<String> ARTICLES = Set.of("a", "an");
    /** How many words after a statement a trailing attribution may take to its speech verb ("..., Senator Ted Smith said"). */
    private static final int TRAILING_ATTRIBUTION_MAX_WORDS = 4;
    /** Words of the frame that name a speaker other than a named statement subject: a pronoun, or a claim ("the claim that"). */
    private static final Set<String> OTHER_SPEAKERS = Set.of("he", "she", "it", "they", "claim", "claimed", "claims", "alleged", "charged");
    /** Auxiliaries and adverbs that may stand between a subject and its verb. */
    static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "be", "been", "have", "has", "had", "would", "will", "could", "can", "may", "might",
            "also", "still", "now", "only", "probably", "already", "really", "clearly", "repeatedly");
    /** Verbs that bring in another speaker's words ("he told me, '...'"). */
    static final Set<String> SPEECH = Set.of(
            "say", "said", "says", "saying", "tell", "told", "telling", "tells", "ask", "asked", "reply", "replied", "state",
            "stated", "assure", "assured", "repeat", "repeated", "insist", "insisted", "warn", "warned", "confirm",
            "confirmed", "declare", "declared", "answer", "answered", "write", "wrote", "add", "added", "adding");
    /** Words that start a sentence in capitals without being a name. */
    private static final Set<String> FUNCTION = Set.of(
            "the", "a", "an", "those", "these", "in", "on", "at", "but", "and", "as", "after", "before", "when", "if", "it", "its", "this",
            "that", "there", "he", "she", "they", "we", "i", "our", "his", "her", "their", "mr", "mrs", "ms", "for",
            "according", "asked", "earlier", "later", "meanwhile", "president", "minister", "foreign", "secretary-general");
    /** Lower-case words a third party's name may come with ("the US leader", "the head of ..."). */
    private static final Set<String> SUBJECT_WORDS = Set.of("the", "of", "leader", "president", "government", "head");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "our", "my", "us", "me");

    private Speakers() {}

    /**
     * Whether the statement's own sentence names its speaker as an analyst or scholar, and no
     * speech verb before the statement hands the words to somebody else ("He has repeatedly
     * stated that ..."): analysts read the parties, they take no side (STANCE.md 6).
     */
    static boolean byAnalyst(Words words, Sentences sentences, int frameStart, int start, int end) {
        if (start >= words.size()) {
            return false;
        }
        int first = sentences.indexOf(words.get(Math.min(frameStart, start)).span().start());
        int last = sentences.indexOf(words.get(Math.max(start, Math.min(end, words.size()) - 1)).span().start());
        boolean framed = false;
        for (int i = frameStart; i < start; i++) {
            framed |= SPEECH.contains(words.folded(i));
        }
        for (int i = 0; i < words.size(); i++) {
            int sentence = sentences.indexOf(words.get(i).span().start());
            if (sentence < first || sentence > last || (i >= start && i < end) || (framed && i >= start)) {
                continue;
            }
            if (ANALYSTS.contains(words.folded(i)) || words.isPhrase(i, "think", "tank")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the statement's subject is both parties together and their agreement is only "in
     * principle" ("both governments had agreed in principle", "the presidents of Valdoria and
     * Kestria have agreed in principle"): the speaker, usually their mediator, reports a hedged
     * position of others (STANCE.md 5.6).
     */
    static boolean jointSubject(Words words, int start, int end) {
        boolean hedged = false;
        for (int i = start; i + 1 < end; i++) {
            hedged |= words.folded(i).equals("in") && words.folded(i + 1).equals("principle");
        }
        if (!hedged) {
            return false;
        }
        int from = start;
        if (from < end && words.folded(from).equals("that")) {
            from++;
        }
        for (int i = from; i < Math.min(end, from + 8); i++) {
            String word = words.folded(i);
            if (AUXILIARIES.contains(word) || ATTITUDES.contains(word)) {
                return false;
            }
            if (FIRST_PERSON.contains(word)) {
                return false;
            }
            if (JOINT.contains(word) || (word.equals("and") && i > from)) {
                return subjectEndsWithVerb(words, i + 1, end, from + 8);
            }
        }
        return false;
    }

    private static boolean subjectEndsWithVerb(Words words, int from, int end, int limit) {
        for (int i = from; i < Math.min(end, limit + 2); i++) {
            String word = words.folded(i);
            if (AUXILIARIES.contains(word) || ATTITUDES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the statement says what a named third party wants or sees ("Putin wants ...",
     * "the Kremlin sees no need ...", "Ted is a supporter of ...") while the frame names a
     * different speaker, before the statement ("Zelenskyy said ...", "Figures close to the Kremlin
     * have emphasised ...") or in an attribution right after it ("..., Rubio said"): a report of
     * another party's position, not the speaker's own.
     */
    static boolean thirdPartyAttitude(Words words, Sentences sentences, int frameStart, int start, int end) {
        int from = start;
        if (from < end && words.folded(from).equals("that")) {
            from++;
        }
        StringBuilder subject = new StringBuilder();
        int verb = -1;
        for (int i = from; i < Math.min(end, from + 6); i++) {
            String word = words.folded(i);
            boolean lowerCase = !isName(words, i); // "the Clean Power Plan" names a plan, it does not plan
            if (ATTITUDES.contains(word) || (POSITIONS.contains(word) && !subject.isEmpty() && lowerCase)
                    || (POSITION_NOUNS.contains(word) && !subject.isEmpty() && lowerCase && i + 1 < end && words.folded(i + 1).equals("of"))) {
                verb = i;
                break;
            }
            if (isName(words, i)) {
                subject.append(' ').append(word).append(' ');
            } else if (!AUXILIARIES.contains(word) && !SUBJECT_WORDS.contains(word)
                    && !(ARTICLES.contains(word) && !subject.isEmpty() && i > from && AUXILIARIES.contains(words.folded(i - 1)))) {
                return false;
            }
        }
        if (verb < 0 || subject.isEmpty()) {
            return false;
        }
        boolean speakerNamed = false;
        int attributionEnd = trailingAttributionEnd(words, sentences, start, end);
        for (int i = 0; i < attributionEnd; i++) {
            if (i >= start && i < end) {
                continue; // the statement's own words name its subjects, not its speaker
            }
            if (isName(words, i) && sentences.same(words.get(i).span().start(), words.get(start).span().start())) {
                if (subject.indexOf(' ' + words.folded(i) + ' ') >= 0) {
                    return false;
                }
                speakerNamed = true;
            }
            if (OTHER_SPEAKERS.contains(words.folded(i)) && !isName(words, i)
                    && sentences.same(words.get(i).span().start(), words.get(start).span().start())) {
                speakerNamed = true; // "It said that Trump supports ...", "the claim that Sanders wanted ..."
            }
        }
        return speakerNamed;
    }

    /**
     * The end of the attribution that follows the statement in its sentence ("'Ted is a supporter
     * of ...,' Rubio said"): the words up to a speech verb a few words after it, or the statement's
     * start when no speech verb follows (the words after it then go on with other matters).
     */
    private static int trailingAttributionEnd(Words words, Sentences sentences, int start, int end) {
        for (int i = end; i < Math.min(words.size(), end + TRAILING_ATTRIBUTION_MAX_WORDS + 1); i++) {
            if (!sentences.same(words.get(i).span().start(), words.get(start).span().start())) {
                break;
            }
            if (SPEECH.contains(words.folded(i))) {
                return i + 1;
            }
        }
        return start;
    }

    /** A capitalised word that is not a function word: a name ("Putin", "Kremlin", "Zelenskyy"). */
    static boolean isName(Words words, int i) {
        String text = words.get(i).text();
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !FUNCTION.contains(words.folded(i));
    }

    /**
     * Marks the words of inner quotes that a speech verb hands to another speaker inside the
     * statement ("he told me, 'we are not here to invite guests'"): they are that speaker's
     * stance, not the statement's (STANCE.md 3, rule 4).
     */
    static boolean[] nested(String context, Words words, int start, int end) {
        boolean[] inner = new boolean[words.size()];
        if (start >= end) {
            return inner;
        }
        int from = words.get(start).span().start();
        int to = words.get(end - 1).span().end();
        for (int c = from; c < to; c++) {
            char open = context.charAt(c);
            char close = closer(open);
            if (close == 0) {
                continue;
            }
            int back = c - 1;
            while (back >= from && Character.isWhitespace(context.charAt(back))) {
                back--;
            }
            if (back < from || (context.charAt(back) != ',' && context.charAt(back) != ':')) {
                continue;
            }
            int speech = words.firstFrom(back) - 1;
            boolean handed = false;
            for (int k = speech; k >= Math.max(start, speech - 3); k--) {
                handed |= SPEECH.contains(words.folded(k));
            }
            if (!handed) {
                continue;
            }
            int shut = c + 1;
            while (shut < to && !(context.charAt(shut) == close
                    && (shut + 1 >= context.length() || !Character.isLetter(context.charAt(shut + 1))))) {
                shut++;
            }
            for (int k = words.firstFrom(c); k < end && words.get(k).span().start() < shut; k++) {
                inner[k] = true;
            }
            c = shut;
        }
        return inner;
    }

    private static char closer(char open) {
        return switch (open) {
            case '‘' -> '’';
            case '“' -> '”';
            case '"' -> '"';
            case '«' -> '»';
            case '\'' -> '\'';
            default -> 0;
        };
    }
}
