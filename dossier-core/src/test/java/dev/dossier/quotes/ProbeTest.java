package dev.dossier.quotes;

import dev.dossier.clean.CleanOptions;
import dev.dossier.clean.Cleaners;
import dev.dossier.model.Attribution;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.RawDocument;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Nlp;
import dev.dossier.pipeline.Cleaned;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() throws Exception {
        String file = System.getenv("PROBE");
        if (file == null) return;
        Cleaned cleaned = Cleaners.standard(CleanOptions.defaults()).clean(new RawDocument(Origin.ofFile(file), Format.TEXT,
                Files.readAllBytes(Path.of(file)), null, Instant.now(), Metadata.EMPTY));
        StringBuilder out = new StringBuilder();
        for (CleanArticle a : ((Cleaned.Articles) cleaned).articles()) {
            AnnotatedText at = Nlp.coreNlp().annotate(a.text());
            out.append("## ").append(a.title()).append('\n');
            for (Attribution q : Attributor.rules().attribute(at)) {
                String c = q.content().of(a.text());
                out.append(q.kind()).append(" | ").append(q.speakerKind()).append(" | ")
                   .append(q.source() == null ? "-" : q.source().of(a.text())).append(" -> ")
                   .append(q.resolvedSource() == null ? "-" : q.resolvedSource().of(a.text())).append(" | ")
                   .append(q.cue() == null ? "-" : q.cue().of(a.text())).append(" | ")
                   .append(c.length() > 90 ? c.substring(0, 90) + "…" : c).append('\n');
            }
        }
        Files.writeString(Path.of("/tmp/probe.txt"), out.toString());
    }
}
