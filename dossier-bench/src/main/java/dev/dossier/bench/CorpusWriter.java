package dev.dossier.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes generated articles to disk in one {@link CorpusFormat}, streaming: one article is in
 * memory at a time, so the corpus size never shows in the measured heap. All files are UTF-8.
 *
 * <p>Text files come in the two shapes scrapers produce: two in three open with a front-matter
 * header ({@code title:}, {@code outlet:}...), the rest are bare (headline, byline, body).
 */
final class CorpusWriter {

    /** The JSON Lines corpus's one file, inside the corpus directory. */
    static final String JSONL_FILE = "articles.jsonl";

    private CorpusWriter() {}

    /**
     * Writes {@code articles} articles from a generator seeded with {@code seed} into
     * {@code directory}, which is created if needed and should be empty.
     */
    static Corpus write(CorpusFormat format, long seed, int articles, Path directory) throws IOException {
        Files.createDirectories(directory);
        NewsGenerator generator = new NewsGenerator(seed);
        return switch (format) {
            case TEXT, HTML -> {
                long bytes = 0;
                for (int i = 0; i < articles; i++) {
                    SyntheticArticle article = generator.next();
                    String name = String.format(Locale.ROOT, "article-%06d.%s", article.number(), format == CorpusFormat.TEXT ? "txt" : "html");
                    byte[] content = (format == CorpusFormat.TEXT ? text(article) : HtmlPage.render(article)).getBytes(StandardCharsets.UTF_8);
                    Files.write(directory.resolve(name), content);
                    bytes += content.length;
                }
                yield new Corpus(format, directory, articles, bytes);
            }
            case JSONL -> {
                Path file = directory.resolve(JSONL_FILE);
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (int i = 0; i < articles; i++) {
                        out.write(jsonLine(generator.next()));
                        out.write('\n');
                    }
                }
                yield new Corpus(format, file, articles, Files.size(file));
            }
        };
    }

    static String text(SyntheticArticle article) {
        StringBuilder text = new StringBuilder();
        boolean header = article.number() % 3 != 0;
        if (header) {
            text.append("title: ").append(article.headline()).append('\n')
                    .append("outlet: ").append(article.outlet().name()).append('\n')
                    .append("url: ").append(article.url()).append('\n')
                    .append("published: ").append(article.published()).append('\n')
                    .append("author: ").append(article.author()).append('\n')
                    .append('\n');
        }
        text.append(article.headline()).append('\n');
        if (!header) {
            text.append("By ").append(article.author()).append('\n');
        }
        text.append('\n');
        for (String paragraph : article.paragraphs()) {
            text.append(paragraph).append("\n\n");
        }
        return text.toString();
    }

    static String jsonLine(SyntheticArticle article) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("url", article.url());
        fields.put("title", article.headline());
        fields.put("outlet", article.outlet().name());
        fields.put("published", article.published().toString());
        fields.put("author", article.author());
        fields.put("language", "en");
        fields.put("text", String.join("\n\n", article.paragraphs()));
        return JsonText.object(fields);
    }
}
