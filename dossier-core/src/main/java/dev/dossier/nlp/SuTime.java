package dev.dossier.nlp;

import dev.dossier.model.TemporalExpression;
import dev.dossier.model.TextSpan;
import dev.dossier.model.TimePrecision;
import dev.dossier.model.TimexType;
import dev.dossier.time.TemporalTagger;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Stanford's SUTime (inside CoreNLP) behind Dossier's {@link TemporalTagger}: tokenizer, sentence
 * splitter, the left3words tagger (some of SUTime's rules read part-of-speech tags) and the time annotator with its default English rules, the document date set from the
 * publication date. Used as the reference row in the temporal evaluation. Without a publication
 * date SUTime resolves against nothing and leaves relative values with {@code X}s, which are
 * reported unresolved. Thread-safe: the pipeline is built once and annotates documents independently.
 */
public final class SuTime implements TemporalTagger {

    private final AnnotationPipeline pipeline;

    private SuTime(AnnotationPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The shared instance, built on first use (loading SUTime's rules takes a few seconds). */
    public static SuTime shared() {
        return Holder.INSTANCE;
    }

    @Override
    public List<TemporalExpression> tag(String text, LocalDate documentDate) {
        Annotation annotation = new Annotation(text);
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        pipeline.annotate(annotation);
        List<TemporalExpression> expressions = new ArrayList<>();
        List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) {
            return List.of();
        }
        for (CoreMap found : timexes) {
            Timex timex = found.get(TimeAnnotations.TimexAnnotation.class);
            Integer start = found.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = found.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (timex == null || start == null || end == null || end <= start || end > text.length()) {
                continue;
            }
            String value = timex.value() != null ? timex.value() : timex.altVal();
            TimexType type = type(timex.timexType());
            if (value == null || value.isBlank() || type == null || text.substring(start, end).isBlank()) {
                continue;
            }
            TimePrecision precision = precision(value);
            boolean resolved = !value.contains("X") || type == TimexType.DURATION || type == TimexType.SET;
            expressions.add(new TemporalExpression(new TextSpan(start, end), text.substring(start, end), type, value,
                    precision, resolved));
        }
        return List.copyOf(expressions);
    }

    private static TimexType type(String type) {
        if (type == null) {
            return null;
        }
        try {
            return TimexType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The precision a TIMEX3 value is written to. */
    static TimePrecision precision(String value) {
        if (value.endsWith("_REF")) {
            return null;
        }
        if (value.startsWith("P")) {
            return value.startsWith("PT") ? TimePrecision.INSTANT
                    : value.endsWith("D") ? TimePrecision.DAY : value.endsWith("W") ? TimePrecision.WEEK
                    : value.endsWith("M") ? TimePrecision.MONTH : TimePrecision.YEAR;
        }
        if (value.contains("T")) {
            return TimePrecision.INSTANT;
        }
        if (value.matches(".{4}-.{2}-.{2}.*") || value.matches(".{4}-W.{2}-\\d.*")) {
            return TimePrecision.DAY;
        }
        if (value.matches(".{4}-W.*")) {
            return TimePrecision.WEEK;
        }
        if (value.matches(".{4}-\\d{2}")) {
            return TimePrecision.MONTH;
        }
        return TimePrecision.YEAR;
    }

    private static final class Holder {
        static final SuTime INSTANCE = build();

        private static SuTime build() {
            AnnotationPipeline pipeline = new AnnotationPipeline();
            Properties tokenize = new Properties();
            tokenize.setProperty("tokenize.language", "en");
            tokenize.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
            pipeline.addAnnotator(new TokenizerAnnotator(false, tokenize));
            pipeline.addAnnotator(new WordsToSentencesAnnotator(false));
            pipeline.addAnnotator(new POSTaggerAnnotator("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger", false));
            Properties time = new Properties();
            time.setProperty("sutime.includeRange", "true");
            time.setProperty("sutime.markTimeRanges", "false");
            pipeline.addAnnotator(new TimeAnnotator("sutime", time));
            return new SuTime(pipeline);
        }
    }
}
