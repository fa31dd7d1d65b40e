package dev.dossier.store;

import dev.dossier.model.CleanArticle;
import dev.dossier.model.Origin;
import dev.dossier.model.Paragraph;
import dev.dossier.model.Published;
import dev.dossier.model.PublishedFrom;
import dev.dossier.model.TextSpan;
import dev.dossier.model.TimePrecision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Maps articles to rows and back. Package-private: only the store speaks SQL. */
final class ArticleRows {

    static final String COLUMNS = "a.seq, a.id, a.title, a.outlet, a.url, a.author, a.published_at, a.published_precision, "
            + "a.published_from, a.language, a.text, a.wire_credit, a.origin_source, a.origin_record, a.origin_url, a.fetched_at";

    private static final String INSERT = "INSERT INTO articles (id, title, outlet, url, author, published_at, published_precision, "
            + "published_from, language, text, wire_credit, origin_source, origin_record, origin_url, fetched_at, ingested_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
    private static final String INSERT_PARAGRAPH =
            "INSERT INTO paragraphs (article_seq, ordinal, text_start, text_end, raw_start, raw_end) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String SELECT_PARAGRAPHS =
            "SELECT text_start, text_end, raw_start, raw_end FROM paragraphs WHERE article_seq = ? ORDER BY ordinal";

    /**
     * The publication sources that only estimate the time ({@link PublishedFrom#isEstimate}), as an
     * SQL list for {@code published_from IN ...}.
     */
    static final String ESTIMATED_DATES = Arrays.stream(PublishedFrom.values()).filter(PublishedFrom::isEstimate)
            .map(from -> "'" + from.key() + "'").collect(Collectors.joining(", ", "(", ")"));

    private ArticleRows() {}

    /** Inserts the article and its paragraphs; false when an article with its id exists already. */
    static boolean insert(Connection connection, CleanArticle article, Instant now) throws SQLException {
        long seq;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            Published published = article.published();
            int i = 0;
            insert.setString(++i, article.id());
            insert.setString(++i, article.title());
            setNullable(insert, ++i, article.outlet());
            setNullable(insert, ++i, article.url());
            setNullable(insert, ++i, article.author());
            setNullable(insert, ++i, published == null ? null : published.at().toString());
            setNullable(insert, ++i, published == null ? null : published.precision().name().toLowerCase(Locale.ROOT));
            setNullable(insert, ++i, published == null ? null : published.from().key());
            setNullable(insert, ++i, article.language());
            insert.setString(++i, article.text());
            setNullable(insert, ++i, article.wireCredit());
            insert.setString(++i, article.origin().source());
            setNullable(insert, ++i, article.origin().record());
            setNullable(insert, ++i, article.origin().url());
            insert.setString(++i, article.fetchedAt().toString());
            insert.setString(++i, now.toString());
            if (insert.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement lastId = connection.prepareStatement("SELECT last_insert_rowid()");
                ResultSet rows = lastId.executeQuery()) {
            rows.next();
            seq = rows.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_PARAGRAPH)) {
            int ordinal = 0;
            for (Paragraph paragraph : article.paragraphs()) {
                insert.setLong(1, seq);
                insert.setInt(2, ordinal++);
                insert.setInt(3, paragraph.text().start());
                insert.setInt(4, paragraph.text().end());
                insert.setInt(5, paragraph.raw().start());
                insert.setInt(6, paragraph.raw().end());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return true;
    }

    /** Reads the article in the current row (selected with {@link #COLUMNS}), paragraphs included. */
    static CleanArticle read(Connection connection, ResultSet row) throws SQLException {
        long seq = row.getLong("seq");
        String publishedAt = row.getString("published_at");
        Published published = publishedAt == null ? null : new Published(
                Instant.parse(publishedAt),
                TimePrecision.valueOf(row.getString("published_precision").toUpperCase(Locale.ROOT)),
                PublishedFrom.fromKey(row.getString("published_from")));
        return new CleanArticle(
                row.getString("id"),
                new Origin(row.getString("origin_source"), row.getString("origin_record"), row.getString("origin_url")),
                row.getString("title"),
                row.getString("outlet"),
                row.getString("url"),
                row.getString("author"),
                published,
                row.getString("language"),
                row.getString("text"),
                paragraphs(connection, seq),
                row.getString("wire_credit"),
                Instant.parse(row.getString("fetched_at")));
    }

    private static List<Paragraph> paragraphs(Connection connection, long seq) throws SQLException {
        List<Paragraph> paragraphs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_PARAGRAPHS)) {
            select.setLong(1, seq);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    paragraphs.add(new Paragraph(new TextSpan(rows.getInt(1), rows.getInt(2)), new TextSpan(rows.getInt(3), rows.getInt(4))));
                }
            }
        }
        return paragraphs;
    }

    static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static void setNullable(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }
}
