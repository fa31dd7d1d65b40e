package dev.dossier.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.dossier.model.Format;
import dev.dossier.model.Metadata;
import dev.dossier.model.Origin;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.RawDocument;
import dev.dossier.model.Rejection;
import dev.dossier.model.TimePrecision;
import dev.dossier.pipeline.DocumentSource.Sink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.jsoup.Jsoup;

/**
 * Reads an RSS or Atom feed (ROME): each item becomes a document from its full content, or from
 * its summary when that is all there is, with the item's title, link and date. ROME leaves HTML
 * entities in titles alone, so titles are decoded here.
 */
final class Feeds {

    private Feeds() {}

    static void read(Origin file, byte[] bytes, IngestOptions options, Sink sink) {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            sink.rejected(new Rejection(file, "not a readable RSS or Atom feed: " + String.valueOf(e.getMessage()).replace('\n', ' ')));
            return;
        }
        String outlet = plain(feed.getTitle());
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            Origin origin = file.withRecord("item " + index).withUrl(entry.getLink());
            String body = body(entry);
            if (body == null || body.isBlank()) {
                sink.rejected(new Rejection(origin, "feed item has neither content nor summary"));
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            Published published = date == null ? null : new Published(date.toInstant(), TimePrecision.INSTANT, PublishedFrom.METADATA);
            Metadata hints = new Metadata(plain(entry.getTitle()), outlet, entry.getLink(), published, plain(entry.getAuthor()), null);
            sink.accept(new RawDocument(origin, Format.HTML, body.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8.name(), options.clock().instant(), hints));
        }
    }

    private static String body(SyndEntry entry) {
        StringBuilder content = new StringBuilder();
        for (SyndContent part : entry.getContents()) {
            if (part.getValue() != null) {
                content.append(part.getValue()).append('\n');
            }
        }
        if (content.toString().isBlank() && entry.getDescription() != null) {
            return entry.getDescription().getValue();
        }
        return content.toString();
    }

    /** Entity-decoded, tag-free text of a title-like field, or null. */
    private static String plain(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Jsoup.parse(value).text();
    }
}
