package dev.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.SpeakerKind;
import dev.dossier.nlp.Nlp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attribution rules on sentences written for the purpose, about the fictional world of the example corpus. */
class AttributorTest {

    private final Attributor attributor = Attributor.rules();

    /** One attribution as the tests read it: kind, speaker kind, the speaker as resolved, the cue and the content. */
    record Seen(QuoteKind kind, SpeakerKind speakerKind, String speaker, String cue, String content) {}

    private List<Seen> attribute(String text) {
        return attributor.attribute(Nlp.coreNlp().annotate(text)).stream().map(a -> seen(text, a)).toList();
    }

    private static Seen seen(String text, Attribution a) {
        return new Seen(a.kind(), a.speakerKind(), a.resolvedSource() == null ? null : a.resolvedSource().of(text),
                a.cue() == null ? null : a.cue().of(text), a.content().of(text));
    }

    @Test
    void britishSingleQuotesWithTheCueAfter() {
        assertThat(attribute("'To talk about guarantees without Kestria is to talk to a mirror,' Voronel said at a press conference."))
                .containsExactly(new Seen(QuoteKind.DIRECT, SpeakerKind.NAMED, "Voronel", "said",
                        "To talk about guarantees without Kestria is to talk to a mirror,"));
    }

    @Test
    void aCueAddressedToTheReaderReportsNobody() {
        assertThat(attribute("Remember that Kestria's \"eastern creep\" was the reason for the \"special operation\" in the first place. "
                + "And note that the council had \"no plan at all\" in March.")).isEmpty();
        assertThat(attribute("Note that the mayor said the harbour would reopen.")).singleElement()
                .satisfies(s -> assertThat(s.cue()).isEqualTo("said"));
    }

    @Test
    void whatWasNotSaidIsNoStatement() {
        assertThat(attribute("Marstrand warned of new tariffs. She did not say what the tariffs might be.")).isEmpty();
        assertThat(attribute("Voronel declined to say when the talks would resume.")).isEmpty();
        assertThat(attribute("Voronel did not deny that the talks had stalled.")).singleElement()
                .satisfies(s -> assertThat(s.content()).isEqualTo("that the talks had stalled"));
    }

    @Test
    void whatSomebodySaidAsTheSubjectOfACueIsTheirs() {
        String text = "Tomas Brandt's envoy arrived on Friday. Brandt's envoy's language last weekend - claiming that Voronel had agreed "
                + "to \"treaty-like\" guarantees for Orsk - was baffling. Ilse Varga spoke next. Her remarks on Monday - insisting "
                + "that the mill would \"never close\" - surprised the council.";
        assertThat(attribute(text)).extracting(Seen::speakerKind, Seen::speaker, Seen::cue).containsExactly(
                tuple(SpeakerKind.ROLE, null, "claiming"), tuple(SpeakerKind.PRONOUN, "Ilse Varga", "insisting"));
        assertThat(attributor.attribute(Nlp.coreNlp().annotate(text))).first()
                .satisfies(a -> assertThat(a.source().of(text)).isEqualTo("Brandt's envoy"));
    }

