package dev.dossier.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of an article's text, for articles whose metadata does not say, with OpenNLP's
 * 103-language model (shipped in a Maven jar). Answers only when the text is long enough and the
 * model's best guess clearly leads the next; otherwise the language stays unknown.
 *
 * <p>Thread-safe: the model is loaded once per process, on first use, and shared; each thread gets
 * its own detector (OpenNLP's detectors keep per-call state).
 */
final class Languages {

    private static final String MODEL = "/langdetect-183.bin";
    private static final int MIN_CHARS = 60;
    /** A thousand characters of body text decide the language as well as three thousand, for a third of the time. */
    private static final int SAMPLE_CHARS = 1000;
    /** The model spreads its confidence over 103 languages: a clear lead over the runner-up is what counts. */
    private static final double MIN_CONFIDENCE = 0.15;
    private static final double MIN_LEAD = 2.0;

    private static final ThreadLocal<LanguageDetectorME> DETECTOR = ThreadLocal.withInitial(() -> new LanguageDetectorME(Model.INSTANCE));
    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private Languages() {}

    /** The ISO 639-1 code of the text's language (ISO 639-3 when there is no two-letter code), or empty. */
    static Optional<String> detect(String text) {
        if (text.length() < MIN_CHARS) {
            return Optional.empty();
        }
        Language[] ranked = DETECTOR.get().predictLanguages(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        Language best = ranked[0];
        boolean clearLead = ranked.length == 1 || best.getConfidence() >= MIN_LEAD * ranked[1].getConfidence();
        if (best.getConfidence() < MIN_CONFIDENCE || !clearLead) {
            return Optional.empty();
        }
        return Optional.of(TWO_LETTER.getOrDefault(best.getLang(), best.getLang()));
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            codes.put(Locale.forLanguageTag(two).getISO3Language(), two);
        }
        // the model's codes for macrolanguages and variants that Locale spells differently
        codes.put("cmn", "zh");
        codes.put("pes", "fa");
        codes.put("zsm", "ms");
        codes.put("nob", "nb");
        codes.put("nno", "nn");
        codes.put("ekk", "et");
        codes.put("lvs", "lv");
        codes.put("swh", "sw");
        return codes;
    }

    /** Holds the model, so it is loaded only when a language is first asked for. */
    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = Languages.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the language model " + MODEL + " is not on the class path (opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language model " + MODEL, e);
            }
        }
    }
}
