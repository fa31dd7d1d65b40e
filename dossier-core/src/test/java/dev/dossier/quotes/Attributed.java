package dev.dossier.quotes;

import dev.dossier.model.Attribution;
import dev.dossier.nlp.Nlp;
import java.util.List;

/** What Dossier's rules attribute in a text, through the real NLP adapter: the quotes tests' common read. */
final class Attributed {

    private Attributed() {}

    /** The attributions of {@code text}, in text order. */
    static List<Attribution> in(String text) {
        return Attributor.rules().attribute(Nlp.coreNlp().annotate(text));
    }

    /** The speaker of each attribution of {@code text} as written there, {@code null} where none was found. */
    static List<String> speakers(String text) {
        return in(text).stream().map(Attribution::source).map(s -> s == null ? null : s.of(text)).toList();
    }
}
