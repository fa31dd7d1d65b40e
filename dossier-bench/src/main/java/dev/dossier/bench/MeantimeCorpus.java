package dev.dossier.bench;

import dev.dossier.model.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The English MEANTIME corpus (Minard et al. 2016: 120 Wikinews articles, TimeML TIMEX3 annotation),
 * read from its intra-document XML: tokens ({@code <token t_id sentence>}) are joined into a text, one
 * sentence a line, with spaces between tokens except before closing punctuation, and every
 * {@code <TIMEX3>} in {@code <Markables>} becomes a gold span from its first to its last anchored
 * token. TIMEX3s anchored to no token (values the annotators inferred, not words of the text) are
 * not gold. Only the title and the first sentences of each article are annotated (up to the sixth
 * sentence, dateline included); the annotated part ends with the last sentence holding any markable
 * (entity, event, value or time), and predictions after it are not scored. The document creation time is the TIMEX3 whose {@code functionInDocument} is
 * {@code CREATION_TIME} (for the two articles without one, the dateline); when it is anchored in the text (the dateline) it stays gold.
 */
record MeantimeCorpus(Path folder, List<Article> articles) {

    record GoldTimex(TextSpan span, String type, String value) {}

    /**
     * @param annotatedEnd where the annotated part of the text ends: MEANTIME annotates the title and
     *     the first sentences only, so the evaluation scores predictions before this offset
     */
    record Article(String id, String text, LocalDate created, List<GoldTimex> gold, int annotatedEnd) {}

    static MeantimeCorpus read(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> corpora = Files.newDirectoryStream(folder, "corpus_*")) {
            for (Path corpus : corpora) {
                try (DirectoryStream<Path> xml = Files.newDirectoryStream(corpus, "*.xml")) {
                    xml.forEach(files::add);
                }
            }
        }
        files.sort(null);
        DocumentBuilder builder = builder();
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                articles.add(article(builder.parse(in)));
            } catch (SAXException | RuntimeException e) {
                throw new IOException("reading " + file + ": " + e.getMessage(), e);
            }
        }
        return new MeantimeCorpus(folder, List.copyOf(articles));
    }

    int goldCount() {
        return articles.stream().mapToInt(a -> a.gold().size()).sum();
    }

    private static Article article(Document document) {
        Element root = document.getDocumentElement();
        NodeList tokens = root.getElementsByTagName("token");
        StringBuilder text = new StringBuilder();
        Map<String, TextSpan> spans = new HashMap<>();
        String sentence = null;
        String previous = "";
        for (int i = 0; i < tokens.getLength(); i++) {
            Element token = (Element) tokens.item(i);
            String word = token.getTextContent();
            if (sentence != null && !sentence.equals(token.getAttribute("sentence"))) {
                text.append('\n');
            } else if (sentence != null && !attaches(previous, word)) {
                text.append(' ');
            }
            sentence = token.getAttribute("sentence");
            spans.put(token.getAttribute("t_id"), new TextSpan(text.length(), text.length() + word.length()));
            text.append(word);
            previous = word;
        }
        Map<String, Integer> sentenceEnds = new HashMap<>();
        for (int i = 0; i < tokens.getLength(); i++) {
            Element token = (Element) tokens.item(i);
            sentenceEnds.merge(token.getAttribute("sentence"), spans.get(token.getAttribute("t_id")).end(), Math::max);
        }
        Map<String, String> sentenceOf = new HashMap<>();
        for (int i = 0; i < tokens.getLength(); i++) {
            Element token = (Element) tokens.item(i);
            sentenceOf.put(token.getAttribute("t_id"), token.getAttribute("sentence"));
        }
        int annotatedEnd = 0;
        NodeList anchored = root.getElementsByTagName("token_anchor");
        for (int i = 0; i < anchored.getLength(); i++) {
            String sentenceId = sentenceOf.get(((Element) anchored.item(i)).getAttribute("t_id"));
            if (sentenceId != null) {
                annotatedEnd = Math.max(annotatedEnd, sentenceEnds.get(sentenceId));
            }
        }
        List<GoldTimex> gold = new ArrayList<>();
        LocalDate created = null;
        NodeList timexes = root.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexes.getLength(); i++) {
            Element timex = (Element) timexes.item(i);
            if ("CREATION_TIME".equals(timex.getAttribute("functionInDocument"))) {
                created = date(timex.getAttribute("value"));
            }
            NodeList anchors = timex.getElementsByTagName("token_anchor");
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (int a = 0; a < anchors.getLength(); a++) {
                TextSpan span = spans.get(((Element) anchors.item(a)).getAttribute("t_id"));
                if (span != null) {
                    start = Math.min(start, span.start());
                    end = Math.max(end, span.end());
                }
            }
            if (end >= 0) {
                gold.add(new GoldTimex(new TextSpan(start, end), timex.getAttribute("type"), timex.getAttribute("value")));
            }
        }
        gold.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        if (created == null) {
            created = dateline(text.toString());
        }
        return new Article(root.getAttribute("doc_name"), text.toString(), created, List.copyOf(gold), annotatedEnd);
    }

    /** Whether a token is written against the one before it, without a space. */
    private static boolean attaches(String previous, String word) {
        return word.matches("[,.;:!?)\\]%]|'s|'re|'ve|'ll|'d|n't|'") || previous.equals("(") || previous.equals("$")
                || previous.equals("[");
    }

    /** A creation time written {@code 2009-02-03}, or day first ({@code 03-02-2009}, as one article has it). */
    private static LocalDate date(String value) {
        try {
            if (value.matches("\\d{2}-\\d{2}-\\d{4}")) {
                return LocalDate.of(Integer.parseInt(value.substring(6)), Integer.parseInt(value.substring(3, 5)),
                        Integer.parseInt(value.substring(0, 2)));
            }
            return value.length() >= 10 ? LocalDate.parse(value.substring(0, 10)) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Wikinews' dateline, the article's second line ("June 13, 2005"), for an article with no creation time annotated. */
    private static LocalDate dateline(String text) {
        String[] lines = text.split("\n", 3);
        if (lines.length < 2) {
            return null;
        }
        try {
            return LocalDate.parse(lines[1].strip().replace(" ,", ","), DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser: " + e.getMessage(), e);
        }
    }
}
