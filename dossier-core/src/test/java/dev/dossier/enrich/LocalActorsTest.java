package dev.dossier.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.ActorMention;
import dev.dossier.model.ActorType;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.EntityMention;
import dev.dossier.nlp.EntityType;
import dev.dossier.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalActorsTest {

    @Test
    void aCapitalisedPrepositionTheModelTookIntoAKnownPersonsNameIsDropped() {
        String text = "Ola Brandt spoke on Monday. Among Brandt's posts this week was a photograph.";
        List<ActorMention> mentions = actors(text, "Ola Brandt", EntityType.PERSON, "Among Brandt", EntityType.PERSON);

        assertThat(mentions.get(1).actor().name()).isEqualTo("Ola Brandt");
        assertThat(mentions.get(1).span().of(text)).isEqualTo("Brandt");
    }

    @Test
    void soIsOneTheModelTookForAnOrganisation() {
        String text = "Ola Brandt spoke on Monday. Among Brandt's posts this week was a photograph.";
        List<ActorMention> mentions = actors(text, "Ola Brandt", EntityType.PERSON, "Among Brandt", EntityType.ORGANIZATION);

        assertThat(mentions.get(1).actor().name()).isEqualTo("Ola Brandt");
    }

    @Test
    void aPlaceThatFollowsThePrepositionStaysNoPerson() {
        String text = "Shelling went on near Orsk. From Orsk the road turns north.";
        List<ActorMention> mentions = actors(text, "Orsk", EntityType.LOCATION, "From Orsk", EntityType.PERSON);

        assertThat(mentions).extracting(m -> m.actor().name()).containsExactly("Orsk", "From Orsk");
    }

    @Test
    void inAndIfAreLeftBecauseATurkishLocaleMakesThemUnknownWords() {
        String text = "Ola Brandt spoke on Monday. In Brandt's view the talks had failed.";

        assertThat(actors(text, "Ola Brandt", EntityType.PERSON, "In Brandt", EntityType.PERSON).get(1).actor().name())
                .isEqualTo("In Brandt");
    }

    @Test
    void aPrepositionBeforeANameTheArticleGivesNowhereElseIsLeft() {
        String text = "After Talvik the road turns north.";

        assertThat(actors(text, "After Talvik", EntityType.PERSON).get(0).actor().name()).isEqualTo("After Talvik");
    }

    @Test
    void aSpeakerPhraseEndingInACommonNounIsAnOrganisationNotAPerson() {
        String text = "French foreign ministry officials met Ola Brandt.";
        LocalActors actors = LocalActors.of(new AnnotatedText(text, List.of(), List.of(), List.of()));

        assertThat(actors.actorFor(new TextSpan(0, 23), "French foreign ministry").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actors.actorFor(new TextSpan(38, 48), "Ola Brandt").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aPeoplesNameBeforeANounDescribesItAndIsNoActor() {
        String text = "Kestrian drones hit Tesmir. Kestrian said no.";
        List<Token> tokens = List.of(token(text, 0, "NNP", 0), token(text, 9, "NNS", 0), token(text, 16, "VBD", 0),
                token(text, 20, "NNP", 0), token(text, 26, ".", 0), token(text, 28, "NNP", 1), token(text, 37, "VBD", 1));
        List<EntityMention> mentions = List.of(new EntityMention(new TextSpan(0, 8), "Kestrian", EntityType.PERSON, 0, 0, 1),
                new EntityMention(new TextSpan(20, 26), "Tesmir", EntityType.LOCATION, 0, 3, 4),
                new EntityMention(new TextSpan(28, 36), "Kestrian", EntityType.PERSON, 1, 5, 6));

        assertThat(LocalActors.of(new AnnotatedText(text, List.of(), tokens, mentions)).mentions())
                .extracting(m -> m.span().start()).containsExactly(20, 28); // a word that says something is a name
    }

    /** The token of the word (or punctuation mark) at {@code start} in {@code text}, tagged {@code pos}. */
    private static Token token(String text, int start, String pos, int sentence) {
        int end = start + 1;
        while (end < text.length() && Character.isLetter(text.charAt(start)) && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return new Token(new TextSpan(start, end), text.substring(start, end), pos, null, sentence);
    }

    /** The article's actors, from mentions given as pairs of the words (first occurrence after the last) and a type. */
    private static List<ActorMention> actors(String text, Object... wordsAndTypes) {
        List<EntityMention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < wordsAndTypes.length; i += 2) {
            String words = (String) wordsAndTypes[i];
            int start = text.indexOf(words, from);
            mentions.add(new EntityMention(new TextSpan(start, start + words.length()), words, (EntityType) wordsAndTypes[i + 1], 0, 0, 1));
            from = start + words.length();
        }
        return LocalActors.of(new AnnotatedText(text, List.of(), List.of(), mentions)).mentions();
    }
}
