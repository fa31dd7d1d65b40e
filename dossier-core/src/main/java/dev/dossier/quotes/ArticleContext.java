package dev.dossier.quotes;

import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.EntityMention;
import dev.dossier.nlp.EntityType;
import dev.dossier.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the attributor knows about one article while it reads it: where the quotations are (names
 * inside them are not speakers), which roles the text gives its people ("Russia's foreign
 * minister, Sergei Lavrov"), and who spoke last, for pronouns and continued quotes. One instance
 * per article; not thread-safe.
 */
final class ArticleContext {

    private static final int PRONOUN_REACH = 600;
    private static final int ROLE_WORDS = 6;
    /** How many words may stand between an institution's noun and the name that says whose it is: "Kestria's new foreign ministry". */
    private static final int INSTITUTION_QUALIFIER_REACH = 4;

    private final AnnotatedText text;
    private final List<TextSpan> quotes;
    private final List<TextSpan> titles = new ArrayList<>();
    private final List<RoleBinding> roles = new ArrayList<>();
    private final List<Spoken> history = new ArrayList<>();
    private Quoted lastQuotation;

    /** A person and the words of a role the text gives them. */
    private record RoleBinding(int offset, Set<String> words, TextSpan person) {}

    /** A quotation and the speaker it was given, resolved or not. */
    record Quoted(TextSpan quote, Speaker speaker) {}

    /** A resolved speaker and where their statement stands. */
    private record Spoken(int offset, TextSpan person, boolean isPerson) {}

    ArticleContext(AnnotatedText text, List<TextSpan> quotes) {
        this.text = text;
        this.quotes = List.copyOf(quotes);
        for (EntityMention mention : text.mentions()) {
            if (mention.type() == EntityType.PERSON && !insideQuote(mention.span())) {
                bindRoles(mention);
            }
        }
    }

    AnnotatedText text() {
        return text;
    }

    boolean insideQuote(TextSpan span) {
        for (TextSpan quote : quotes) {
            if (span.start() >= quote.start() && span.end() <= quote.end()) {
                return true;
            }
        }
        return false;
    }

    /** Records quoted words that name a show, a book or a plan rather than quote anyone. */
    void titled(TextSpan quote) {
        titles.add(quote);
    }

    /** Whether the quote mark at {@code mark} closes quoted words recorded as a title. */
    boolean closesTitle(TextSpan mark) {
        return titles.stream().anyMatch(t -> t.end() == mark.end());
    }

    /** Whether {@code span} lies inside quoted words that are someone's, not a title. */
    boolean insideStatement(TextSpan span) {
        return insideQuote(span) && titles.stream().noneMatch(t -> span.start() >= t.start() && span.end() <= t.end());
    }

    /**
     * The mention that best names a speaker inside a phrase: a person, else an organisation, else a
     * place; among equals the one nearest the cue (the last when the phrase precedes its cue, the
     * first when it follows it).
     */
    Optional<EntityMention> bestMentionWithin(TextSpan phrase, boolean nearestIsLast) {
        EntityMention best = null;
        for (EntityMention mention : text.mentions()) {
            if (mention.span().start() < phrase.start() || mention.span().end() > phrase.end() || insideQuote(mention.span())
                    || isPossessor(mention)) {
                continue;
            }
            if (best == null || rank(mention.type()) < rank(best.type())
                    || (nearestIsLast && rank(mention.type()) == rank(best.type()))) {
                best = mention;
            }
        }
        return Optional.ofNullable(best).filter(SpeakerPhrases::isPersonOrGroup);
    }

    /** "Trump's" in "Trump's envoy": the name modifies the speaker, it is not the speaker. */
    private boolean isPossessor(EntityMention mention) {
        return mention.endToken() < text.tokens().size() && text.tokens().get(mention.endToken()).pos().equals("POS");
    }

    private static int rank(EntityType type) {
        return switch (type) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case LOCATION -> 2;
            case MISC -> 3;
        };
    }

    void spoke(Speaker speaker, int offset) {
        if (speaker.resolved() != null) {
            boolean person = text.mentions().stream()
                    .anyMatch(m -> m.span().equals(speaker.resolved()) && m.type() == EntityType.PERSON)
                    || speaker.kind() != dev.dossier.model.SpeakerKind.NAMED;
            history.add(new Spoken(offset, speaker.resolved(), person));
        }
    }

    /** Records the speaker of a quotation, read in text order. */
    void quoted(TextSpan quote, Speaker speaker) {
        lastQuotation = new Quoted(quote, speaker);
    }

    /** The last quotation given a speaker, if any. */
    Optional<Quoted> lastQuotation() {
        return Optional.ofNullable(lastQuotation);
    }

    /**
     * What "he" or "she" at {@code offset} stands for: the first person named (outside quotations)
     * in its own sentence before it; else the last speaker, if they spoke in the sentence before;
     * else the first person named in the sentence before (its subject, usually); else, within a
     * few sentences, the last person who spoke or was named.
     */
    Optional<TextSpan> resolvePronoun(int offset) {
        int sentence = text.sentenceAt(offset);
        Optional<TextSpan> same = firstPersonIn(sentence, offset);
        if (same.isPresent() || sentence <= 0) {
            return same;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Spoken spoken = history.get(i);
            if (spoken.isPerson() && spoken.offset() < offset) {
                int spokenSentence = text.sentenceAt(spoken.offset());
                if (spokenSentence == sentence - 1 || spokenSentence == sentence) {
                    return Optional.of(spoken.person());
                }
                break;
            }
        }
        Optional<TextSpan> previous = firstPersonIn(sentence - 1, offset);
        if (previous.isPresent()) {
            return previous;
        }
        // further back: the last person who spoke, else the last person named, within a few sentences
        for (int i = history.size() - 1; i >= 0; i--) {
            Spoken spoken = history.get(i);
            if (spoken.isPerson() && spoken.offset() < offset && offset - spoken.offset() <= PRONOUN_REACH) {
                return Optional.of(spoken.person());
            }
        }
        EntityMention nearest = null;
        for (EntityMention mention : text.mentions()) {
            if (mention.span().end() > offset) {
                break;
            }
            if (mention.type() == EntityType.PERSON && !insideQuote(mention.span()) && offset - mention.span().end() <= PRONOUN_REACH) {
                nearest = mention;
            }
        }
        return Optional.ofNullable(nearest).map(EntityMention::span);
    }

    private Optional<TextSpan> firstPersonIn(int sentence, int before) {
        for (EntityMention mention : text.mentions()) {
            if (mention.sentence() == sentence && mention.type() == EntityType.PERSON && mention.span().end() <= before
                    && !insideQuote(mention.span()) && !isPossessor(mention)) {
                return Optional.of(mention.span());
            }
        }
        return Optional.empty();
    }

    /**
     * The person named earlier in full whose surname {@code word} is ("Small, who attended the rally,
     * said" after "Marty Small"): the tagger may read a surname that is also a common word as an
     * adjective, and the NER model then misses it. The nearest such person before {@code offset},
     * outside quotations.
     */
    Optional<TextSpan> personBySurname(String word, int offset) {
        EntityMention nearest = null;
        for (EntityMention mention : text.mentions()) {
            if (mention.type() == EntityType.PERSON && mention.endToken() - mention.firstToken() >= 2
                    && mention.span().end() <= offset && !insideQuote(mention.span())
                    && text.tokens().get(mention.endToken() - 1).word().equals(word)) {
                nearest = mention;
            }
        }
        return Optional.ofNullable(nearest).map(EntityMention::span);
    }

    /**
     * The body "the department" stands for: the nearest organisation named before it whose name
     * ends in that word ("the State Department"), else the nearest earlier phrase that says whose
     * body it is ({@link #qualifiedInstitution}).
     */
    Optional<TextSpan> resolveInstitution(String head, int offset) {
        EntityMention nearest = null;
        for (EntityMention mention : text.mentions()) {
            if (mention.span().end() > offset) {
                break;
            }
            String last = mention.text().substring(mention.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (mention.type() == EntityType.ORGANIZATION && last.equals(head) && !insideQuote(mention.span())) {
                nearest = mention;
            }
        }
        return nearest != null ? Optional.of(nearest.span()) : qualifiedInstitution(head, offset);
    }

    /**
     * The nearest phrase before {@code offset} that names whose body {@code head} is: "Kestria's
     * foreign ministry" gives the possessor's mention, "the Kestrian foreign ministry" the phrase
     * from its proper adjective on. Words inside quotations do not count.
     */
    private Optional<TextSpan> qualifiedInstitution(String head, int offset) {
        List<Token> tokens = text.tokens();
        for (int i = Clauses.tokenAtOrAfter(text, offset) - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.span().end() <= offset && token.word().equalsIgnoreCase(head) && !insideQuote(token.span())) {
                Optional<TextSpan> owner = ownerOf(tokens, i);
                if (owner.isPresent()) {
                    return owner;
                }
            }
        }
        return Optional.empty();
    }

    /** Who the body whose noun is token {@code noun} belongs to, by the words before it ({@link #qualifiedInstitution}). */
    private Optional<TextSpan> ownerOf(List<Token> tokens, int noun) {
        int proper = -1;
        for (int j = noun - 1; j >= 0 && noun - j <= INSTITUTION_QUALIFIER_REACH; j--) {
            Token before = tokens.get(j);
            if (before.pos().equals("POS")) {
                int possessor = j;
                return text.mentions().stream().filter(m -> m.endToken() == possessor).findFirst().map(EntityMention::span);
            }
            if (!before.pos().startsWith("JJ") && !before.pos().startsWith("NN")) {
                break;
            }
            if (Character.isUpperCase(before.word().charAt(0))) {
                proper = j;
            }
        }
        return proper < 0 ? Optional.empty() : Optional.of(new TextSpan(tokens.get(proper).span().start(), tokens.get(noun).span().end()));
    }

    /** The person a role phrase ("the Russian foreign minister") stands for, by the roles the text gave. */
    Optional<TextSpan> resolveRole(List<Token> phrase, int offset) {
        Set<String> wanted = roleWords(phrase);
        String head = null;
        for (Token token : phrase) {
            if (token.pos().startsWith("NN")) {
                head = stem(token.word());
            }
        }
        RoleBinding best = null;
        int bestScore = 0;
        for (RoleBinding binding : roles) {
            if (binding.offset() > offset || head == null || !binding.words().contains(head)) {
                continue;
            }
            int score = 1;
            for (String word : wanted) {
                if (binding.words().contains(word)) {
                    score++;
                }
            }
            if (score >= bestScore) {
                best = binding;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(RoleBinding::person);
    }

    /** Records the roles around a person's name: before it, or in apposition on either side. */
    private void bindRoles(EntityMention person) {
        List<Token> tokens = text.tokens();
        int sentenceStart = text.sentences().get(person.sentence()).firstToken();
        int sentenceEnd = text.sentences().get(person.sentence()).endToken();
        int before = person.firstToken();
        while (before > sentenceStart && person.firstToken() - before < ROLE_WORDS && isRoleWord(tokens.get(before - 1))) {
            before--;
        }
        addBinding(person, tokens.subList(before, person.firstToken()));
        if (person.endToken() < sentenceEnd && tokens.get(person.endToken()).word().equals(",")) {
            int end = person.endToken() + 1;
            while (end < sentenceEnd && end - person.endToken() <= ROLE_WORDS + 2 && !tokens.get(end).word().equals(",")
                    && !tokens.get(end).isVerb()) {
                end++;
            }
            addBinding(person, tokens.subList(person.endToken() + 1, end));
        }
        if (person.firstToken() - 1 > sentenceStart && tokens.get(person.firstToken() - 1).word().equals(",")) {
            int start = person.firstToken() - 1;
            while (start > sentenceStart && person.firstToken() - start <= ROLE_WORDS + 2 && !tokens.get(start - 1).word().equals(",")
                    && !tokens.get(start - 1).isVerb()) {
                start--;
            }
            addBinding(person, tokens.subList(start, person.firstToken() - 1));
        }
    }

    private void addBinding(EntityMention person, List<Token> phrase) {
        boolean hasRole = phrase.stream().anyMatch(t -> SpeakerPhrases.ROLE_HEADS.contains(t.word().toLowerCase(Locale.ROOT)));
        if (hasRole) {
            roles.add(new RoleBinding(person.span().start(), roleWords(phrase), person.span()));
        }
    }

    private static boolean isRoleWord(Token token) {
        String pos = token.pos();
        return pos.startsWith("NNP") || pos.equals("POS") || (pos.startsWith("NN") && SpeakerPhrases.ROLE_HEADS.contains(token.word().toLowerCase(Locale.ROOT)))
                || (pos.equals("JJ") && Character.isUpperCase(token.word().charAt(0)));
    }

    private static Set<String> roleWords(List<Token> phrase) {
        Set<String> words = new HashSet<>();
        for (Token token : phrase) {
            if (token.pos().startsWith("NN") || token.pos().startsWith("JJ")) {
                words.add(stem(token.word()));
            }
        }
        return words;
    }

    /** A crude stem that lets "Russian" meet "Russia's" and "Minister" meet "minister". */
    private static String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace("'s", "").replace("’s", "");
        return lower.length() > 5 ? lower.substring(0, 5) : lower;
    }
}
