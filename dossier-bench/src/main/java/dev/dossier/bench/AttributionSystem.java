package dev.dossier.bench;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.Nlp;
import dev.dossier.quotes.Attributor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Something that finds attributions in a raw article text: Dossier, or a baseline. Thread-safe. */
interface AttributionSystem {

    /** A full stop, question or exclamation mark (and a closing mark), spaces and a capital: a sentence ends. */
    Pattern SENTENCE_END = Pattern.compile("[.!?][\"”'’]?\\s+\\p{Lu}");

    /** A full stop, question or exclamation mark ending a quotation's words. */
    Pattern CLOSED = Pattern.compile("[.!?…]$");

    /** Only marks, commas and spaces, perhaps around one "and" or "or". */
    Pattern ADJOINING = Pattern.compile("[\\h\"“”'‘’,;]*(?:\\b(?:and|or)\\b[\\h\"“”'‘’]*)?");

    String name();

    List<PredictedAttribution> attribute(String text);

    /**
     * Whether {@code next} goes on with the quotation {@code previous} began, which PolNeAR
     * annotates as one discontinuous content and Dossier reports as two quotations of one speaker:
     * the second half of a quotation its cue split ("'A,' he said. 'B.'", "'A,' he said, 'B.'"),
     * anywhere later in the same paragraph, or a continuation that opens the next paragraph with no
     * cue of its own. {@code previous} {@link #opensSplit opens a split}, {@code next} is direct
     * with no cue of its own or the first half's, or a fragment that {@link #continuesUnderCue
     * continues under the first half's cue} from a later sentence, and the speaker is the same. The caller passes
     * the last quotation before {@code next} that could open a split: a partial quotation or
     * reported speech may stand between the halves ("'A,' said X, who noted that prices had
     * 'collapsed.' 'B.'"). The evaluation joins the two into one content of two pieces, as it trims
     * quotation marks: a change of format, not of what was found.
     */
    static boolean continues(String text, Attribution previous, Attribution next) {
        if (previous == null || !opensSplit(previous) || next.kind() != QuoteKind.DIRECT && !continuesUnderCue(text, previous, next)
                || (next.cue() != null && !next.cue().equals(previous.cue()))) {
            return false;
        }
        boolean sameSpeaker = previous.resolvedSource() != null ? previous.resolvedSource().equals(next.resolvedSource())
                : previous.source() != null && previous.source().equals(next.source());
        return sameSpeaker && follows(text, previous.content().end(), next.content().start(), next.cue() == null);
    }

    /**
     * Whether quotation {@code next} stands right after {@code previous}, which leaves its sentence
     * open, with nothing but marks between them ("'A,' 'B.'", "'A' and 'B'"): a list PolNeAR
     * annotates as one content.
     */
    static boolean adjoins(String text, Attribution previous, Attribution next) {
        return previous != null && next.kind() != QuoteKind.INDIRECT && previous.kind() != QuoteKind.INDIRECT
                && !CLOSED.matcher(previous.content().of(text)).find()
                && (next.cue() == null || next.cue().equals(previous.cue()))
                && next.content().start() >= previous.content().end()
                && ADJOINING.matcher(text.substring(previous.content().end(), next.content().start())).matches();
    }

    /**
     * Whether partial quotation {@code next} goes on with {@code previous}'s statement under its cue
     * from a later sentence ("'A,' said Brandt. Now it is 'b c d.'"), as Dossier reports a fragment
     * with no cue of its own after a quotation: a fragment in the cue's own sentence ("said Brandt,
     * who called it 'b'") is a statement of its own.
     */
    private static boolean continuesUnderCue(String text, Attribution previous, Attribution next) {
        TextSpan cue = next.cue();
        return next.kind() == QuoteKind.PARTIAL && cue != null && cue.equals(previous.cue()) && next.content().start() > cue.end()
                && SENTENCE_END.matcher(text.substring(cue.end(), next.content().start() + 1)).find();
    }

    /**
     * Whether {@code attribution} can be the first half of a split quotation: a direct quotation, or
     * a partial one its cue follows ("Still, the mills are 'barely scraping by,' Brandt said. 'B.'").
     */
    static boolean opensSplit(Attribution attribution) {
        return attribution.kind() == QuoteKind.DIRECT
                || attribution.kind() == QuoteKind.PARTIAL && attribution.cue() != null
                        && attribution.cue().start() >= attribution.content().end();
    }

    /**
     * Whether a quotation starting at {@code start} follows one ending at {@code end} in the same
     * paragraph or, when {@code orOpensNext}, opens the paragraph right after it.
     */
    static boolean follows(String text, int end, int start, boolean orOpensNext) {
        if (start < end) {
            return false;
        }
        String between = text.substring(end, start);
        int firstBreak = between.indexOf('\n');
        if (firstBreak < 0) {
            return true;
        }
        int lastBreak = between.lastIndexOf('\n');
        boolean nextParagraph = between.substring(firstBreak, lastBreak).isBlank();
        boolean opensIt = between.substring(lastBreak + 1).strip().length() <= 2;
        return orOpensNext && nextParagraph && opensIt;
    }

    /**
     * Dossier's {@code attributions} of {@code text} as the evaluation scores them: each split
     * quotation's later halves joined to the last direct quotation before them (or a partial one its
     * cue follows) when they {@link #continues continue} it, and each quotation of a list joined to
     * the one it {@link #adjoins adjoins}.
     */
    static List<PredictedAttribution> joined(String text, List<Attribution> attributions) {
        List<PredictedAttribution> predicted = new ArrayList<>();
        Attribution open = null;
        int openAt = -1;
        Attribution last = null;
        for (Attribution attribution : attributions) {
            if (adjoins(text, last, attribution)) {
                int lastAt = predicted.size() - 1;
                predicted.set(lastAt, predicted.get(lastAt).joinedWith(attribution.content()));
                last = attribution;
                continue;
            }
            if (continues(text, open, attribution)) {
                predicted.set(openAt, predicted.get(openAt).joinedWith(attribution.content()));
                continue;
            }
            last = attribution;
            // the direct subset is chosen by the same test on both sides: the content's own marks
            predicted.add(new PredictedAttribution(attribution.content(), attribution.source(),
                    attribution.kind().key(), QuoteDelimited.test(text, Spans.of(attribution.content()))));
            if (opensSplit(attribution)) {
                open = attribution;
                openAt = predicted.size() - 1;
            }
        }
        return predicted;
    }

    /** Dossier's enrichment: CoreNLP through Dossier's adapter, then Dossier's attribution rules. */
    static AttributionSystem dossier() {
        Nlp nlp = Nlp.coreNlp();
        Attributor attributor = Attributor.rules();
        return new AttributionSystem() {
            @Override
            public String name() {
                return "Dossier";
            }

            @Override
            public List<PredictedAttribution> attribute(String text) {
                return joined(text, attributor.attribute(nlp.annotate(text)));
            }
        };
    }
}
