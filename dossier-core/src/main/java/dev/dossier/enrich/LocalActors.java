package dev.dossier.enrich;

import dev.dossier.model.ActorMention;
import dev.dossier.model.ActorType;
import dev.dossier.model.NamedActor;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.EntityMention;
import dev.dossier.nlp.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    private final List<ActorMention> mentions;

    private LocalActors(List<ActorMention> mentions) {
        this.mentions = mentions;
    }

    static LocalActors of(AnnotatedText text) {
        List<ActorMention> linked = new ArrayList<>();
        List<ActorMention> fullNames = new ArrayList<>();
        Map<String, EntityType> types = majorityTypes(text);
        for (EntityMention mention : text.mentions()) {
            if (mention.type() == EntityType.MISC) {
                continue;
            }
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
        boolean person = Character.isUpperCase(written.strip().charAt(0)) && !written.strip().toLowerCase(Locale.ROOT).startsWith("the ");
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
