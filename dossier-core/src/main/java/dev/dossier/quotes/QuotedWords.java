package dev.dossier.quotes;

import dev.dossier.model.QuoteKind;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the words in a pair of quote marks are, read from their shape and the tokens around them:
 * where they start in the token stream, whether they are a full quotation or a fragment of someone
 * else's sentence, and whether they are not a statement at all (a title, a name or a word in marks,
 * a headline in a list). Stateless.
 */
final class QuotedWords {

    /** A quotation of at most this many words right after a word of its sentence is a fragment. */
    private static final int PARTIAL_MAX_WORDS = 6;
    /** Capitalised words in marks up to this length may be a title. */
    private static final int TITLE_MAX_WORDS = 10;
    /** Words in marks up to this length with nothing to report them are a mention. */
    private static final int MENTION_MAX_WORDS = 3;
    /** How many tokens a framing cue's object may take before the name in marks it gives ("called the new mayor 'X'"). */
    private static final int NAMING_OBJECT_MAX_TOKENS = 5;
    /** Framing cues that give a name. */
    private static final Set<String> NAMING = VerbForms.of("call", "dub*", "brand", "label", "label*", "nickname", "term");

    /**
     * The words a title in title case leaves in lower case: articles, short prepositions and
     * conjunctions, and in some styles "is" and "that" ("Orsk is the New Haldeby").
     */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on",
            "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "onto", "over", "up", "off", "per", "de", "la", "y",
            "is", "are", "that");
    /** Nouns of works whose names follow them: "his book 'Make Your Harbour Pay'", "the film 'Tarnville'". */
    private static final Set<String> WORKS = Set.of("book", "memoir", "novel", "film", "movie", "documentary", "song", "album",
            "show", "series", "play", "essay", "column", "podcast", "poem", "episode");

    private QuotedWords() {}

    /**
     * The quotation's first token: its opening mark, or its first word when the tokenizer gave the
     * mark to the sentence before ("... free trade. ''We don't ..." makes {@code ''} close that
     * sentence), so that the quotation is read in the sentence its words are in.
     */
    static int openingToken(AnnotatedText text, QuoteMarks.Found quote) {
        List<Token> tokens = text.tokens();
        int word = Clauses.tokenAtOrAfter(text, quote.content().start());
        int mark = Clauses.tokenAtOrAfter(text, quote.whole().start());
        if (word >= tokens.size() || mark >= word || tokens.get(mark).sentence() == tokens.get(word).sentence()) {
            return mark;
        }
        return word;
    }

    /**
     * Partial when the quoted words are a fragment inside someone else's sentence: they start in
     * lower case, or they are a few words right after a word of the sentence (not a colon, a
     * comma, a cue, or a dash before words that their own cue follows).
     */
    static QuoteKind kind(AnnotatedText text, QuoteMarks.Found quote, int first, Sentence sentence, ArticleContext context) {
        String content = quote.content().of(text.text());
        if (!content.isEmpty() && Character.isLowerCase(content.charAt(0))) {
            return QuoteKind.PARTIAL;
        }
        int words = content.split("\\s+").length;
        // the tagger may leave the last paragraph's closing mark before a paragraph's opening one
        if (words <= PARTIAL_MAX_WORDS && first > sentence.firstToken() && !startsParagraph(text.text(), quote.whole().start())) {
            Token before = text.tokens().get(first - 1);
            // after a dash, a quotation its own cue follows is an aside of its own: "... like the old king - 'He would have
            // loved it,' Varga said -"; without a cue, a slogan or a fragment: "a poster - 'No rights for foreigners!'"
            boolean dash = Clauses.isDash(before)
                    && TrailingWords.cueFollows(text, Clauses.tokenAtOrAfter(text, quote.whole().end()), context);
            if (!before.pos().equals(":") && !before.pos().equals(",") && !dash && !Cues.isCue(before)) {
                return QuoteKind.PARTIAL;
            }
        }
        return QuoteKind.DIRECT;
    }

    /**
     * Whether {@code words}, the quotation starting at token {@code first} and followed by token
     * {@code after}, name a show, a book or a plan ("Meet the Press with Kristen Welker"): a few
     * words, most of them capitalised, that nothing marks as {@linkplain #spoken spoken}. A
     * speaker named right after the quotation, whose cue follows ("'Yes, I Back Varga,' Ola
     * Brandt, founder of the Orsk Institute, tells ..."), {@code creditedAfter}, marks them as
     * spoken too, however long the apposition before the cue, when they make a clause (a finite
     * verb) as a title seldom does.
     */
    static boolean isTitle(AnnotatedText text, String words, int first, int after, ArticleContext context, boolean creditedAfter) {
        if (ownedOrPlaced(text, words, first)) {
            return true;
        }
        return capitalised(words) && words.split("\\s+").length <= TITLE_MAX_WORDS
                && !(creditedAfter && Clauses.hasFiniteVerb(text.tokens(), first, after)) && !spoken(text, words, first, after, context);
    }

    /**
     * Whether {@code words}, a quotation no rule found a speaker for, followed by token
     * {@code after}, are not a statement: words that promise a cue ("'...,'") and have none, as a
     * headline in a list does, or a name or a word in marks ("'Guccifer' targeted ..."), when no
     * cue or verb follows them.
     */
    static boolean isUnsaid(AnnotatedText text, String words, int after, ArticleContext context) {
        boolean promisesCue = words.endsWith(",");
        boolean mention = words.split("\\s+").length <= MENTION_MAX_WORDS && !words.matches("(?s).*[!?][.,]?$");
        return (promisesCue || mention) && !TrailingWords.cueFollows(text, after, context) && !TrailingWords.verbFollows(text, after);
    }

    /**
     * Whether capitalised words in marks follow a possessive or "on" or "of" ("on ABC's 'This Week,'",
     * "later on 'Morning Table,'", "the hosts of 'State of the Union'") or the noun of a work they
     * name ("in his book, 'Make Your Harbour Pay,'"): the name of a show or a work that someone owns
     * or that something happens on, even when a cue follows, which is then the sentence's.
     */
    private static boolean ownedOrPlaced(AnnotatedText text, String words, int first) {
        List<Token> tokens = text.tokens();
        int before = first - 1;
        while (before >= 0 && Clauses.isQuoteMark(tokens.get(before))) {
            before--;
        }
        int count = words.split("\\s+").length;
        if (before < 0 || words.isEmpty() || !Character.isUpperCase(words.charAt(0)) || count > TITLE_MAX_WORDS
                || !(count == 1 || titleCase(words))) {
            return false;
        }
        Token token = tokens.get(before);
        if (token.pos().equals(",")) { // "his 2002 book, 'Make Your Harbour Pay,'"
            return before > 0 && WORKS.contains(tokens.get(before - 1).word().toLowerCase(Locale.ROOT));
        }
        String word = token.word().toLowerCase(Locale.ROOT);
        return token.pos().equals("POS") || word.equals("on") || word.equals("of") || WORKS.contains(word);
    }

    /** Whether every word of {@code content} that starts with a letter is capitalised or one a title leaves in lower case. */
    private static boolean titleCase(String content) {
        for (String word : content.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && !Character.isUpperCase(word.charAt(0))
                    && !TITLE_SMALL_WORDS.contains(word.replaceAll("\\W+$", "").toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the quotation is a clipping from a linked page: a web address follows its closing
     * mark on the same line ('... by Ola Brandt: "The ferry will ..." http://...'), as in a
     * newsletter's digest of other outlets' stories. The words are an excerpt the digest passes
     * on, not a statement anyone made in the story.
     */
    static boolean isClipping(String text, QuoteMarks.Found quote) {
        int i = quote.whole().end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        String rest = text.substring(i, Math.min(text.length(), i + 8)).toLowerCase(Locale.ROOT);
        return rest.startsWith("http://") || rest.startsWith("https://") || rest.startsWith("www.");
    }

    /**
     * Whether the quotation opens the text's headline, its first line. A headline that opens
     * with quoted words tags the story with them ("'Reckless' harbour plan splits council"); without a
     * speaker the headline names, they are the story's label, not a statement. Quoted words
     * later in the headline more often finish a speaker's phrase ("Harbour board on Varga: '...'").
     * A text of one line has no headline.
     */
    static boolean opensHeadline(String text, QuoteMarks.Found quote) {
        int lineEnd = text.indexOf('\n');
        return lineEnd >= quote.whole().end() && text.substring(0, quote.whole().start()).isBlank();
    }

    /** Whether only spaces stand between the start of a line and {@code offset}. */
    static boolean startsParagraph(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /**
     * Whether capitalised words are still someone's words, not a title: they exclaim or ask ("USA!
     * USA!"), a cue or a colon comes right before them ("she declared 'What a Super Tuesday!'", "one child
     * responded, 'That's Ola's Husband.'",
     * "had one message: 'Dump Trump.'"), or a cue right after them ("'This is little Fort
     * Pierce!' said ..."), or they are more than one sentence ("'The Mayor. Our Mayor.'").
     */
    private static boolean spoken(AnnotatedText text, String words, int first, int after, ArticleContext context) {
        if (words.endsWith("!") || words.endsWith("?") || words.endsWith("!,") || words.endsWith("?,")
                || Clauses.SENTENCE_BREAK.matcher(words).find()) {
            return true;
        }
        List<Token> tokens = text.tokens();
        int before = first - 1;
        while (before >= 0 && Clauses.isQuoteMark(tokens.get(before))) {
            before--;
        }
        if (before > 0 && tokens.get(before).pos().equals(",") && Cues.isSpeech(tokens.get(before - 1))) {
            before--; // "Another child responded, 'That's Ola's husband.'"
        }
        boolean introduced = before >= 0 && (tokens.get(before).word().equals(":") || Cues.isSpeech(tokens.get(before))
                || tokens.get(before).word().equalsIgnoreCase("reading") || tokens.get(before).word().equalsIgnoreCase("read"));
        return introduced || named(tokens, before) || TrailingWords.cueFollows(text, after, context);
    }

    /**
     * Whether a framing cue a few words before token {@code last}, with only its object between,
     * names someone or something in the quoted words ("called Varga 'The Iron Mayor'", "dubbed
     * the plan 'Operation Clean Slate'"): an epithet someone coined, not a title. A participle
     * after a noun ("a group called 'X'", "the so-called 'X'") only gives a name.
     */
    private static boolean named(List<Token> tokens, int last) {
        for (int i = last; i >= 0 && i > last - NAMING_OBJECT_MAX_TOKENS; i--) {
            Token token = tokens.get(i);
            if (Cues.isFraming(token)) {
                return NAMING.contains(token.word().toLowerCase(Locale.ROOT)) && !token.pos().equals("VBN");
            }
            if (!token.isVerb() && (token.pos().length() == 1 || Clauses.isQuoteMark(token) || token.pos().equals(",")
                    || token.pos().equals(":"))) {
                return false;
            }
            if (token.isVerb()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Meet the Press with Kristen Welker": at least two words, six in ten of them capitalised, and
     * the others small words that titles leave in lower case. A lower-case word of any other kind
     * makes a sentence ("This could be Anywhere Kestria.").
     */
    private static boolean capitalised(String content) {
        String[] words = content.strip().split("\\s+");
        if (words.length < 2 || !titleCase(content)) {
            return false;
        }
        long capitalised = Arrays.stream(words).filter(word -> !word.isEmpty() && Character.isUpperCase(word.charAt(0))).count();
        return capitalised * 10 >= words.length * 6;
    }
}
