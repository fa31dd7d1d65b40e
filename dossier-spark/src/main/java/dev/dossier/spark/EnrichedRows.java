package dev.dossier.spark;

import dev.dossier.entities.ActorKeys;
import dev.dossier.entities.AliasBook;
import dev.dossier.model.ActorMention;
import dev.dossier.model.ActorType;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.EnrichedArticle;
import dev.dossier.model.Event;
import dev.dossier.model.Fingerprint;
import dev.dossier.model.NamedActor;
import dev.dossier.model.Origin;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.Quote;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.Rejection;
import dev.dossier.model.SaidOn;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.model.TimePrecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Converts between the core's records and the rows of the job's tables ({@link Tables}), both
 * ways: the job writes what the stages found, and the import reads it back into the same records
 * the single-machine ingest stores, so both paths share one store writer.
 *
 * <p>Arrays are written as Java arrays and maps as Scala maps (the external types Spark's row
 * encoder takes); enums as their lower-case keys. Stateless.
 */
final class EnrichedRows {

    private EnrichedRows() {}

    /** The {@link Tables#PROCESSED} row of an article with what the stages found in it. */
    static Row processed(EnrichedArticle enriched, AliasBook aliases) {
        CleanArticle article = enriched.article();
        String id = article.id();
        Row[] mentions = enriched.mentions().stream().map(mention -> mention(id, mention, aliases)).toArray(Row[]::new);
        Row[] quotes = enriched.quotes().stream().map(quote -> quote(quote, aliases)).toArray(Row[]::new);
        Row[] events = enriched.events().stream().map(event -> event(id, event)).toArray(Row[]::new);
        return RowFactory.create(article(enriched), mentions, quotes, events, null);
    }

    /** The {@link Tables#PROCESSED} row of a document or record that yielded no article. */
    static Row processed(Rejection rejection) {
        Origin origin = rejection.origin();
        return RowFactory.create(null, null, null, null, RowFactory.create(origin.source(), origin.record(), origin.url(), rejection.reason()));
    }

    private static Row article(EnrichedArticle enriched) {
        CleanArticle a = enriched.article();
        Published published = a.published();
        Row[] paragraphs = a.paragraphs().stream()
                .map(p -> RowFactory.create(p.text().start(), p.text().end(), p.raw().start(), p.raw().end())).toArray(Row[]::new);
        Fingerprint print = enriched.fingerprint();
        return RowFactory.create(a.id(), a.title(), a.outlet(), a.url(), a.author(),
                published == null ? null : published.at(), published == null ? null : key(published.precision()),
                published == null ? null : published.from().key(), a.language(), a.text(), a.wireCredit(), a.origin().source(),
                a.origin().record(), a.origin().url(), a.fetchedAt(), paragraphs, enriched.skipped(),
                print == null ? null : boxed(print.embedding()), print == null ? null : CollectionConverters.asScala(print.terms()),
                print == null ? null : boxed(print.minhash()), print == null ? null : print.shingles());
    }

    private static Row mention(String articleId, ActorMention mention, AliasBook aliases) {
        NamedActor actor = mention.actor();
        return RowFactory.create(articleId, mention.span().start(), mention.span().end(), mention.text(), actor.name(), actor.type().key(),
                actorKey(actor, aliases));
    }

    private static Row quote(Quote quote, AliasBook aliases) {
        NamedActor speaker = quote.speaker();
        SaidOn saidOn = quote.saidOn();
        return RowFactory.create(quote.id(), quote.articleId(), quote.kind().key(), quote.text(), quote.span().start(), quote.span().end(),
                quote.speakerKind().key(), speaker == null ? null : speaker.name(), speaker == null ? null : speaker.type().key(),
                speaker == null ? null : actorKey(speaker, aliases), quote.speakerMention(), quote.cue(),
                saidOn == null ? null : saidOn.date(), saidOn == null ? null : key(saidOn.precision()), saidOn == null ? null : saidOn.basis());
    }

    private static Row event(String articleId, Event event) {
        Row[] actors = event.actors().stream().map(actor -> RowFactory.create(actor.name(), actor.type().key())).toArray(Row[]::new);
        return RowFactory.create(articleId, event.span().start(), event.span().end(), event.text(), event.date(), key(event.precision()),
                event.value(), actors);
    }

