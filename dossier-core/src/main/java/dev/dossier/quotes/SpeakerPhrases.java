package dev.dossier.quotes;

import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.EntityMention;
import dev.dossier.nlp.EntityType;
import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the phrase that names a speaker: a named entity, a pronoun, an anonymous source or a role.
 * Names win over roles ("Russia's foreign minister, Sergei Lavrov" is Sergei Lavrov); an anonymous
 * source is never turned into a name.
 */
final class SpeakerPhrases {

    static final Set<String> ANONYMOUS_HEADS = Set.of(
            "source", "sources", "official", "officials", "diplomat", "diplomats", "analyst", "analysts", "observer",
            "observers", "expert", "experts", "aide", "aides", "insider", "insiders", "person", "people", "witness",
            "witnesses", "resident", "residents", "critic", "critics", "lawmaker", "lawmakers", "adviser", "advisers",
            "advisor", "advisors", "negotiator", "negotiators", "employee", "employees", "commentator", "commentators",
            "spokesman", "spokeswoman", "spokesperson", "officer", "officers", "activist", "activists", "member", "members",
            "someone");
    static final Set<String> ROLE_HEADS = Set.of(
            "president", "minister", "secretary", "secretary-general", "chancellor", "premier", "diplomat", "envoy",
            "ambassador", "governor", "mayor", "leader", "chief", "commander", "general", "ruler", "king", "queen",
            "pope", "chairman", "chairwoman", "chair", "head", "director", "senator", "spokesman", "spokeswoman",
            "spokesperson", "prosecutor", "judge", "colonel", "admiral", "minister-president", "representative",
            "emir", "prince", "monarch", "coach", "manager", "mediator");
    /** Bodies that speak as one: "the French foreign ministry said", "the department said". */
    static final Set<String> INSTITUTION_HEADS = Set.of(
            "ministry", "department", "office", "government", "embassy", "agency", "army", "military", "police",
            "court", "council", "commission", "presidency", "cabinet", "party", "administration", "foundation",
            "alliance", "company", "firm", "group", "authority", "authorities", "regulator", "committee", "mission",
            "campaign", "palace", "kremlin", "citadel");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    /** Determiners that make a role anonymous: "a diplomat" is nobody in particular, "the diplomat" is someone. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "two", "three", "several", "some", "many", "other", "another");
    /** Pronouns that stand for no one the text can name: a group, or the writer. */
    /** Quantifiers that stand alone for some of the people just mentioned: "Some chanted", "Others said". */
    private static final Set<String> QUANTIFIERS = Set.of("some", "others", "many", "several", "few", "most", "another", "both");
    private static final Set<String> UNRESOLVED_PRONOUNS = Set.of("they", "we", "i");
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "that", "these", "those");
    /** What may stand between a determiner and its noun: "the 78-year-old club president", "his best friend". */
    private static final Set<String> NOUN_MODIFIERS = Set.of("JJ", "JJR", "JJS", "VBN", "VBG", "CD", "HYPH", "NNP", "NNPS", "POS");
    /** Nouns that stand next to a cue without speaking: "the next day", "the fact". */
    private static final Set<String> NOT_SPEAKERS = Set.of(
            "day", "week", "month", "year", "time", "morning", "afternoon", "evening", "night", "moment", "way", "end",
            "point", "thing", "things", "fact", "question", "questions", "case", "reason", "problem", "issue", "part",
            "side", "lot", "number", "example");

    /** Days and months, which possess events rather than people: "Sunday's massacre", "November's vote". */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /** One word that may come before the unit of an opening time phrase: "last week", "this morning", "that night". */
    private static final Set<String> TIME_DETERMINERS = Set.of("last", "this", "next", "the", "that", "early", "late");
    private static final Set<String> TIME_UNITS = Set.of("week", "weekend", "month", "year", "day", "today", "yesterday", "tonight");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

    /**
     * What somebody said, written or posted, as the subject of a cue: "Brandt's remarks", "the
     * envoy's language", "her letter". The commoner of {@link SpeechNoun}'s nouns, and the words,
     * messages and writings that carry what was said.
     */
    private static final Set<String> OWNED_SPEECH = Set.of(
            "statement", "statements", "remark", "remarks", "comment", "comments", "claim", "claims", "words", "language",
            "rhetoric", "message", "messages", "letter", "post", "posts", "tweet", "tweets", "speech", "testimony",
            "warning", "warnings", "response", "reply", "answer", "announcement", "assurance", "assurances");
    private static final Set<String> OWNER_PRONOUNS = Set.of("his", "her");

    /** The longest phrase read as a speaker; a longer one is read up to its first comma. */
    private static final int MAX_PHRASE_TOKENS = 14;

    private SpeakerPhrases() {}

    /**
     * The first comma among tokens {@code from} (inclusive) to {@code to} (exclusive), or {@code to}
     * when there is none. "Andrew Tabler, an expert on Syria at the Washington Institute for Near
     * East Policy,": a speaker with a long apposition is named before its first comma.
     */
    static int beforeFirstComma(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).pos().equals(",")) {
                return i;
            }
        }
        return to;
    }

    /**
     * A phrase too long to be a speaker's whole name is a name with its apposition, maybe after a
     * time or place ("Just last week, Ola Brandt, editor of a weekly read across the valley,"): the
     * speaker is its first part if that names one, else the first of its next three parts that opens
     * with a person's name. A later part that is a place ("in Birmingham, Alabama,") or mentions
     * someone inside a description ("a tribute to Ivo Brandt") is not the subject.
     */
    private static Optional<Speaker> longPhrase(AnnotatedText text, int from, int to, ArticleContext context,
            boolean beforeCue, boolean described) {
        List<Token> tokens = text.tokens();
        int start = from;
        for (int part = 0; part < 4 && start < to; part++) {
            int end = beforeFirstComma(tokens, start, to);
            if (end - start > MAX_PHRASE_TOKENS) {
                return Optional.empty();
            }
            Optional<Speaker> speaker = part == 0 ? read(text, start, end, context, beforeCue, described)
                    : namedPerson(text, start, end, context, beforeCue);
            if (speaker.isPresent()) {
                return speaker;
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** The person a phrase opens with ("Ola Brandt, editor of ..."), or empty. */
    private static Optional<Speaker> namedPerson(AnnotatedText text, int from, int to, ArticleContext context, boolean beforeCue) {
        List<Token> tokens = text.tokens();
        while (from < to && isFiller(tokens.get(from))) {
            from++;
        }
        if (from >= to || !tokens.get(from).isProperNoun()) {
            return Optional.empty();
        }
        int name = from;
        while (name + 1 < to && name - from < 2 && isTitle(tokens.get(name))) {
            name++; // "Sen. Ola Brandt", "Lt. Col. Ivo Pirelli": the name opens after its titles
        }
        TextSpan phrase = new TextSpan(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        int start = tokens.get(name).span().start();
        boolean person = context.bestMentionWithin(phrase, beforeCue)
                .filter(m -> m.type() == EntityType.PERSON && m.span().start() == start).isPresent();
        return person ? read(text, from, to, context, beforeCue, false).filter(s -> s.kind() == SpeakerKind.NAMED) : Optional.empty();
    }

    /** A title before a name: an abbreviation ("Sen.", "Col.", "Dr."; not an initial, "J.J.") or a capitalised role ("Senator", "Judge"). */
    private static boolean isTitle(Token token) {
        String word = token.word();
        return token.isProperNoun() && (word.matches("[A-Z][a-z]{1,4}\\.")
                || ROLE_HEADS.contains(word.toLowerCase(Locale.ROOT)) && Character.isUpperCase(word.charAt(0)));
    }

    /**
     * The speaker named by tokens {@code [from, to)}, or empty when they name none.
     *
     * @param context the article, for resolving pronouns and roles
     */
    static Optional<Speaker> read(AnnotatedText text, int from, int to, ArticleContext context) {
        return read(text, from, to, context, true);
    }

    /**
     * As {@link #read(AnnotatedText, int, int, ArticleContext)}, for a phrase that follows its cue
     * when {@code beforeCue} is false (then the first name in it is the speaker, not the last).
     */
    static Optional<Speaker> read(AnnotatedText text, int from, int to, ArticleContext context, boolean beforeCue) {
        return read(text, from, to, context, beforeCue, false);
    }

    /**
     * As {@link #read(AnnotatedText, int, int, ArticleContext, boolean)}; when {@code described} is
     * true, a phrase that names no one and holds no role ("the woman") is still read as a speaker.
     * Only a phrase right next to a quotation's own cue ("'...,' the woman said", "'...,' said the
     * woman") is sure enough for that: elsewhere such a phrase is as often the topic of the clause.
     */
    static Optional<Speaker> read(AnnotatedText text, int from, int to, ArticleContext context, boolean beforeCue,
            boolean described) {
        List<Token> tokens = text.tokens();
        boolean opensClause = from == 0 || opensClauseAfter(tokens, from - 1);
        while (from < to && isFiller(tokens.get(from))) {
            from++;
        }
        if (opensClause) {
            from = afterTimePhrase(tokens, from, to);
        }
        while (to > from && isFiller(tokens.get(to - 1))) {
            to--;
        }
        to = beforeAside(tokens, from, to);
        if (to - from > MAX_PHRASE_TOKENS) {
            return longPhrase(text, from, to, context, beforeCue, described);
        }
        if (from >= to || to - from > MAX_PHRASE_TOKENS) {
            return Optional.empty();
        }
        int possessive = beforeCue && cueFollows(tokens, to) ? ownedSpeech(tokens, from, to) : -1;
        if (possessive > from) {
            return read(text, from, possessive, context, beforeCue, described); // "Brandt's envoy's language last weekend - claiming"
        }
        if (possessive == from) {
            TextSpan owner = tokens.get(from).span(); // "his remarks - insisting that ...": resolved as "he" is
            return Optional.of(new Speaker(SpeakerKind.PRONOUN, owner, context.resolvePronoun(owner.start()).orElse(null)));
        }
        TextSpan phrase = new TextSpan(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        if (to - from == 1 && CALENDAR.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // "tweeted Sunday": a day dates the statement, it does not make it
        }
        if (context.insideQuote(tokens.get(from).span())) {
            return Optional.empty(); // words someone said are not who said them
        }
        TextSpan nameSearch = appositionHead(tokens, from, to, phrase);
        int phraseStart = from;
        int phraseEnd = to;
        Optional<EntityMention> named = context.bestMentionWithin(nameSearch, beforeCue)
                .filter(mention -> heads(tokens, phraseStart, phraseEnd, mention));
        String head = headNoun(tokens, from, to);
        boolean indefinite = INDEFINITE.contains(tokens.get(from).word().toLowerCase(Locale.ROOT));
        if (head != null && ANONYMOUS_HEADS.contains(head) && (!ROLE_HEADS.contains(head) || indefinite)
                && (named.isEmpty() || named.get().type() != EntityType.PERSON)) {
            return Optional.of(new Speaker(SpeakerKind.ANONYMOUS, phrase, null)); // "a senior diplomat in Haldeby"
        }
        boolean roleAfterName = named.isPresent() && named.get().type() != EntityType.PERSON && head != null
                && ROLE_HEADS.contains(head) && named.get().endToken() < to;
        if (named.isPresent() && !roleAfterName) {
            return Optional.of(new Speaker(SpeakerKind.NAMED, named.get().span(), named.get().span()));
        }
        String first = tokens.get(from).word().toLowerCase(Locale.ROOT);
        if (to - from == 1 && PRONOUNS.contains(first)) {
            TextSpan resolved = context.resolvePronoun(phrase.start()).orElse(null);
            return Optional.of(new Speaker(SpeakerKind.PRONOUN, phrase, resolved));
        }
        if (to - from == 1 && (beforeCue || described) && QUANTIFIERS.contains(first) && !tokens.get(from).pos().equals("CD")) {
            // "Some chanted ...", "Others said ...", and right after a quotation's own cue, "'...,' tweeted another"
            return Optional.of(new Speaker(SpeakerKind.ANONYMOUS, phrase, null));
        }
        if (to - from == 1 && (UNRESOLVED_PRONOUNS.contains(first) || described && first.equals("it"))) {
            // "it" speaks only where a phrase that merely describes would ("'...,' it reads", "It added that ..."): a letter, a report
            return Optional.of(new Speaker(SpeakerKind.PRONOUN, phrase, null));
        }
        if (to - from == 1 && Character.isUpperCase(tokens.get(from).word().charAt(0))) {
            Optional<TextSpan> bearer = context.personBySurname(tokens.get(from).word(), phrase.start());
            if (bearer.isPresent()) {
                return Optional.of(new Speaker(SpeakerKind.NAMED, phrase, bearer.get()));
            }
        }
        Optional<TextSpan> properRun = properNounRun(tokens, from, to, nameSearch);
        if (properRun.isPresent() && !nameSearch.equals(phrase)) {
            return Optional.of(new Speaker(SpeakerKind.NAMED, properRun.get(), properRun.get()));
        }
        int nameEnd = from;
        while (nameEnd < to && tokens.get(nameEnd).span().end() <= nameSearch.end()) {
            nameEnd++;
        }
        if (!nameSearch.equals(phrase) && nameEnd - from <= 3 && allProperNouns(tokens, from, nameEnd)) {
            // "Tarn, the senator from Orsk,": a name the NER model missed, before its role in apposition
            return Optional.of(new Speaker(SpeakerKind.NAMED, nameSearch, nameSearch));
        }
        if (head != null && INSTITUTION_HEADS.contains(head) && startsDefinite(tokens.get(from))) {
            Optional<TextSpan> institution = namesItself(tokens, from, to) ? Optional.of(phrase) : context.resolveInstitution(head, phrase.start());
            if (institution.isPresent()) {
                return Optional.of(new Speaker(SpeakerKind.NAMED, phrase, institution.get()));
            }
            return Optional.of(new Speaker(SpeakerKind.ROLE, phrase, null)); // "the ministry", "her office": whose, the text did not say
        }
        if (head != null && ROLE_HEADS.contains(head) && (roleAfterName || startsDefinite(tokens.get(from)))) {
            TextSpan resolved = context.resolveRole(tokens.subList(from, to), phrase.start()).orElse(null);
            return Optional.of(new Speaker(SpeakerKind.ROLE, phrase, resolved));
        }
        if (head != null && (ANONYMOUS_HEADS.contains(head) || ROLE_HEADS.contains(head))) {
            return Optional.of(new Speaker(SpeakerKind.ANONYMOUS, phrase, null));
        }
        if (allProperNouns(tokens, from, to) && to - from <= 3) {
            return Optional.of(new Speaker(SpeakerKind.NAMED, phrase, phrase));
        }
        return described ? describedSpeaker(tokens, from, to) : Optional.empty();
    }

    /**
     * Where the subject of a cue is what somebody said rather than who ("Brandt's envoy's language
     * last weekend - claiming", "her remarks on Monday - insisting"), the owner speaks: the index of
     * the owner's "'s", {@code from} for a "his" or "her" that opens the phrase, or -1. The noun of
     * speech ends the phrase's noun group; a time phrase may follow it.
     */
    private static int ownedSpeech(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            Token owner = tokens.get(i);
            boolean possessive = owner.pos().equals("POS") && i > from
                    || i == from && owner.pos().equals("PRP$") && OWNER_PRONOUNS.contains(owner.word().toLowerCase(Locale.ROOT));
            Token noun = tokens.get(i + 1);
            if (possessive && noun.pos().startsWith("NN") && OWNED_SPEECH.contains(noun.word().toLowerCase(Locale.ROOT))
                    && (i + 2 == to || !tokens.get(i + 2).pos().startsWith("NN") || isTimeWord(tokens.get(i + 2)))) {
                return owner.pos().equals("POS") ? i : from;
            }
        }
        return -1;
    }

    /** Whether a verb of speech comes next after token {@code to}, past punctuation and adverbs: the phrase is its subject. */
    private static boolean cueFollows(List<Token> tokens, int to) {
        int next = to;
        while (next < tokens.size() && isFiller(tokens.get(next))) {
            next++;
        }
        return next < tokens.size() && Cues.isCue(tokens.get(next));
    }

    /**
     * Whether a mention can be the speaker its phrase names: a person anywhere in it; a place or
     * organisation only where it heads the phrase, not inside a phrase about something else ("a
     * rally in Milwaukee", "a message on her Facebook page", "in Raleigh, N.C.").
     */
    private static boolean heads(List<Token> tokens, int from, int to, EntityMention mention) {
        if (mention.type() == EntityType.PERSON) {
            return true;
        }
        for (int i = from; i < mention.firstToken(); i++) {
            String pos = tokens.get(i).pos();
            if (pos.equals("IN") || pos.equals(",") || pos.equals("TO") || tokens.get(i).isVerb()) {
                return false;
            }
        }
        return mention.type() != EntityType.LOCATION || mention.endToken() >= to
                || tokens.get(mention.endToken()).pos().equals("POS") || tokens.get(mention.endToken()).pos().startsWith("NN");
    }

    /**
     * "the woman", "his best friend at Lehigh", "a voice-over in the ad", "the letter": a noun
     * phrase that names no one and holds no role, read as a speaker only because it stands where a
     * speaker stands. With a determiner or possessive before the noun it is definite (a role no one
     * was bound to); with "a", "one", "another" it is anonymous; a bare plural ("protesters") too.
     */
    private static Optional<Speaker> describedSpeaker(List<Token> tokens, int from, int to) {
        Token opening = tokens.get(from);
        String first = opening.word().toLowerCase(Locale.ROOT);
        // "Brandt's lawyer", "the club's treasurer": a possessor determines the noun as "his" does
        int possessive = from + 1;
        while (possessive < to && possessive - from <= 3 && tokens.get(possessive).isProperNoun()) {
            possessive++;
        }
        boolean possessed = opening.isProperNoun() && possessive + 1 < to && tokens.get(possessive).pos().equals("POS")
                && !CALENDAR.contains(tokens.get(possessive - 1).word().toLowerCase(Locale.ROOT)); // not "Sunday's massacre"
        boolean determined = DEFINITE_DETERMINERS.contains(first) || INDEFINITE.contains(first) || opening.pos().equals("PRP$") || possessed;
        int nounStart = possessed ? possessive + 1 : determined ? from + 1 : from;
        int end = nounStart;
        while (end < to && (NOUN_MODIFIERS.contains(tokens.get(end).pos()) || tokens.get(end).pos().startsWith("NN"))) {
            end++;
        }
        int head = end - 1;
        while (head > nounStart && !tokens.get(head).pos().startsWith("NN")) {
            head--; // "one Republican involved in the planning": a participle after the noun
        }
        if (head < nounStart || !tokens.get(head).pos().startsWith("NN") || (!determined && tokens.get(head).isProperNoun())
                || NOT_SPEAKERS.contains(tokens.get(head).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (end < to && !tokens.get(end).pos().equals(",") && !tokens.get(end).pos().equals("IN")) {
            return Optional.empty(); // the phrase goes on past its noun: not a plain description
        }
        boolean plural = tokens.get(head).pos().equals("NNS") || tokens.get(head).pos().equals("NNPS");
        if (!determined && !plural) {
            return Optional.empty();
        }
        TextSpan span = new TextSpan(opening.span().start(), tokens.get(head).span().end());
        boolean anonymous = !determined || INDEFINITE.contains(first);
        return Optional.of(new Speaker(anonymous ? SpeakerKind.ANONYMOUS : SpeakerKind.ROLE, span, null));
    }

    /**
     * "Sergei Lavrov, Putin's foreign minister,": when the phrase ends in a role set off by commas,
     * the speaker is named before it, so only that part is searched for the name.
     */
    private static TextSpan appositionHead(List<Token> tokens, int from, int to, TextSpan phrase) {
        int comma = -1;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).pos().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma <= from || comma + 1 >= to) {
            return phrase;
        }
        String head = headNoun(tokens, comma + 1, to);
        if (head == null || !ROLE_HEADS.contains(head) && !describesName(tokens, from, comma)) {
            return phrase;
        }
        return new TextSpan(phrase.start(), tokens.get(comma - 1).span().end());
    }

    /**
     * "Ivo Kolber, an actor in Orsk,", "Kolber, the town's oldest ferryman,": a name of two or
     * three proper nouns before a comma and an article is described by what follows, whatever its
     * noun; the name is searched before the comma.
     */
    private static boolean describesName(List<Token> tokens, int from, int comma) {
        String article = tokens.get(comma + 1).word().toLowerCase(Locale.ROOT);
        return comma - from >= 2 && comma - from <= 3 && allProperNouns(tokens, from, comma)
                && (article.equals("a") || article.equals("an") || article.equals("the"));
    }

    /**
     * "The Citadel, for its part,", "the mayor, however,": a noun phrase followed by an aside that
     * opens with a preposition or an adverb ends at the aside's comma; the aside says how or where
     * the speaker spoke, not who.
     */
    private static int beforeAside(List<Token> tokens, int from, int to) {
        int comma = beforeFirstComma(tokens, from, to);
        if (comma + 1 >= to || headNoun(tokens, from, comma) == null) {
            return to;
        }
        String next = tokens.get(comma + 1).pos();
        return next.equals("IN") || next.equals("RB") ? comma : to;
    }

    /** Two or three capitalised proper nouns in a row inside {@code within}: a name the NER model missed. */
    private static Optional<TextSpan> properNounRun(List<Token> tokens, int from, int to, TextSpan within) {
        for (int i = from; i < to; i++) {
            int j = i;
            while (j < to && tokens.get(j).isProperNoun() && tokens.get(j).span().end() <= within.end()
                    && tokens.get(j).span().start() >= within.start()) {
                j++;
            }
            if (j - i >= 2 && j - i <= 3) {
                return Optional.of(new TextSpan(tokens.get(i).span().start(), tokens.get(j - 1).span().end()));
            }
            i = Math.max(i, j);
        }
        return Optional.empty();
    }

    /**
     * "The Citadel", "the Defence Ministry", "the French foreign ministry": an institution whose
     * phrase says whose it is, by a capitalised name or adjective; not "the ministry", "her office".
     */
    private static boolean namesItself(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (Character.isUpperCase(token.word().charAt(0)) && (token.isProperNoun() || token.pos().startsWith("JJ"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the phrase from {@code from} goes on after a time phrase with no comma after it ("On
     * Monday the mayor said", "Last week Brandt told", "Earlier this month the ministry said"): an
     * optional preposition, an optional "last", "this", "next" or "the", then a day, a month or a
     * unit of time and the part of the day after it. {@code from} itself when no such phrase opens
     * it or nothing follows the phrase. Only for a phrase that opens its clause: after a verb, the
     * words that follow a time phrase are its object or its clause ("told ABC on Monday the tone was
     * cordial").
     */
    private static int afterTimePhrase(List<Token> tokens, int from, int to) {
        int i = from;
        if (i < to && tokens.get(i).pos().equals("IN")) {
            i++;
        }
        if (i < to && TIME_DETERMINERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
            i++;
        }
        if (i >= to || !isTimeWord(tokens.get(i))) {
            return from;
        }
        i++;
        while (i < to && PARTS_OF_DAY.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
            i++;
        }
        while (i < to && isFiller(tokens.get(i))) {
            i++;
        }
        return i < to ? i : from;
    }

    /**
     * Whether a clause may open right after token {@code i}: a full stop, a comma, a colon or a
     * conjunction; or a quotation's closing mark after one ("... ''core Al Qaeda,'' on Tuesday night he said").
     */
    private static boolean opensClauseAfter(List<Token> tokens, int i) {
        if (Clauses.isQuoteMark(tokens.get(i)) && i > 0) {
            i--;
        }
        Token token = tokens.get(i);
        return Clauses.isFullStop(token) || token.pos().equals(",") || token.pos().equals(":") || token.pos().equals("CC");
    }

    private static boolean isTimeWord(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return CALENDAR.contains(word) || TIME_UNITS.contains(word) || PARTS_OF_DAY.contains(word);
    }

    /** Determiners, punctuation, auxiliaries and adverbs at the edges of a phrase. */
    private static boolean isFiller(Token token) {
        String pos = token.pos();
        String word = token.word().toLowerCase(Locale.ROOT);
        return pos.equals(",") || pos.equals(":") || pos.equals("``") || pos.equals("''") || pos.equals("-LRB-")
                || pos.equals("-RRB-") || pos.equals(".") || pos.equals("RB") || pos.equals("RBR") || pos.equals("MD") || pos.equals("CC")
                || word.equals("has") || word.equals("have") || word.equals("had") || word.equals("was") || word.equals("is")
                || word.equals("—") || word.equals("–") || word.equals("-");
    }

    /** The last noun of the phrase's first noun group: "minister" in "the Russian foreign minister". */
    private static String headNoun(List<Token> tokens, int from, int to) {
        String head = null;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.pos().startsWith("NN")) {
                head = token.word().toLowerCase(Locale.ROOT);
            } else if (head != null && (token.pos().equals(",") || token.pos().equals("IN") || token.isVerb())) {
                break;
            }
        }
        return head;
    }

    /** A word that takes a part of a group before "of": "one of the advisers", "several of them". */
    static boolean isPart(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return QUANTIFIERS.contains(word) || word.equals("one") || word.equals("each") || word.equals("none")
                || token.pos().equals("CD") && word.chars().allMatch(Character::isLetter);
    }

    /** Whether a phrase starting with this token is indefinite: "a diplomat", "one official". */
    static boolean isIndefinite(Token token) {
        return INDEFINITE.contains(token.word().toLowerCase(Locale.ROOT));
    }

    /** "the president", "Russia's top diplomat": a role that points at someone definite. */
    private static boolean startsDefinite(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return word.equals("the") || word.equals("his") || word.equals("her") || word.equals("its") || word.equals("their")
                || token.pos().equals("NNP") || token.pos().equals("NNPS") || token.pos().equals("JJ") && Character.isUpperCase(token.word().charAt(0));
    }

    static boolean allProperNouns(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).isProperNoun()) {
                return false;
            }
        }
        return true;
    }

    static boolean isPersonOrGroup(EntityMention mention) {
        return mention.type() == EntityType.PERSON || mention.type() == EntityType.ORGANIZATION
                || mention.type() == EntityType.LOCATION;
    }
}
