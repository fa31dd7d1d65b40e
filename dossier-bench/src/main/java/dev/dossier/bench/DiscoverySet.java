package dev.dossier.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.model.Issue;
import dev.dossier.positions.IssueFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus to discover issues in, and the issues a reader listed for it: the issues files the stance
 * sets were labelled with ({@link StanceSet}). Those lists name the points of contention of the
 * labelled statements, so on the real-news sets they are not exhaustive: a discovered issue that is
 * not listed may still be one, and precision there is a lower bound.
 *
 * @param input what to ingest (a folder or a JSON Lines file)
 * @param aliases an alias file for the ingest, or null for the starter set
 */
record DiscoverySet(String name, String description, Path input, Path aliases, List<Issue> listed) {

    static final List<String> NAMES = List.of("examples", "seeds", "polnear", "polnear-dev");

    /** The bundled corpus, against every issue of {@code examples/issues.json}. */
    static DiscoverySet examples(Path examples) throws IOException {
        IssueFile.Contents listed = IssueFile.read(examples.resolve("issues.json"));
        if (!listed.problems().isEmpty()) {
            throw new IOException("examples/issues.json: " + listed.problems());
        }
        return new DiscoverySet("examples", "the example corpus (46 articles), against examples/issues.json",
                examples.resolve("corpus"), examples.resolve("aliases.json"), listed.issues());
    }

    /** The five seed pages, against the seed stance set's issues. */
    static DiscoverySet seeds(Path seeds) throws IOException {
        return new DiscoverySet("seeds", "the five seed pages, against stance/seed-issues.json", seeds, null, StanceSet.listedIssues("seed"));
    }

    /**
     * The PolNeAR articles a stance set labels, written into {@code work} as JSON Lines with their
     * titles, outlets and publication days from PolNeAR's metadata, against that set's issues.
     *
     * @param prefix {@code polnear} (train articles) or {@code polnear-dev}
     */
    static DiscoverySet polnear(Path polnear, String prefix, Path work) throws IOException {
        Map<String, String[]> metadata = metadata(polnear.resolve("metadata.tsv"));
        List<String> files = StanceSet.labelledFiles(prefix);
        Files.createDirectories(work);
        Path file = work.resolve(prefix + ".jsonl");
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String name : files) {
                String text = Files.readString(polnear.resolve(name), StandardCharsets.UTF_8);
                String id = Path.of(name).getFileName().toString().replaceFirst("\\.txt$", "");
                String[] row = metadata.get(id);
                int titleEnd = text.indexOf('\n');
                ObjectNode line = json.createObjectNode();
                line.put("url", "https://polnear.example/" + id);
                line.put("title", row != null ? row[7] : titleEnd < 0 ? text : text.substring(0, titleEnd));
                line.put("outlet", row != null ? row[4] : "PolNeAR");
                if (row != null && row[5].matches("\\d{4}-\\d{2}-\\d{2}")) {
                    line.put("published", row[5]);
                }
                line.put("text", titleEnd < 0 ? "" : text.substring(titleEnd + 1).strip());
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        }
        return new DiscoverySet(prefix, files.size() + " PolNeAR " + (prefix.equals("polnear") ? "train" : "dev")
                + " articles of the stance set, against stance/" + prefix + "-issues.json (not exhaustive)", file, null,
                StanceSet.listedIssues(prefix));
    }

    /** PolNeAR's metadata rows by file name (without .txt): publisher at 4, date at 5, title at 7. */
    private static Map<String, String[]> metadata(Path file) throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", -1);
            if (fields.length >= 8) {
                rows.put(fields[1], fields);
            }
        }
        return rows;
    }
}
