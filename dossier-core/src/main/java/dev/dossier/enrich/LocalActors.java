package dev.dossier.enrich;

import dev.dossier.model.ActorMention;
import dev.dossier.model.ActorType;
import dev.dossier.model.NamedActor;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.EntityMention;
import dev.dossier.nlp.EntityType;
import dev.dossier.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The actors of one article: every named-entity mention linked to the fullest name the article
 * gives its bearer, so "Lavrov" and "Mr Lavrov" are "Sergei Lavrov" when the article names him so.
 * A surname goes to the nearest full name before it with that surname (two Halvorsens stay two).
 * Organisations lose a leading "the"; places that stand for governments are actors too.
 */
final class LocalActors {

    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
            "president", "prime", "minister", "gen.", "general", "sen.", "senator", "gov.", "governor", "chancellor", "king",
            "queen", "prince", "pope", "secretary", "colonel", "col.", "admiral", "adm.", "lt.", "sgt.");

    /** Endings of words for a people: "Kestrian", "Korean", "Chinese", "Danish". */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{L}+(?:ian|ean|ese|ish)");
    /**
     * Capitalised words that open a sentence or a headline and that the NER model sometimes takes
     * into the name that follows ("Among Brandt's posts", "After Brandt spoke"). "In" and "If" are
     * not among them: CoreNLP lower-cases with the default locale, in a Turkish one they become
     * words it has never seen ("ın", "ıf"), and it then tags the place after them a person all
     * through the article ("In Orsk ... Orsk"), so a person of that name elsewhere is no evidence
     * (trimming them moved the example corpus's stories in that locale, pair F1 0.527 to 0.480).
     */
    private static final Set<String> LEADING_WORDS = Set.of("about", "after", "against", "among", "and", "as", "at",
            "before", "behind", "between", "but", "by", "despite", "during", "for", "from", "like", "of",
            "on", "since", "to", "under", "unlike", "when", "while", "with", "without");

    private final List<ActorMention> mentions;

    private LocalActors(List<ActorMention> mentions) {
        this.mentions = mentions;
    }

    static LocalActors of(AnnotatedText text) {
        List<ActorMention> linked = new ArrayList<>();
        List<ActorMention> fullNames = new ArrayList<>();
        Map<String, EntityType> types = majorityTypes(text);
        boolean anyLeadingWord = text.mentions().stream().anyMatch(m -> opensWithLeadingWord(m.text()));
        Set<String> surnames = anyLeadingWord ? surnames(text) : Set.of();
        for (EntityMention mention : text.mentions()) {
            if (mention.type() == EntityType.MISC || isDemonym(text, mention)) {
                continue;
            }
            mention = withoutLeadingWord(mention, types, surnames);
            String name = cleanName(mention.text(), mention.type());
            if (name.isEmpty()) {
                continue;
            }
            EntityType type = types.getOrDefault(name, mention.type());
            if (type != EntityType.PERSON && mention.type() == EntityType.PERSON) {
                name = cleanName(mention.text(), type);
            }
            mention = new EntityMention(mention.span(), mention.text(), type, mention.sentence(), mention.firstToken(), mention.endToken());
            NamedActor actor = new NamedActor(name, type(mention.type()));
            if (mention.type() == EntityType.PERSON && !name.contains(" ")) {
                actor = nearestFullName(fullNames, name).orElse(actor);
            }
            ActorMention linkedMention = new ActorMention(mention.span(), mention.text(), actor);
            if (mention.type() == EntityType.PERSON && name.contains(" ")) {
                fullNames.add(linkedMention);
            }
            linked.add(linkedMention);
        }
        return new LocalActors(List.copyOf(linked));
    }

    /**
     * The mention without a capitalised preposition or conjunction the model took into a person's
     * name (typing the whole a person or an organisation), when what follows is a person the
     * article names without it: "Among Brandt" is Brandt when "Brandt" or "Ola Brandt" is a person
     * elsewhere in the article. Otherwise the mention is left as it is: a model that tags "In Orsk"
     * a person (CoreNLP does in a Turkish default locale) must not turn the place Orsk into a person.
     */
    private static EntityMention withoutLeadingWord(EntityMention mention, Map<String, EntityType> types, Set<String> surnames) {
        boolean nameLike = mention.type() == EntityType.PERSON || mention.type() == EntityType.ORGANIZATION;
        if (!nameLike || !opensWithLeadingWord(mention.text())) {
            return mention;
        }
        String written = mention.text();
        String rest = written.substring(written.indexOf(' ') + 1).stripLeading();
        String name = cleanName(rest, EntityType.PERSON);
        boolean named = types.get(name) == EntityType.PERSON || surnames.contains(name.toLowerCase(Locale.ROOT));
        if (name.isEmpty() || !named) {
            return mention;
        }
        int start = mention.span().end() - rest.length();
        return new EntityMention(new TextSpan(start, mention.span().end()), rest, EntityType.PERSON, mention.sentence(),
                mention.firstToken() + 1, mention.endToken());
    }

    /** Whether a name of two words or more opens with one of the {@link #LEADING_WORDS}. */
    private static boolean opensWithLeadingWord(String written) {
        int space = written.indexOf(' ');
        return space > 0 && LEADING_WORDS.contains(written.substring(0, space).toLowerCase(Locale.ROOT));
    }

    /**
     * "Kestrian drones", "Valdorian positions": one word with a people's ending before a lower-case
     * noun describes the noun; it names no actor, though a model that does not know the country
     * types it a person or a place.
     */
    private static boolean isDemonym(AnnotatedText text, EntityMention mention) {
        if (mention.endToken() - mention.firstToken() != 1 || mention.endToken() >= text.tokens().size()) {
            return false;
        }
        Token next = text.tokens().get(mention.endToken());
        return DEMONYM.matcher(mention.text()).matches() && next.pos().startsWith("NN") && !next.isProperNoun()
                && Character.isLowerCase(next.word().charAt(0));
    }

    /**
     * The last words of the article's person names of two words or more, lower-cased, leaving out
     * the names that open with one of the {@link #LEADING_WORDS}.
     */
    private static Set<String> surnames(AnnotatedText text) {
        Set<String> surnames = new HashSet<>();
        for (EntityMention mention : text.mentions()) {
            if (mention.type() != EntityType.PERSON || opensWithLeadingWord(mention.text())) {
                continue;
            }
            String name = cleanName(mention.text(), EntityType.PERSON);
            int space = name.lastIndexOf(' ');
            if (space > 0) {
                surnames.add(name.substring(space + 1).toLowerCase(Locale.ROOT));
            }
        }
        return surnames;
    }

    /**
     * The type most of a name's mentions in the article have: the NER model sometimes takes a
     * country for a person in one sentence and gets it right in the next.
     */
    private static Map<String, EntityType> majorityTypes(AnnotatedText text) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (EntityMention mention : text.mentions()) {
            String name = cleanName(mention.text(), EntityType.ORGANIZATION);
            votes.computeIfAbsent(name, n -> new EnumMap<>(EntityType.class)).merge(mention.type(), 1, Integer::sum);
        }
        Map<String, EntityType> majority = new HashMap<>();
        votes.forEach((name, counts) -> counts.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> e.getKey() == EntityType.PERSON ? 0 : 1))
                .ifPresent(best -> majority.put(name, best.getKey())));
        return majority;
    }

    List<ActorMention> mentions() {
        return mentions;
    }

    /**
     * The actor a speaker span names: the mention at that span, else a name for the phrase itself
     * (a proper noun the NER model missed, or an institution such as "the French foreign ministry").
     */
    NamedActor actorFor(TextSpan span, String written) {
        for (ActorMention mention : mentions) {
            if (mention.span().equals(span)) {
                return mention.actor();
            }
        }
        for (ActorMention mention : mentions) {
            if (mention.span().start() >= span.start() && mention.span().end() <= span.end()) {
                return mention.actor();
            }
        }
        String name = cleanName(written, EntityType.ORGANIZATION);
        String stripped = written.strip();
        // "Ola Brandt" may be a person the tagger missed; "The Citadel" and "French foreign ministry" are not
        boolean person = Character.isUpperCase(stripped.charAt(0)) && !stripped.toLowerCase(Locale.ROOT).startsWith("the ")
                && Character.isUpperCase(stripped.charAt(stripped.lastIndexOf(' ') + 1));
        if (person && !name.contains(" ")) {
            Optional<NamedActor> full = nearestFullName(mentions.stream().filter(m -> m.actor().type() == ActorType.PERSON
                    && m.actor().name().contains(" ") && m.span().start() < span.start()).toList(), name);
            if (full.isPresent()) {
                return full.get();
            }
        }
        return new NamedActor(name.isEmpty() ? written.strip() : name, person ? ActorType.PERSON : ActorType.ORGANIZATION);
    }

    private static Optional<NamedActor> nearestFullName(List<ActorMention> fullNames, String surname) {
        for (int i = fullNames.size() - 1; i >= 0; i--) {
            String full = fullNames.get(i).actor().name();
            String last = full.substring(full.lastIndexOf(' ') + 1);
            if (last.equalsIgnoreCase(surname)) {
                return Optional.of(fullNames.get(i).actor());
            }
        }
        return Optional.empty();
    }

    /** The name without honorifics, possessive endings, a leading "the" or surrounding punctuation. */
    static String cleanName(String written, EntityType type) {
        String name = written.strip().replaceAll("[’']s$", "").replaceAll("\\s+", " ");
        if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
            name = name.substring(4);
        }
        if (type == EntityType.PERSON) {
            String[] words = name.split(" ");
            int first = 0;
            while (first < words.length - 1 && HONORIFICS.contains(words[first].toLowerCase(Locale.ROOT))) {
                first++;
            }
            name = String.join(" ", Arrays.copyOfRange(words, first, words.length));
        }
        return name.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.)]+$", "").strip();
    }

    private static ActorType type(EntityType type) {
        return switch (type) {
            case PERSON -> ActorType.PERSON;
            case LOCATION -> ActorType.PLACE;
            default -> ActorType.ORGANIZATION;
        };
    }
}
