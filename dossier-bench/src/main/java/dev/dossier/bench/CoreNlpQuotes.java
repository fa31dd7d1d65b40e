package dev.dossier.bench;

import dev.dossier.model.TextSpan;
import dev.dossier.nlp.EnglishCase;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The baseline row of the attribution evaluator: Stanford CoreNLP's own quote annotator with its
 * quote attribution (Muzny et al. 2017's sieves), on the full pipeline it needs
 * ({@value #ANNOTATORS}), models from the models jar on the class path, nothing downloaded. In
 * CoreNLP 4.5 quote attribution is not an annotator of its own: {@code quote} runs it when
 * {@code quote.attributeQuotes} is true (the default, set here to say so).
 *
 * <p>Each top-level quotation (with its marks, as CoreNLP reports it) becomes a prediction of
 * kind {@code quote}; its source is the speaker mention CoreNLP links it to ({@code he} in
 * "..., he said"), or none when CoreNLP names a speaker without a mention in the text. Quotations
 * inside quotations are dropped. A quotation CoreNLP gives the same canonical speaker as the one
 * before it, later in its paragraph or opening the next, is joined to it as Dossier's halves are
 * ({@link AttributionSystem#follows}). About 2 s and 1.5-2 GB of heap per news article: run with
 * {@code -Xmx4g}.
 *
 * <p>Not thread-safe (quote attribution keeps state per document); use one thread.
 */
final class CoreNlpQuotes implements AttributionSystem {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    CoreNlpQuotes() {
        EnglishCase.ensure();
        this.pipeline = new StanfordCoreNLP(properties());
    }

    static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("annotators", ANNOTATORS);
        properties.setProperty("tokenize.language", "en");
        // the documented companion of depparse, and CoreNLP's default for English
        properties.setProperty("coref.algorithm", "statistical");
        properties.setProperty("quote.attributeQuotes", "true");
        return properties;
    }

    @Override
    public String name() {
        return "CoreNLP quote";
    }

    @Override
    public List<PredictedAttribution> attribute(String text) {
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        List<TextSpan> spans = new ArrayList<>();
        List<CoreQuote> quotes = document.quotes() == null ? List.of() : document.quotes();
        for (CoreQuote quote : quotes) {
            spans.add(span(quote.quoteCharOffsets()));
        }
        List<PredictedAttribution> predicted = new ArrayList<>();
        String previousSpeaker = null;
        for (int i = 0; i < quotes.size(); i++) {
            if (isNested(spans, i)) {
                continue;
            }
            String canonical = quotes.get(i).canonicalSpeaker().orElse(null);
            PredictedAttribution last = predicted.isEmpty() ? null : predicted.get(predicted.size() - 1);
            if (canonical != null && canonical.equals(previousSpeaker)
                    && AttributionSystem.follows(text, last.content().end(), spans.get(i).start(), true)) {
                // the same joining of a quotation's halves as Dossier's row gets
                predicted.set(predicted.size() - 1, last.joinedWith(spans.get(i)));
                continue;
            }
            Optional<Pair<Integer, Integer>> speaker = quotes.get(i).speakerCharOffsets();
            predicted.add(new PredictedAttribution(spans.get(i), speaker.map(CoreNlpQuotes::span).orElse(null), "quote", true));
            previousSpeaker = canonical;
        }
        return predicted;
    }

    private static boolean isNested(List<TextSpan> spans, int index) {
        TextSpan span = spans.get(index);
        for (int i = 0; i < spans.size(); i++) {
            TextSpan other = spans.get(i);
            if (i != index && other.start() <= span.start() && span.end() <= other.end() && other.length() > span.length()) {
                return true;
            }
        }
        return false;
    }

    private static TextSpan span(Pair<Integer, Integer> offsets) {
        return new TextSpan(offsets.first(), offsets.second());
    }
}