    /** The grouping key of an actor across articles: its type and its {@link ActorKeys} key after the alias book's spelling. */
    static String actorKey(NamedActor actor, AliasBook aliases) {
        NamedActor canonical = ActorKeys.canonical(aliases, actor);
        return canonical.type().key() + ":" + ActorKeys.key(canonical);
    }

    /**
     * The enriched article (with its fingerprint) that a row of {@link Tables#ARTICLES} and its rows
     * of mentions, quotes and events describe.
     */
    static EnrichedArticle enriched(Row article, List<Row> mentions, List<Row> quotes, List<Row> events) {
        CleanArticle clean = cleanArticle(article);
        List<ActorMention> actorMentions = new ArrayList<>();
        for (Row row : mentions) {
            actorMentions.add(new ActorMention(new TextSpan(row.getAs("start"), row.getAs("end")), row.getAs("text"),
                    named(row.getAs("actor_name"), row.getAs("actor_type"))));
        }
        List<Quote> statements = new ArrayList<>();
        for (Row row : quotes) {
            String speaker = row.getAs("speaker_name");
            LocalDate saidOn = row.getAs("said_on");
            statements.add(new Quote(row.getAs("id"), clean.id(), QuoteKind.valueOf(upper(row.getAs("kind"))), row.getAs("text"),
                    new TextSpan(row.getAs("start"), row.getAs("end")), SpeakerKind.valueOf(upper(row.getAs("speaker_kind"))),
                    speaker == null ? null : named(speaker, row.getAs("speaker_type")), row.getAs("speaker_mention"), row.getAs("cue"),
                    saidOn == null ? null : new SaidOn(saidOn, precision(row.getAs("said_on_precision")), row.getAs("said_on_basis"))));
        }
        List<Event> dated = new ArrayList<>();
        for (Row row : events) {
            List<NamedActor> actors = row.<Row>getList(row.fieldIndex("actors")).stream()
                    .map(actor -> named(actor.getAs("name"), actor.getAs("type"))).toList();
            dated.add(new Event(new TextSpan(row.getAs("start"), row.getAs("end")), row.getAs("text"), row.getAs("date"),
                    precision(row.getAs("precision")), row.getAs("value"), actors));
        }
        return new EnrichedArticle(clean, actorMentions, statements, dated, article.getAs("skipped"), fingerprint(article));
    }

    private static CleanArticle cleanArticle(Row row) {
        Instant publishedAt = row.getAs("published_at");
        Published published = publishedAt == null ? null
                : new Published(publishedAt, precision(row.getAs("published_precision")), PublishedFrom.fromKey(row.getAs("published_from")));
        List<Paragraph> paragraphs = row.<Row>getList(row.fieldIndex("paragraphs")).stream()
                .map(p -> new Paragraph(new TextSpan(p.getAs("text_start"), p.getAs("text_end")), new TextSpan(p.getAs("raw_start"), p.getAs("raw_end"))))
                .toList();
        return new CleanArticle(row.getAs("id"), new Origin(row.getAs("origin_source"), row.getAs("origin_record"), row.getAs("origin_url")),
                row.getAs("title"), row.getAs("outlet"), row.getAs("url"), row.getAs("author"), published, row.getAs("language"),
                row.getAs("text"), paragraphs, row.getAs("wire_credit"), row.getAs("fetched_at"));
    }

    /** The fingerprint an article row carries, or null when it has none. */
    static Fingerprint fingerprint(Row row) {
        if (row.isNullAt(row.fieldIndex("embedding"))) {
            return null;
        }
        List<Float> embedding = row.getList(row.fieldIndex("embedding"));
        float[] vector = new float[embedding.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = embedding.get(i);
        }
        List<Integer> minhash = row.getList(row.fieldIndex("minhash"));
        Map<String, Integer> terms = new HashMap<>(row.getJavaMap(row.fieldIndex("terms")));
        return new Fingerprint(vector, terms, minhash.stream().mapToInt(Integer::intValue).toArray(), row.getAs("shingles"));
    }

    private static NamedActor named(String name, String type) {
        return new NamedActor(name, ActorType.fromKey(type));
    }

    private static String key(TimePrecision precision) {
        return precision.name().toLowerCase(Locale.ROOT);
    }

    private static TimePrecision precision(String key) {
        return TimePrecision.valueOf(upper(key));
    }

    private static String upper(String key) {
        return key.toUpperCase(Locale.ROOT);
    }

    private static Float[] boxed(float[] values) {
        Float[] boxed = new Float[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static Integer[] boxed(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
