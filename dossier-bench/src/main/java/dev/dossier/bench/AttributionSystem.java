package dev.dossier.bench;

import dev.dossier.model.Attribution;
import dev.dossier.model.QuoteKind;
import dev.dossier.nlp.Nlp;
import dev.dossier.quotes.Attributor;
import java.util.ArrayList;
import java.util.List;

/** Something that finds attributions in a raw article text: Dossier, or a baseline. Thread-safe. */
interface AttributionSystem {

    String name();

    List<PredictedAttribution> attribute(String text);

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
                List<PredictedAttribution> predicted = new ArrayList<>();
                for (Attribution attribution : attributor.attribute(nlp.annotate(text))) {
                    predicted.add(new PredictedAttribution(attribution.content(), attribution.source(),
                            attribution.kind().key(), attribution.kind() != QuoteKind.INDIRECT));
                }
                return predicted;
            }
        };
    }
}
