package dev.dossier.store;

import dev.dossier.model.ActorMention;
import dev.dossier.model.EnrichedArticle;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.Quote;
import dev.dossier.model.QuoteKind;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.SaidOn;
import dev.dossier.model.Source;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.model.TimePrecision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes an article's actors and statements, and reads statements back with their sources. */
final class QuoteRows {

    static final String COLUMNS = "q.id, q.kind, q.text, q.start, q.end, q.speaker_kind, q.speaker_mention, q.cue, q.said_on, "
            + "q.said_on_precision, q.said_on_basis, q.statement_id, a.id AS article_id, ac.id AS speaker_id, ac.name AS speaker_name";
    static final String FROM = " FROM quotes q JOIN articles a ON a.seq = q.article_seq LEFT JOIN actors ac ON ac.id = q.speaker_actor_id";

    private QuoteRows() {}

    static void insert(Connection connection, long articleSeq, EnrichedArticle enriched, ActorDirectory actors, Instant now)
            throws SQLException {
        Set<Long> touched = new LinkedHashSet<>();
        try (PreparedStatement mention = connection.prepareStatement(
                "INSERT OR IGNORE INTO mentions (article_seq, start, end, actor_id) VALUES (?, ?, ?, ?)")) {
            for (ActorMention m : enriched.mentions()) {
                mention.setLong(1, articleSeq);
                mention.setInt(2, m.span().start());
                mention.setInt(3, m.span().end());
                long actor = actors.idOf(connection, m.actor(), m.text());
                touched.add(actor);
                mention.setLong(4, actor);
                mention.addBatch();
            }
            mention.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO quotes (id, article_seq, statement_id, kind, "
                + "text, start, end, speaker_kind, speaker_actor_id, speaker_mention, cue, said_on, said_on_precision, said_on_basis) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Quote quote : enriched.quotes()) {
                // aliases come from the mentions: a speaker phrase ("he", "Dastova's office") is no name
                Long speaker = quote.speaker() == null ? null : actors.idOf(connection, quote.speaker(), null);
                if (speaker != null) {
                    touched.add(speaker);
                }
                int i = 0;
                insert.setString(++i, quote.id());
                insert.setLong(++i, articleSeq);
                insert.setLong(++i, StatementIndex.statementOf(connection, quote.text(), speaker));
                insert.setString(++i, quote.kind().key());
                insert.setString(++i, quote.text());
                insert.setInt(++i, quote.span().start());
                insert.setInt(++i, quote.span().end());
                insert.setString(++i, quote.speakerKind().key());
                ArticleRows.setNullable(insert, ++i, speaker);
                ArticleRows.setNullable(insert, ++i, quote.speakerMention());
                ArticleRows.setNullable(insert, ++i, quote.cue());
                SaidOn saidOn = quote.saidOn();
                ArticleRows.setNullable(insert, ++i, saidOn == null ? null : saidOn.date().toString());
                ArticleRows.setNullable(insert, ++i, saidOn == null ? null : saidOn.precision().name().toLowerCase(Locale.ROOT));
                ArticleRows.setNullable(insert, ++i, saidOn == null ? null : saidOn.basis());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        EventRows.insert(connection, articleSeq, enriched.events(), actors, touched);
        ActorDirectory.renameToCommonestSpellings(connection, touched);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO enrichments (article_seq, skipped, enriched_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, articleSeq);
            ArticleRows.setNullable(insert, 2, enriched.skipped());
            insert.setString(3, now.toString());
            insert.executeUpdate();
        }
    }

    /**
     * Reads quotes selected with {@link #COLUMNS} and {@link #FROM}. With {@code grouped}, one per
     * statement: the version that dates itself from the text if any, else the earliest said, else
     * the longest; statements then come latest said first.
     */
    static List<QuoteRecord> read(Connection connection, PreparedStatement select, boolean grouped) throws SQLException {
        Map<Long, List<QuoteRecord>> byStatement = new LinkedHashMap<>();
        List<Long> order = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            long ungrouped = -1;
            while (rows.next()) {
                long statement = grouped ? rows.getLong("statement_id") : ungrouped--;
                if (!byStatement.containsKey(statement)) {
                    order.add(statement);
                }
                byStatement.computeIfAbsent(statement, s -> new ArrayList<>()).add(record(rows, List.of()));
            }
        }
        List<QuoteRecord> records = new ArrayList<>(order.size());
        for (long statement : order) {
            QuoteRecord chosen = byStatement.get(statement).stream().min(REPRESENTATIVE).orElseThrow();
            List<Source> sources = statement >= 0 ? sources(connection, statement, chosen.articleId())
                    : sources(connection, statementOf(connection, chosen.id()), chosen.articleId());
            records.add(new QuoteRecord(chosen.id(), chosen.kind(), chosen.text(), chosen.speakerKind(), chosen.speakerId(),
                    chosen.speakerName(), chosen.speakerMention(), chosen.cue(), chosen.articleId(), chosen.span(), chosen.saidOn(), sources));
        }
        if (grouped) {
            records.sort(Comparator.comparing((QuoteRecord r) -> r.saidOn() == null ? null : r.saidOn().date(),
                    Comparator.nullsLast(Comparator.reverseOrder())));
        }
        return records;
    }

    /** Text-dated first, then the earliest day, then the fullest words. */
    private static final Comparator<QuoteRecord> REPRESENTATIVE = Comparator
            .comparing((QuoteRecord r) -> r.saidOn() == null || !SaidOn.FROM_TEXT.equals(r.saidOn().basis()))
            .thenComparing(r -> r.saidOn() == null ? null : r.saidOn().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> -r.text().length());

    private static long statementOf(Connection connection, String quoteId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT statement_id FROM quotes WHERE id = ?")) {
            select.setString(1, quoteId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static QuoteRecord record(ResultSet row, List<Source> sources) throws SQLException {
        long speakerId = row.getLong("speaker_id");
        Long speaker = row.wasNull() ? null : speakerId;
        String saidOn = row.getString("said_on");
        return new QuoteRecord(
                row.getString("id"),
                QuoteKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                row.getString("text"),
                SpeakerKind.valueOf(row.getString("speaker_kind").toUpperCase(Locale.ROOT)),
                speaker,
                row.getString("speaker_name"),
                row.getString("speaker_mention"),
                row.getString("cue"),
                row.getString("article_id"),
                new TextSpan(row.getInt("start"), row.getInt("end")),
                saidOn == null ? null : new SaidOn(LocalDate.parse(saidOn),
                        TimePrecision.valueOf(row.getString("said_on_precision").toUpperCase(Locale.ROOT)), row.getString("said_on_basis")),
                sources);
    }

    /** Every article that carried the statement, the quote's own article first. */
    private static List<Source> sources(Connection connection, long statement, String firstArticle) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT a.id, a.outlet, a.title, a.url, a.published_at, "
                + "a.published_precision, a.published_from, a.seq FROM quotes q JOIN articles a ON a.seq = q.article_seq "
                + "WHERE q.statement_id = ? ORDER BY a.id = ? DESC, a.published_at, a.seq")) {
            select.setLong(1, statement);
            select.setString(2, firstArticle);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String at = rows.getString("published_at");
                    Published published = at == null ? null : new Published(Instant.parse(at),
                            TimePrecision.valueOf(rows.getString("published_precision").toUpperCase(Locale.ROOT)),
                            PublishedFrom.fromKey(rows.getString("published_from")));
                    sources.add(new Source(rows.getString("id"), rows.getString("outlet"), rows.getString("title"), rows.getString("url"), published));
                }
            }
        }
        return sources;
    }
}
