package dev.dossier.quotes;

import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.List;

/**
 * A quotation the writer has second hand: "'...,' Brandt said, according to the Orsk Herald" and
 * "According to a transcript, Brandt said the mill was 'a ruin'" report what the newspaper or the
 * transcript gives as Brandt's words. The statement in the article is the outer source's, the
 * one the writer cites; Brandt's cue and the quotation are its content. So "according to" in the
 * cue's sentence, outside any quotation, names the speaker in place of the cue's own subject.
 * Stateless.
 */
final class OuterSource {

    private OuterSource() {}

    /**
     * The source "according to" names in the sentence of {@code found}'s cue, else {@code found}.
     * The cue stays the quoted speaker's verb, which still marks where the quotation breaks.
     */
    static CuedSpeaker of(AnnotatedText text, CuedSpeaker found, ArticleContext context) {
        if (found.cue() == null) {
            return found;
        }
        List<Token> tokens = text.tokens();
        int cue = Clauses.tokenAtOrAfter(text, found.cue().start());
        if (cue >= tokens.size() || Cues.isAccordingTo(tokens, cue)) {
            return found;
        }
        Sentence sentence = Clauses.sentenceOf(text, cue);
        for (int i = sentence.firstToken(); i + 2 < sentence.endToken(); i++) {
            if (i != cue && Cues.isAccordingTo(tokens, i) && !context.insideQuote(tokens.get(i).span())) {
                CuedSpeaker outer = SpeakerAfterCue.read(text, i + 2, sentence, context, tokens.get(i), true);
                return outer == null ? found : new CuedSpeaker(outer.speaker(), found.cue());
            }
        }
        return found;
    }
}
