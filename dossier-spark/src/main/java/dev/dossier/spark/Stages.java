package dev.dossier.spark;

import dev.dossier.clean.CleanOptions;
import dev.dossier.clean.Cleaners;
import dev.dossier.embed.Embedder;
import dev.dossier.enrich.Enricher;
import dev.dossier.entities.AliasBook;
import dev.dossier.nlp.Nlp;
import dev.dossier.pipeline.Cleaner;
import dev.dossier.stories.Fingerprinter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The core stages as one executor uses them: the cleaner, the enricher (CoreNLP and the alias
 * book) and the fingerprinter (the MiniLM embedder). The models take seconds and hundreds of
 * megabytes to load, so they are loaded once per executor JVM, on first use, and shared by all its
 * tasks; never once per record or per partition.
 *
 * <p>Thread-safe: {@link #of} is synchronized, and the stages themselves are thread-safe.
 */
final class Stages {

    private static Stages shared;

    final Cleaner cleaner;
    final Enricher enricher;
    final Fingerprinter fingerprinter;
    final AliasBook aliases;
    private final byte[] aliasFile;

    private Stages(byte[] aliasFile) {
        this.aliasFile = aliasFile;
        this.aliases = aliasFile == null ? AliasBook.starter() : AliasBook.starter().merge(read(aliasFile));
        this.cleaner = Cleaners.standard(CleanOptions.defaults());
        this.enricher = Enricher.standard(Nlp.coreNlp(), aliases);
        this.fingerprinter = new Fingerprinter(Embedder.miniLm());
    }

    /**
     * The stages of this JVM for a job with this alias file (null: the starter book only). A job
     * with another alias file (a later job in the same JVM) gets new stages over the same models.
     */
    static synchronized Stages of(byte[] aliasFile) {
        if (shared == null || !Arrays.equals(shared.aliasFile, aliasFile)) {
            shared = new Stages(aliasFile);
        }
        return shared;
    }

    private static AliasBook read(byte[] aliasFile) {
        try {
            return AliasBook.read(new ByteArrayInputStream(aliasFile), "the job's alias file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the job's alias file: " + e.getMessage(), e);
        }
    }
}
