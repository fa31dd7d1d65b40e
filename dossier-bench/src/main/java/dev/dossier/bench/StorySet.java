package dev.dossier.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.model.CleanArticle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A labelled set for story clustering: documents to ingest and, for each article, its gold story.
 *
 * @param input what to ingest (a folder or a file)
 * @param gold each article's gold story, by its key
 * @param byUrl whether articles are keyed by URL (else by title)
 */
public record StorySet(String name, String description, Path input, Map<String, String> gold, boolean byUrl) {

    /** Two MEANTIME articles report the same story when they share an event and were written this close. */
    static final int MEANTIME_STORY_DAYS = 30;

    String keyOf(CleanArticle article) {
        return byUrl ? article.url() : article.title();
    }

    /** The example corpus with its hand-written labels ({@code examples/stories.tsv}). */
    static StorySet examples(Path examples) throws IOException {
        Map<String, String> gold = new LinkedHashMap<>();
        for (String line : Files.readAllLines(examples.resolve("stories.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", 2);
            if (fields.length != 2) {
                throw new IOException("examples/stories.tsv: not 'label<TAB>title': " + line);
            }
            gold.put(fields[1], fields[0]);
        }
        return new StorySet("examples", "example corpus, labelled by hand (examples/stories.tsv)", examples.resolve("corpus"), gold, false);
    }

    /**
     * MEANTIME English with story labels derived from its cross-document annotation: two articles
     * are in one story when they mention the same annotated real-world event (an instance of class
     * OTHER, so not a mere "said") and their creation dates are at most
     * {@value #MEANTIME_STORY_DAYS} days apart; stories are the connected components of that
     * relation. The articles are written as JSON Lines into {@code work} for ingest.
     */
    public static StorySet meantime(Path crossDocFolder, Path work) throws IOException {
        MeantimeCorpus corpus = MeantimeCorpus.read(crossDocFolder);
        Map<String, Set<String>> events = events(crossDocFolder);
        List<MeantimeCorpus.Article> articles = corpus.articles();
        int[] parent = new int[articles.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                if (sameStory(articles.get(i), articles.get(j), events)) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Files.createDirectories(work);
        Path file = work.resolve("meantime.jsonl");
        Map<String, String> gold = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < articles.size(); i++) {
                MeantimeCorpus.Article article = articles.get(i);
                String url = "https://en.wikinews.org/wiki/" + article.id();
                int titleEnd = article.text().indexOf('\n');
                ObjectNode line = json.createObjectNode();
                line.put("url", url);
                line.put("title", titleEnd < 0 ? article.text() : article.text().substring(0, titleEnd));
                line.put("outlet", "Wikinews");
                if (article.created() != null) {
                    line.put("published", article.created().toString());
                }
                line.put("text", titleEnd < 0 ? "" : article.text().substring(titleEnd + 1));
                out.write(json.writeValueAsString(line));
                out.newLine();
                gold.put(url, "story-" + articles.get(root(parent, i)).id());
            }
        }
        return new StorySet("meantime", "MEANTIME English, stories from shared cross-document events within "
                + MEANTIME_STORY_DAYS + " days", file, gold, true);
    }

    private static boolean sameStory(MeantimeCorpus.Article a, MeantimeCorpus.Article b, Map<String, Set<String>> events) {
        if (a.created() == null || b.created() == null
                || Math.abs(ChronoUnit.DAYS.between(a.created(), b.created())) > MEANTIME_STORY_DAYS) {
            return false;
        }
        Set<String> shared = new HashSet<>(events.getOrDefault(a.id(), Set.of()));
        shared.retainAll(events.getOrDefault(b.id(), Set.of()));
        return !shared.isEmpty();
    }

    private static int root(int[] parent, int i) {
        int node = i;
        while (parent[node] != node) {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        return node;
    }

    /** Each document's cross-document event instances of class OTHER, by document name. */
    private static Map<String, Set<String>> events(Path folder) throws IOException {
        Map<String, Set<String>> events = new HashMap<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> corpora = Files.newDirectoryStream(folder, "corpus_*")) {
            for (Path corpus : corpora) {
                try (DirectoryStream<Path> xml = Files.newDirectoryStream(corpus, "*.xml")) {
                    xml.forEach(files::add);
                }
            }
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
                    Set<String> instances = new HashSet<>();
                    NodeList found = root.getElementsByTagName("EVENT");
                    for (int i = 0; i < found.getLength(); i++) {
                        Element event = (Element) found.item(i);
                        if ("OTHER".equals(event.getAttribute("class")) && !event.getAttribute("instance_id").isEmpty()) {
                            instances.add(event.getAttribute("instance_id"));
                        }
                    }
                    events.put(root.getAttribute("doc_name"), instances);
                }
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("reading MEANTIME's cross-document annotation in " + folder + ": " + e.getMessage(), e);
        }
        return events;
    }
}
