package dev.dossier.spark;

import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import dev.dossier.model.TimePrecision;
import java.io.Serializable;
import java.time.Instant;

/**
 * What reading an input yields, in a form Spark can ship between executors: a document, or the
 * rejection of a record that could not be read. The core's records are not serializable; these
 * carry the same fields and convert back.
 */
sealed interface ReadItem extends Serializable {

    static ReadItem of(RawDocument document) {
        return new Document(document.origin().source(), document.origin().record(), document.origin().url(), document.format(),
                document.content(), document.declaredCharset(), document.fetchedAt(), Hints.of(document.hints()));
    }

    static ReadItem of(Rejection rejection) {
        Origin origin = rejection.origin();
        return new Rejected(origin.source(), origin.record(), origin.url(), rejection.reason());
    }

    /** A raw document, as {@link RawDocument}. */
    record Document(String source, String record, String url, Format format, byte[] content, String charset, Instant fetchedAt,
            Hints hints) implements ReadItem {

        RawDocument toRaw() {
            return new RawDocument(new Origin(source, record, url), format, content, charset, fetchedAt, hints.toMetadata());
        }
    }

    /** A record that could not be read, as {@link Rejection}. */
    record Rejected(String source, String record, String url, String reason) implements ReadItem {

        Rejection toRejection() {
            return new Rejection(new Origin(source, record, url), reason);
        }
    }

    /** A document's container metadata, as {@link Metadata}. */
    record Hints(String title, String outlet, String url, Instant publishedAt, TimePrecision precision, PublishedFrom from, String author,
            String language) implements Serializable {

        static Hints of(Metadata metadata) {
            Published published = metadata.published();
            return new Hints(metadata.title(), metadata.outlet(), metadata.url(), published == null ? null : published.at(),
                    published == null ? null : published.precision(), published == null ? null : published.from(), metadata.author(),
                    metadata.language());
        }

        Metadata toMetadata() {
            Published published = publishedAt == null ? null : new Published(publishedAt, precision, from);
            return new Metadata(title, outlet, url, published, author, language);
        }
    }
}
