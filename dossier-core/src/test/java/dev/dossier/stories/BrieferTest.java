package dev.dossier.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.model.BriefingSentence;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.Origin;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.Source;
import dev.dossier.model.TextSpan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BrieferTest {

    private static CleanArticle article(String id, String outlet, String published, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> spans = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            TextSpan span = new TextSpan(text.length(), text.length() + paragraph.length());
            spans.add(new Paragraph(span, span));
            text.append(paragraph);
        }
        return new CleanArticle(id, Origin.ofFile(id), "Title of " + id, outlet, null, null,
                Published.parse(published, PublishedFrom.METADATA).orElseThrow(), "en", text.toString(), spans, null, Instant.EPOCH);
    }

    private static final CleanArticle STRIKE = article("strike", "Valdorian Broadcasting", "2026-03-18T21:05:00Z",
            "TESMIR, March 18 (VB) – Nine people were killed and 23 wounded when drones struck the frontline town of Tesmir early on Wednesday.",
            "President Miren Dastova suspended preparations for the Haldeby summit hours after the attack on Tesmir.",
            "\"We will not sit down with those who bomb our towns,\" Dastova said in a televised address.",
            "Was this the end of the ceasefire?",
            "Kestria denied that its forces had launched the drones and blamed a Valdorian air-defence missile for the blast in Tesmir.");
    private static final CleanArticle DENIAL = article("denial", "Kestria Today", "2026-03-18T19:47:00Z",
            "General Viktor Orlan said on Wednesday that a Valdorian interceptor missile, not Kestrian drones, caused the blast in Tesmir.",
            "The general told state television that Kestrian units had respected the ceasefire along the whole of the Orsk river.",
            "Lindmark offered to send forensic experts to Tesmir within 24 hours to establish who was responsible.");
    private static final CleanArticle COPY = article("copy", "Eastgate Herald", "2026-03-18T22:00:00Z",
            "General Viktor Orlan said on Wednesday that a Valdorian interceptor missile, not Kestrian drones, caused the blast in Tesmir.",
            "The general told state television that Kestrian units had respected the ceasefire along the whole of the Orsk river.");

    @Test
    void choosesBetweenThreeAndSixSentencesEachExactlyAsItsSourceWroteIt() {
        List<BriefingSentence> briefing = Briefer.brief(List.of(STRIKE, DENIAL, COPY), Set.of("copy"), List.of("Viktor Orlan", "Miren Dastova"));

        assertThat(briefing).hasSizeBetween(3, 6);
        for (BriefingSentence sentence : briefing) {
            CleanArticle source = List.of(STRIKE, DENIAL, COPY).stream().filter(a -> a.id().equals(sentence.articleId())).findFirst().orElseThrow();
            assertThat(sentence.span().of(source.text())).isEqualTo(sentence.text());
            assertThat(sentence.articleId()).isNotEqualTo("copy");
        }
    }

    @Test
    void leavesOutQuotationsQuestionsAndDatelines() {
        List<BriefingSentence> briefing = Briefer.brief(List.of(STRIKE, DENIAL), Set.of(), List.of());

        assertThat(briefing).extracting(BriefingSentence::text)
                .noneMatch(text -> text.startsWith("\"") || text.contains("?") || text.startsWith("TESMIR"))
                .anyMatch(text -> text.startsWith("Nine people were killed"));
    }

    @Test
    void citesEveryArticleThatCarriesTheSentence() {
        List<BriefingSentence> briefing = Briefer.brief(List.of(STRIKE, DENIAL, COPY), Set.of("copy"), List.of("Viktor Orlan"));

        BriefingSentence orlan = briefing.stream().filter(s -> s.text().startsWith("General Viktor Orlan")).findFirst().orElseThrow();
        assertThat(orlan.sources()).extracting(Source::articleId).containsExactly("denial", "copy");
    }

    @Test
    void putsTheChosenSentencesInTheOrderTheirArticlesAppeared() {
        List<BriefingSentence> briefing = Briefer.brief(List.of(STRIKE, DENIAL), Set.of(), List.of());

        List<String> order = briefing.stream().map(BriefingSentence::articleId).distinct().toList();
        assertThat(order).containsExactly("denial", "strike");
    }

    @Test
    void aStoryWithNothingToSayHasAnEmptyBriefing() {
        CleanArticle terse = article("terse", "Wire", "2026-03-18T10:00:00Z", "Talks end.", "More soon.");

        assertThat(Briefer.brief(List.of(terse), Set.of(), List.of())).isEmpty();
        assertThat(Briefer.brief(List.of(), Set.of(), List.of())).isEmpty();
    }

    @Test
    void judgesSentencesByFormNotByTopic() {
        assertThat(Briefer.usable("The foreign ministers met for four hours at Ostervik Manor on Wednesday.")).isTrue();
        assertThat(Briefer.usable("\"We came with open hands,\" Voronel told reporters at the manor.")).isFalse();
        assertThat(Briefer.usable("Talks end.")).isFalse();
        assertThat(Briefer.usable("Will the ceasefire hold until the summit next week in Haldeby?")).isFalse();
        assertThat(Briefer.usable("read more about the ceasefire and the summit in our live coverage")).isFalse();
    }
}