    @Test
    void cueBeforeTheSpeakerAfterTheQuote() {
        assertThat(attribute("\"The question is whether anyone in Valdor is still willing to pay it,\" said Nadia Ferrante, "
                + "a senior fellow at the Calloway Institute.")).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("Nadia Ferrante"));
    }

    @Test
    void speakerAndColonBeforeTheQuote() {
        assertThat(attribute("Asked about the observers, Signe Halvorsen said: “The date stands.”")).singleElement()
                .satisfies(s -> {
                    assertThat(s.speaker()).isEqualTo("Signe Halvorsen");
                    assertThat(s.kind()).isEqualTo(QuoteKind.DIRECT);
                });
    }

    @Test
    void partialQuotesInsideReportedSpeechGoToTheSpeakerOfTheSentence() {
        List<Seen> seen = attribute("Kestria's foreign minister, Arkady Voronel, said on Monday that Korvask must have a seat "
                + "at the table, dismissing the plan as 'a trap' and 'an occupation with a friendlier flag'.");

        assertThat(seen).filteredOn(s -> s.kind() == QuoteKind.PARTIAL)
                .extracting(Seen::content, Seen::speaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "the plan as 'a trap' and 'an occupation with a friendlier flag'", "Arkady Voronel"));
    }

    @Test
    void pronounsAndContinuationsFollowTheSpeaker() {
        List<Seen> seen = attribute("Miren Dastova spoke to reporters in Valdor on Sunday. "
                + "'We are told that Kestria wants to guarantee our security,' she said.\n\n"
                + "'We have seen its guarantees. We have buried them.'");

        assertThat(seen).extracting(Seen::speaker).containsExactly("Miren Dastova", "Miren Dastova");
        assertThat(seen.get(0).speakerKind()).isEqualTo(SpeakerKind.PRONOUN);
    }

    @Test
    void anonymousSourcesAreNeverGuessedAsNamedPeople() {
        List<Seen> seen = attribute("Voronel left the talks early. \"Nobody is packing their suitcase yet,\" a senior diplomat in Haldeby said.");

        assertThat(seen).singleElement().satisfies(s -> {
            assertThat(s.speakerKind()).isEqualTo(SpeakerKind.ANONYMOUS);
            assertThat(s.speaker()).isNull();
        });
    }

    @Test
    void rolesResolveToThePersonTheTextGaveThemTo() {
        List<Seen> seen = attribute("Lindmark's foreign minister, Signe Halvorsen, arrived in Korvask on Saturday. "
                + "\"The experts are ready,\" the foreign minister told reporters.");

        assertThat(seen).singleElement().satisfies(s -> {
            assertThat(s.speakerKind()).isEqualTo(SpeakerKind.ROLE);
            assertThat(s.speaker()).isEqualTo("Signe Halvorsen");
        });
    }

    @Test
    void findsIndirectSpeechWithItsSpeakerAndClause() {
        assertThat(attribute("Voronel said on Thursday that President Ruslavin is ready to meet Dastova in Haldeby."))
                .containsExactly(new Seen(QuoteKind.INDIRECT, SpeakerKind.NAMED, "Voronel", "said",
                        "that President Ruslavin is ready to meet Dastova in Haldeby"));
    }

    @Test
    void findsAReportedClauseBeforeTheCommaThatSetsOffItsSpeaker() {
        assertThat(attribute("Kestria will exchange 86 prisoners on Saturday, Voronel said."))
                .containsExactly(new Seen(QuoteKind.INDIRECT, SpeakerKind.NAMED, "Voronel", "said", "Kestria will exchange 86 prisoners on Saturday"));
        assertThat(attribute("The talks will resume next week in Haldeby, Signe Halvorsen told reporters on Monday."))
                .extracting(Seen::speaker, Seen::cue, Seen::content)
                .containsExactly(tuple("Signe Halvorsen", "told", "The talks will resume next week in Haldeby"));
        assertThat(attribute("Kestria is ready to discuss the plan, Voronel also said on Wednesday, but only after the vote."))
                .extracting(Seen::content).containsExactly("Kestria is ready to discuss the plan");
    }

    @Test
    void theSubjectOfAReportedClauseIsNoSpeakerAfterTheCue() {
        assertThat(attribute("The alliance's secretary-general, Annelie Marstrand, called the news \"the right decision at the right time\" "
                + "and said the alliance would decide on Thursday."))
                .extracting(Seen::speakerKind, Seen::speaker, Seen::cue)
                .containsExactly(tuple(SpeakerKind.NAMED, "Annelie Marstrand", "called"));
        assertThat(attribute("In Vaelmont, the alliance's secretary-general, Annelie Marstrand, said members would keep the sanctions "
                + "package \"in the drawer\" while the ceasefire was tested."))
                .extracting(Seen::speakerKind, Seen::speaker, Seen::cue)
                .containsExactly(tuple(SpeakerKind.NAMED, "Annelie Marstrand", "said"));
    }

    @Test
    void anAsideAfterTheSpeakerIsNotPartOfItsName() {
        assertThat(attribute("The Citadel, for its part, said on Thursday that talk of a summit was 'premature'."))
                .extracting(Seen::speakerKind, Seen::speaker)
                .containsExactly(tuple(SpeakerKind.NAMED, "The Citadel"));
    }

    @Test
    void anInstitutionIsTheOneTheTextNamedOrNobody() {
        assertThat(attribute("Signe Halvorsen was not available for comment. Her office said she was \"asleep, for the first time in a week\"."))
                .extracting(Seen::speakerKind, Seen::speaker)
                .containsExactly(tuple(SpeakerKind.ROLE, null)); // whose office, the words do not say: no actor "office"
        assertThat(attribute("The Kestrian foreign ministry issued a statement. The ministry said the first round would be held in Stavne."))
                .extracting(Seen::speakerKind, Seen::speaker)
                .containsExactly(tuple(SpeakerKind.NAMED, "Kestrian foreign ministry"));
        assertThat(attribute("The French foreign ministry said the talks would resume."))
                .extracting(Seen::speakerKind, Seen::speaker)
                .containsExactly(tuple(SpeakerKind.NAMED, "The French foreign ministry"));
    }

    @Test
    void aTimePhraseOpeningTheSentenceIsNotPartOfTheSpeaker() {
        assertThat(attribute("The Kestrian foreign ministry issued a statement. Later the ministry said the first round would be held in Stavne."))
                .extracting(Seen::kind, Seen::speakerKind, Seen::speaker)
                .containsExactly(tuple(QuoteKind.INDIRECT, SpeakerKind.NAMED, "Kestrian foreign ministry"));
        assertThat(attribute("On Monday the mayor said the bridge would reopen in May."))
                .extracting(Seen::speakerKind, Seen::content)
                .containsExactly(tuple(SpeakerKind.ROLE, "the bridge would reopen in May"));
        assertThat(attribute("Earlier this week the harbour master said the cranes were idle."))
                .extracting(Seen::speakerKind, Seen::content)
                .containsExactly(tuple(SpeakerKind.ROLE, "the cranes were idle"));
    }

    @Test
    void wordsBeforeTheSpeakerThatAreNoClauseReportNothing() {
        assertThat(attribute("In a long post issued by the ministry on Monday, Voronel wrote.")).isEmpty(); // no finite verb
        assertThat(attribute("When the talks in Haldeby ended on Monday, Voronel said.")).isEmpty(); // a subordinate clause
        assertThat(attribute("After the talks in Haldeby had ended, Voronel wrote: the border stays shut."))
                .extracting(Seen::content).containsExactly("the border stays shut"); // the content follows the colon
    }

    @Test
    void aDayRightAfterTheCueDatesTheSayingUnlessItIsTheClausesOwner() {
        assertThat(attribute("Voronel said Thursday the border would reopen in May."))
                .extracting(Seen::content).containsExactly("the border would reopen in May");
        assertThat(attribute("Voronel said Thursday's talks had moved the border question forward."))
                .extracting(Seen::content).containsExactly("Thursday's talks had moved the border question forward");
    }

    @Test
    void aLongPhraseOfPlaceAndTimeBeforeThatIsNotPartOfTheReportedClause() {
        assertThat(attribute("Voronel said in a long post on the ministry's website Thursday that the border would reopen in May."))
                .containsExactly(new Seen(QuoteKind.INDIRECT, SpeakerKind.NAMED, "Voronel", "said",
                        "that the border would reopen in May"));
        assertThat(attribute("Voronel said in the report that was published by the ministry Thursday the border would reopen."))
                .extracting(Seen::content).noneMatch(content -> content.startsWith("was published"));
    }

    @Test
    void aFragmentInAThatClauseReportsTheWholeClause() {
        assertThat(attribute("Halvorsen told reporters that the observers would arrive \"within the week.\""))
                .singleElement().satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(QuoteKind.PARTIAL);
                    assertThat(s.content()).isEqualTo("that the observers would arrive \"within the week.\"");
                });
    }

    @Test
    void leavesTheSpeakerUnknownRatherThanWrong() {
        assertThat(attribute("Valdoria's long winter. \"Nothing moves in the valley before April.\""))
                .singleElement().satisfies(s -> {
                    assertThat(s.speakerKind()).isEqualTo(SpeakerKind.UNKNOWN);
                    assertThat(s.speaker()).isNull();
                });
    }

    @Test
    void scareQuotesWithoutASpeakerAreNotStatements() {
        assertThat(attribute("The so-called 'Orsk formula' was never written down.")).isEmpty();
    }

    @Test
    void aCueThatReportsItsOwnClauseIsNotThePreviousQuotationsCue() {
        List<Seen> seen = attribute("\"The date stands,\" Voronel said. \"We will not move it.\" Reluctantly, Halvorsen said "
                + "she had accepted the date.");

        assertThat(seen).filteredOn(s -> s.kind() == QuoteKind.DIRECT).extracting(Seen::speaker)
                .containsExactly("Voronel", "Voronel");
    }

    @Test
    void aCueInTheNextParagraphBelongsToThatParagraph() {
        List<Seen> seen = attribute("Voronel said the talks were over. \"We will not sign.\"\n\nHalvorsen said the date stands.");

        assertThat(seen).filteredOn(s -> s.kind() == QuoteKind.DIRECT).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("Voronel"));
    }

    @Test
    void voicedCuesAttributeLikeSaid() {
        assertThat(attribute("Asked which city would host the talks, Halvorsen gave a one-word reply. \"Haldeby,\" she answered."))
                .singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("Halvorsen"));
    }

    @Test
    void framingCuesGiveTheFragmentToTheSubject() {
        assertThat(attribute("Voronel accused the council of \"playing with the calendar.\""))
                .singleElement().satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(QuoteKind.PARTIAL);
                    assertThat(s.speaker()).isEqualTo("Voronel");
                    assertThat(s.content()).isEqualTo("the council of \"playing with the calendar.\"");
                });
    }

    @Test
    void aFragmentACueGovernsIsKeptEvenWithoutASpeaker() {
        assertThat(attribute("Outside the hall, the crowd chanted \"no more delays\" until dusk."))
                .singleElement().satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(QuoteKind.PARTIAL);
                    assertThat(s.cue()).isEqualTo("chanted");
                    assertThat(s.content()).isEqualTo("\"no more delays\" until dusk");
                });
    }

    @Test
    void aVerbThatCharacterisesItsObjectAsQuotedWordsReportsThem() {
        assertThat(attribute("Ines Varga has long painted the ferry deal as a \"lifeline for the islands\" on Monday."))
                .singleElement().satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(QuoteKind.PARTIAL);
                    assertThat(s.speaker()).isEqualTo("Ines Varga");
                    assertThat(s.cue()).isEqualTo("painted");
                    assertThat(s.content()).startsWith("the ferry deal as a \"lifeline");
                });
    }

    @Test
    void quotedWordsAfterAsWithoutAnObjectOrAfterSuchAsAreOnlyMentioned() {
        assertThat(attribute("The levy was widely known as the \"salt tax\" in Orsk.")).isEmpty();
        assertThat(attribute("Varga backs measures such as \"harbour first\" zoning.")).isEmpty();
        assertThat(attribute("The clerk listed the letters as \"confidential\" last year.")).isEmpty();
    }

    @Test
    void aColonGivesTheQuotationToTheSubjectBeforeIt() {
        assertThat(attribute("Voronel left the hall early. As Signe Halvorsen put it: \"The date stands.\""))
                .singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("Signe Halvorsen"));
    }

    @Test
    void aLongAppositionDoesNotHideTheName() {
        assertThat(attribute("As Nadia Ferrante, a senior fellow at the Calloway Institute for the Study of Northern Valdor "
                + "and its neighbours, noted, \"Nobody in Haldeby is packing yet.\""))
                .singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("Nadia Ferrante"));
    }

    @Test
    void thePhraseAfterToldIsTheListenerNotTheSpeaker() {
        assertThat(attribute("\"We were wrong to wait,\" Voronel, 58, told Radio Korvask on Monday."))
                .singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("Voronel"));
    }

    @Test
    void aParticipleCueSharesTheSubjectOfItsClause() {
        assertThat(attribute("Halvorsen bristled at the suggestion that she had advised Voronel to wait, saying, "
                + "\"The advice I give to Arkady is for Arkady.\""))
                .singleElement().satisfies(s -> assertThat(s.speaker()).isEqualTo("Halvorsen"));
    }

    @Test
    void quotationsInDoubledApostrophesAreReadLikeAnyOther() {
        assertThat(attribute("The talks ended at noon. Signe Halvorsen, Lindmark's envoy, agreed: ''The date stands.''"))
                .singleElement().satisfies(s -> {
                    assertThat(s.speaker()).isEqualTo("Signe Halvorsen");
                    assertThat(s.content()).isEqualTo("The date stands.");
                });
    }

    @Test
    void aDescribedSpeakerIsReadWhereASpeakerStands() {
        String text = "\"The river floods every spring,\" the ferryman said. \"Nobody here remembers a dry year,\" a fisherman added.";
        List<Attribution> found = attributor.attribute(Nlp.coreNlp().annotate(text));

        assertThat(found).extracting(a -> a.source().of(text), Attribution::speakerKind, Attribution::resolvedSource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the ferryman", SpeakerKind.ROLE, null),
                        org.assertj.core.groups.Tuple.tuple("a fisherman", SpeakerKind.ANONYMOUS, null));
    }

    /** Each attribution as source (as written), cue and content. */
    private List<org.assertj.core.groups.Tuple> sources(String text) {
        return attributor.attribute(Nlp.coreNlp().annotate(text)).stream()
                .map(a -> org.assertj.core.groups.Tuple.tuple(a.source() == null ? null : a.source().of(text),
                        a.cue() == null ? null : a.cue().of(text), a.content().of(text)))
                .toList();
    }

    @Test
    void aPronounOrNameRightAfterAnOpenQuotationMakesAnyVerbItsCue() {
        assertThat(sources("\"We will not move the date,\" Halvorsen went on. \"I was wrong to wait,\" I confessed."))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Halvorsen", "went", "We will not move the date,"),
                        org.assertj.core.groups.Tuple.tuple("I", "confessed", "I was wrong to wait,"));
    }

    @Test
    void aSpeechVerbTheTaggerReadsAsAPluralNounIsStillTheCueAfterAName() {
        // CoreNLP tags "answers" here NNS; the quotation went to "he" of the one before
        assertThat(sources("\u201cWhich ferry ever left on time?\u201d he asks.\n\n"
                + "\u201cTwo ferries in ten years. Besides those, not a single one,\u201d Halvorsen answers."))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("he", "asks", "Which ferry ever left on time?"),
                        org.assertj.core.groups.Tuple.tuple("Halvorsen", "answers", "Two ferries in ten years. Besides those, not a single one,"));
    }

    @Test
    void aQuotationWithoutACueContinuesThePreviousQuotationsSpeaker() {
        assertThat(sources("After the vote, the council posted a long message on its website: \"The date stands,\" they wrote. "
                + "\"Nobody asked us.\"")).extracting(t -> t.toList().get(0)).containsExactly("they", "they");
    }

    @Test
    void aPlaceInsideTheSpeakerPhraseIsNotTheSpeaker() {
        assertThat(attribute("\"The harvest was late this year,\" a farmer in Ohio said.")).singleElement()
                .satisfies(s -> assertThat(s.speakerKind()).isEqualTo(SpeakerKind.ANONYMOUS));
    }

    @Test
    void theSpeakerOpensTheClauseBeforeAnAside() {
        assertThat(attribute("\"The date stands,\" Halvorsen, after a long pause, said on Monday.")).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("Halvorsen"));
    }

    @Test
    void aModifierBeforeTheNameAfterTheCueIsPartOfTheSpeaker() {
        assertThat(attribute("\"The date stands,\" said retired diplomat Signe Halvorsen.")).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("Signe Halvorsen"));
    }

    @Test
    void aQuotationWithItsOwnCueIsNotThePreviousSpeakersEvenWhenItsSpeakerIsUnread() {
        List<Seen> seen = attribute("\"The date stands,\" Halvorsen said.\n\n\"We will wait,\" said everyone in the room.");

        assertThat(seen).extracting(Seen::speaker).containsExactly("Halvorsen", null);
        assertThat(seen.get(1).content()).isEqualTo("We will wait,");
    }

    @Test
    void capitalisedWordsThatAreExclaimedOrCuedAreNotTitles() {
        assertThat(attribute("Outside the hall, the crowd chanted \"Free Korvask! Free Korvask!\""))
                .extracting(Seen::content).containsExactly("Free Korvask! Free Korvask!");
        assertThat(attribute("\"This Is Little Haldeby,\" said Ines Varga, the mayor."))
                .extracting(Seen::speaker).containsExactly("Ines Varga");
    }

    @Test
    void capitalisedWordsWithALowerCaseVerbAreASentenceNotATitle() {
        assertThat(attribute("\"This has shaken us,\" said Ines Varga, the mayor. \"This could be Anywhere Kestria.\""))
                .extracting(Seen::content).containsExactly("This has shaken us,", "This could be Anywhere Kestria.");
        assertThat(attribute("She binge-watched \"Orsk is the New Haldeby\" last winter.")).isEmpty();
    }

    @Test
    void aNameAfterADashOnTheQuotationsLineIsItsSpeakerEvenBeforeAFullStop() {
        assertThat(attribute("Readers wrote in after the debate.\n"
                + "\u201cThe mayor showed who she really is.\u201d \u2015 Ines Varga\n"
                + "\u201cThe harbour deserves better than this council.\u201d \u2015 Ilsabet Quorrin.\n\n"
                + "Tarnville/Photos."))
                .extracting(Seen::speaker).containsExactly("Ines Varga", "Ilsabet Quorrin");
    }

    @Test
    void aCueInAnOpeningClauseGovernsNoFragmentAfterTheClauseCloses() {
        String text = "After saying her harbour was \u201cso crowded I could barely see the water,\u201d Ines Varga was "
                + "\u201cwhisked off to the council\u201d for talks.";
        assertThat(attribute(text)).extracting(Seen::cue, Seen::content)
                .containsExactly(tuple("saying", "her harbour was \u201cso crowded I could barely see the water,\u201d"));
    }

    @Test
    void aPhraseSetOffByADashAfterTheFragmentIsTheWritersNotTheReportedClause() {
        assertThat(attribute("In May, Ines Varga dismissed the harbour plan as \u201ca ferry to nowhere\u201d \u2014 a phrase she has "
                + "used before."))
                .extracting(Seen::content).containsExactly("the harbour plan as \u201ca ferry to nowhere\u201d");
    }

    @Test
    void capitalisedWordsOfMoreThanOneSentenceAreSpokenNotATitle() {
        assertThat(attribute("\"Here comes the Mayor,\" Ines Varga said, clapping. \"The Iron Mayor. Our Mayor.\""))
                .extracting(Seen::content, Seen::speaker)
                .containsExactly(tuple("Here comes the Mayor,", "Ines Varga"), tuple("The Iron Mayor. Our Mayor.", "Ines Varga"));
        assertThat(attribute("She watched \"Mr. Varga Goes to Haldeby\" last winter.")).isEmpty();
    }

    @Test
    void verbsOfAssertingAndComplainingAreCues() {
        assertThat(attribute("Voronel sniped that the council was \"playing for time.\"")).singleElement()
                .satisfies(s -> {
                    assertThat(s.speaker()).isEqualTo("Voronel");
                    assertThat(s.cue()).isEqualTo("sniped");
                });
    }

    @Test
    void aFragmentInAClauseAnEarlierCueGovernsIsKeptWithoutASpeaker() {
        assertThat(attribute("About half of the voters in Haldeby say that the best candidate is one who \"listens first.\""))
                .singleElement().satisfies(s -> {
                    assertThat(s.cue()).isEqualTo("say");
                    assertThat(s.content()).isEqualTo("that the best candidate is one who \"listens first.\"");
                });
    }

    @Test
    void theReportedClauseEndsWithTheQuotationWhenTheSpeakerGoesOnToAnotherVerb() {
        assertThat(attribute("Voronel called the plan \"a trap\" and then left the hall.")).singleElement()
                .satisfies(s -> assertThat(s.content()).isEqualTo("the plan \"a trap\""));
    }

    @Test
    void aCueThatIntroducesTheNextQuotationIsNotThePreviousQuotationsCue() {
        assertThat(attribute("\"We are farmers,\" Halvorsen said. \"We are not soldiers.\" Voronel said: \"Nobody called them soldiers.\""))
                .extracting(Seen::speaker).containsExactly("Halvorsen", "Halvorsen", "Voronel");
    }

    @Test
    void aVerbAndANameRightAfterAnOpenQuotationAttributeIt() {
        assertThat(attribute("\"Nobody in Haldeby expected the snow,\" remembered Signe Halvorsen, the envoy."))
                .extracting(Seen::speaker).containsExactly("Signe Halvorsen");
    }

    @Test
    void wordsInsideTheQuotationAreNeverItsSpeaker() {
        assertThat(attribute("Some in the hall chanted \"Valdor! Valdor!\""))
                .singleElement().satisfies(s -> assertThat(s.speaker()).isNull());
    }

    @Test
    void aQuotationWithoutACueContinuesTheParagraphsLastQuotationOverASentenceAboutTheSpeaker() {
        assertThat(attribute("\"The date stands,\" said Signe Halvorsen, the envoy. A former teacher, she moved to Haldeby in 2009. "
                + "\"Nobody will move it.\"")).extracting(Seen::speaker).containsExactly("Signe Halvorsen", "Signe Halvorsen");
    }

    @Test
    void aNameAloneBeforeAColonIsTheSpeakerOfAHeadline() {
        assertThat(attribute("Voronel: 'The date stands.'\n\nThe talks resume on Monday.")).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("Voronel"));
        assertThat(attribute("The talks resumed on Monday. Continued Halvorsen: \"Nobody will move the date.\"")).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("Halvorsen"));
    }

    @Test
    void aQuotationParagraphsAfterTheLastSpeakerIsNotGivenToThem() {
        assertThat(attribute("\"The date stands,\" Halvorsen said.\n\nVoronel arrived late.\n\nThe hall was cold.\n\n"
                + "\"Nobody expected the snow.\"")).extracting(Seen::speaker).containsExactly("Halvorsen", null);
    }

    @Test
    void aQuotationFollowedByAnUnlistedVerbIsKeptWithoutASpeaker() {
        assertThat(attribute("\"Enough of this,\" grumbled the envoy's deputy.")).singleElement()
                .satisfies(s -> assertThat(s.content()).isEqualTo("Enough of this,"));
    }

    @Test
    void aRelativePronounIsTheSubjectAsWrittenAndStandsForTheNameBeforeIt() {
        String text = "The talks ended with Signe Halvorsen, who also said that the date \"will not move.\"";
        List<Attribution> found = attributor.attribute(Nlp.coreNlp().annotate(text));

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.source().of(text)).isEqualTo("who");
            assertThat(a.resolvedSource().of(text)).isEqualTo("Signe Halvorsen");
            assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PRONOUN);
        });
    }

    @Test
    void aDocumentReadsItsOwnWords() {
        String text = "\u201cThe mill was sold below its worth and the council knew it,\u201d the lawsuit reads.";
        assertThat(attributor.attribute(Nlp.coreNlp().annotate(text))).singleElement().satisfies(a -> {
            assertThat(a.source().of(text)).isEqualTo("the lawsuit");
            assertThat(a.cue().of(text)).isEqualTo("reads");
        });
    }

    @Test
    void aParticipleInsideTheSpeakersDescriptionDoesNotEndIt() {
        String text = "\u201cPrices are up again,\u201d said a leading advocate for the farmers.";
        assertThat(attributor.attribute(Nlp.coreNlp().annotate(text))).singleElement()
                .satisfies(a -> assertThat(a.source().of(text)).isEqualTo("a leading advocate"));
    }

    @Test
    void capitalisedWordsAfterAPossessiveOrOnNameAShowEvenBeforeACue() {
        assertThat(attribute("Speaking on Tuesday on Orsk Radio\u2019s \u201cMorning Table,\u201d Ola Brandt said the mill would stay open."))
                .extracting(Seen::content).doesNotContain("Morning Table,").noneMatch(c -> c.contains("Morning Table"));
        assertThat(attribute("Later on \u201cMorning Table,\u201d Brandt said the mill would stay open."))
                .extracting(Seen::content).noneMatch(c -> c.contains("Morning Table"));
        assertThat(attribute("Brandt\u2019s answer was short: \u201cThe Mill Stays Open.\u201d")).extracting(Seen::content)
                .containsExactly("The Mill Stays Open.");
    }

    @Test
    void capitalisedWordsNamingAWorkOrAShowWithSmallWordsAreItsTitle() {
        assertThat(attribute("\u201cThe mill will stay open,\u201d Ola Brandt said on Orsk Radio\u2019s \u201cState of the Harbour.\u201d"))
                .extracting(Seen::content).containsExactly("The mill will stay open,");
        assertThat(attribute("In her 2019 book, \u201cMake Your Harbour Pay,\u201d Ola Brandt suggested selling the ferries."))
                .extracting(Seen::content).noneMatch(c -> c.contains("Make Your Harbour Pay"));
    }

    @Test
    void aNameBeforeTheHeadlinesColonSaysTheWholeRestOfTheHeadline() {
        assertThat(attribute("Brandt: Orsk mill \u2018will stay open.\u2019\n\nOla Brandt spoke to the workers on Monday."))
                .first().satisfies(s -> {
                    assertThat(s.content()).isEqualTo("Orsk mill \u2018will stay open.\u2019");
                    assertThat(s.speaker()).isEqualTo("Brandt");
                });
        assertThat(attribute("The mill: Brandt says it \u2018will stay open.\u2019\n\nOla Brandt spoke to the workers on Monday."))
                .extracting(Seen::content).doesNotContain("Brandt says it \u2018will stay open.\u2019");
    }

    @Test
    void aFullQuotationFinishingAThatClauseReportsTheClause() {
        assertThat(attribute("Ola Brandt adds that the workers in Orsk have two choices: \u201cYou either stay or you go.\u201d"))
                .singleElement().satisfies(s -> {
                    assertThat(s.content()).isEqualTo("that the workers in Orsk have two choices: \u201cYou either stay or you go.\u201d");
                    assertThat(s.speaker()).isEqualTo("Ola Brandt");
                });
        assertThat(attribute("Ola Brandt said: \u201cThe mill stays open.\u201d")).extracting(Seen::content)
                .containsExactly("The mill stays open.");
    }

    @Test
    void itSpeaksRightNextToAQuotationsOwnCue() {
        String text = "The council sent the farmers a letter on Monday.\n\n\u201cThe mill must stay open,\u201d it said.";
        assertThat(attributor.attribute(Nlp.coreNlp().annotate(text))).singleElement().satisfies(a -> {
            assertThat(a.source().of(text)).isEqualTo("it");
            assertThat(a.speakerKind()).isEqualTo(SpeakerKind.PRONOUN);
        });
    }

    @Test
    void capitalisedWordsAfterACueAndACommaAreSpokenNotATitle() {
        assertThat(attribute("Ola Brandt asked the children who he was. Another child responded, \u201cThat\u2019s Ola\u2019s husband.\u201d"))
                .extracting(Seen::content, Seen::cue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("That\u2019s Ola\u2019s husband.", "responded"));
    }

    @Test
    void aClippingFollowedByItsWebAddressIsNoStatement() {
        assertThat(attribute("HARBOUR NEWS - \"Ferries to stop in May,\" by the Orsk Courier's Ines Varga: \"The ferries between "
                + "Orsk and Haldeby will stop in May, the board decided.\" http://example.org/ferries.\n\n"
                + "\"We will fight this,\" said Tadeo Brandt.")).extracting(Seen::content).containsExactly("We will fight this,");
    }

    @Test
    void aStanceInSomeonesWordsIsReportedLikeAFramingCue() {
        assertThat(attribute("On Tuesday Voronel defended the ferry contract as \"a lifeline for Haldeby.\""))
                .singleElement().satisfies(s -> {
                    assertThat(s.speaker()).isEqualTo("Voronel");
                    assertThat(s.content()).isEqualTo("the ferry contract as \"a lifeline for Haldeby.\"");
                });
    }

    @Test
    void capitalisedWordsASpeakerAfterThemSaysAreNoTitleHoweverLongTheApposition() {
        assertThat(attribute("\u201cSure, I Support Ines Varga,\u201d Tadeo Brandt, founder of the Orsk Harbour Institute, "
                + "tells the Haldeby Courier in an interview.")).singleElement()
                .satisfies(s -> assertThat(s.speaker()).isEqualTo("Tadeo Brandt"));
    }

    @Test
    void quotedWordsOpeningTheHeadlineWithNoSpeakerAreItsLabel() {
        assertThat(attribute("'Reckless' harbour plan splits Haldeby council\n\n"
                + "\"We will see them in court,\" said Ines Varga.")).extracting(Seen::content)
                .containsExactly("We will see them in court,");
    }

    @Test
    void aTitleInAReportedClauseLeavesTheClauseReported() {
        assertThat(attribute("Ines Varga said the harbour staff had watched \"The Last Ferry Home.\" Then she left."))
                .singleElement().satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(QuoteKind.INDIRECT);
                    assertThat(s.speaker()).isEqualTo("Ines Varga");
                    assertThat(s.content()).isEqualTo("the harbour staff had watched \"The Last Ferry Home.\"");
                });
    }

    @Test
    void aParticipleWithItsAgentGivesTheFragmentToTheAgentNotToTheSubject() {
        assertThat(attribute("The ferry plan, described by Ines Varga as 'a bridge to nowhere', was dropped in May. "
                + "The summit hailed by Ola Brandt on Monday as agreed and close - \"within days\" - looks doubtful."))
                .extracting(Seen::speaker, Seen::cue, Seen::content)
                .containsExactly(tuple("Ines Varga", "described", "a bridge to nowhere"),
                        tuple("Ola Brandt", "hailed", "agreed and close - \"within days\""));
    }

    @Test
    void anOpeningParticipleWithAnAgentOrAnAsideClosedBeforeTheFragmentGivesItNoSpeaker() {
        assertThat(attribute("Asked by Ola Brandt whether the port \"works\" for fishermen, the council stayed silent."))
                .extracting(Seen::speaker).doesNotContain("Ola Brandt");
        assertThat(attribute("The old mood (the anger proclaimed by Ines Varga in 1998) or a \"harbour party\" might return."))
                .extracting(Seen::speaker).doesNotContain("Ines Varga");
    }

    @Test
    void aWritersCreditClosingTheSentenceIsNoPartOfTheReportedClause() {
        assertThat(attribute("On Thursday the mayor suggested Tarnville should have armed its harbour to 'fight back' against "
                + "the smugglers, writes Ilsabet Quorrin."))
                .extracting(Seen::content)
                .containsExactly("Tarnville should have armed its harbour to 'fight back' against the smugglers");
    }

    @Test
    void aFragmentInsideTheClauseOfAnAsideReportsTheAsidesClauseUpToItsClosingDash() {
        assertThat(attribute("The envoy's remarks on Sunday - claiming that the harbour board had agreed to 'a joint patrol' "
                + "with Tarnville - were baffling."))
                .extracting(Seen::cue, Seen::content)
                .containsExactly(tuple("claiming", "that the harbour board had agreed to 'a joint patrol' with Tarnville"));
    }
}
