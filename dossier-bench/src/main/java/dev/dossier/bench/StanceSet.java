package dev.dossier.bench;

import dev.dossier.model.Issue;
import dev.dossier.model.Stance;
import dev.dossier.model.TextSpan;
import dev.dossier.positions.IssueFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A labelled stance set: statements, each in its context, with the issue it is about and the
 * stance it takes (guidelines: {@code dossier-bench/STANCE.md}).
 *
 * <p>Five sets: the example corpus ({@code examples/stance.tsv} with {@code examples/issues.json},
 * our own fictional text, so the rows carry it); the seed pages and PolNeAR's train articles (real
 * news, so the rows only point into {@code ../shared/seeds} and {@code ../shared/bench/polnear} by
 * character offsets; their issues are in {@code stance/} on the classpath), PolNeAR's dev
 * articles, the same way, and the held-out set: other PolNeAR train articles on the train set's issues.
 */
record StanceSet(String name, String description, List<Item> items, int unlocated) {

    /** The name of the held-out set, whose errors are never listed. */
    static final String HOLDOUT = "polnear-holdout";

    /** One labelled statement: where it is in its context, what it is about, its stance. */
    record Item(Issue issue, Stance stance, String condition, String context, TextSpan statement) {}

    static StanceSet examples(Path examples) throws IOException {
        Map<String, Issue> issues = issues(IssueFile.read(examples.resolve("issues.json")));
        List<Item> items = new ArrayList<>();
        int unlocated = 0;
        List<String> lines = Files.readAllLines(examples.resolve("stance.tsv"), StandardCharsets.UTF_8);
        for (int n = 1; n < lines.size(); n++) {
            String[] fields = fields(lines.get(n), 5, "examples/stance.tsv", n);
            if (fields == null) {
                continue;
            }
            String context = fields[4];
            int at = context.indexOf(fields[3]);
            if (at < 0) {
                unlocated++; // a label whose statement is not in its own context: counted, not scored
                continue;
            }
            items.add(new Item(issue(issues, fields[0], n), stance(fields[1], n), blankToNull(fields[2]), context,
                    new TextSpan(at, at + fields[3].length())));
        }
        return new StanceSet("examples", "example corpus, labelled by hand (examples/stance.tsv)", items, unlocated);
    }

    static StanceSet seeds(Path seeds) throws IOException {
        return located("seeds", "five real news pages, labelled by offsets (stance/seed-stance.tsv)", "seed", seeds);
    }

    /** PolNeAR's train split, never read while the rules were first written; since used for development. */
    static StanceSet polnear(Path polnear) throws IOException {
        return located("polnear", "175 statements of 85 PolNeAR train articles, 2016 US politics, labelled by offsets "
                + "(stance/polnear-stance.tsv); development set", "polnear", polnear);
    }

    /**
     * PolNeAR's dev split, labelled before any rule was tuned on it and held out as the test until its
     * error listing was read for rules (docs/benchmarks/stance.md): a development set since. Its rows
     * point into the same folder as the train set's ({@code dev/text/...}).
     */
    static StanceSet polnearDev(Path polnear) throws IOException {
        return located("polnear-dev", "136 statements of 31 PolNeAR dev articles, 2016 US politics, labelled by offsets "
                + "(stance/polnear-dev-stance.tsv); held out until its errors were read, development set since", "polnear-dev", polnear);
    }

    /**
     * The held-out test: PolNeAR train articles that no other set uses, on the train set's nine issues, labelled
     * after the fourth round of stance rules and never read for rules since. {@link StanceEvaluator} lists no errors
     * for it, so that it stays held out.
     */
    static StanceSet polnearHoldout(Path polnear) throws IOException {
        return located(HOLDOUT, "PolNeAR train articles of no other set, on the train set's issues, labelled by offsets "
                + "(stance/polnear-holdout-stance.tsv); held out", "polnear", HOLDOUT, polnear);
    }

    /** A located set whose issues and labels share a prefix ({@code stance/PREFIX-issues.json}, {@code stance/PREFIX-stance.tsv}). */
    private static StanceSet located(String name, String description, String prefix, Path root) throws IOException {
        return located(name, description, prefix, prefix, root);
    }

    /**
     * A set whose rows point into texts beside this checkout by file and offsets.
     *
     * @param issuesPrefix names the resource {@code stance/PREFIX-issues.json}
     * @param labelsPrefix names the resource {@code stance/PREFIX-stance.tsv}
     * @param root the folder the rows' file names are relative to
     */
    private static StanceSet located(String name, String description, String issuesPrefix, String labelsPrefix, Path root)
            throws IOException {
        Map<String, Issue> issues;
        try (InputStream in = resource("stance/" + issuesPrefix + "-issues.json")) {
            issues = issues(IssueFile.read(in, "stance/" + issuesPrefix + "-issues.json"));
        }
        List<String> lines;
        try (InputStream in = resource("stance/" + labelsPrefix + "-stance.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Map<String, String> texts = new HashMap<>();
        List<Item> items = new ArrayList<>();
        int unlocated = 0;
        for (int n = 1; n < lines.size(); n++) {
            String[] fields = fields(lines.get(n), 9, "stance/" + labelsPrefix + "-stance.tsv", n);
            if (fields == null) {
                continue;
            }
            String text = texts.computeIfAbsent(fields[4], file -> read(root.resolve(file)));
            int start = Integer.parseInt(fields[5]);
            int end = Integer.parseInt(fields[6]);
            int contextStart = Integer.parseInt(fields[7]);
            int contextEnd = Integer.parseInt(fields[8]);
            if (text == null || contextEnd > text.length() || start < contextStart || end > contextEnd) {
                unlocated++;
                continue;
            }
            String condition = fields[2].isBlank() ? null : text.substring(Integer.parseInt(fields[2]), Integer.parseInt(fields[3]));
            items.add(new Item(issue(issues, fields[0], n), stance(fields[1], n), condition, text.substring(contextStart, contextEnd),
                    new TextSpan(start - contextStart, end - contextStart)));
        }
        return new StanceSet(name, description, items, unlocated);
    }

    /** The issues of a located set ({@code stance/PREFIX-issues.json}), in their file's order. */
    static List<Issue> listedIssues(String prefix) throws IOException {
        try (InputStream in = resource("stance/" + prefix + "-issues.json")) {
            return checked(IssueFile.read(in, "stance/" + prefix + "-issues.json")).issues();
        }
    }

    /** The files a located set's rows point into, relative to its root, in order of first use. */
    static List<String> labelledFiles(String prefix) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        try (InputStream in = resource("stance/" + prefix + "-stance.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int n = 1; n < lines.size(); n++) {
                String[] fields = fields(lines.get(n), 9, "stance/" + prefix + "-stance.tsv", n);
                if (fields != null) {
                    files.add(fields[4]);
                }
            }
        }
        return List.copyOf(files);
    }

    private static Map<String, Issue> issues(IssueFile.Contents contents) throws IOException {
        Map<String, Issue> byName = new HashMap<>();
        checked(contents).issues().forEach(issue -> byName.put(issue.name(), issue));
        return byName;
    }

    /** The contents, when the issues file had no problems. */
    private static IssueFile.Contents checked(IssueFile.Contents contents) throws IOException {
        if (!contents.problems().isEmpty()) {
            throw new IOException("issues file problems: " + contents.problems());
        }
        return contents;
    }

    private static Issue issue(Map<String, Issue> issues, String name, int line) throws IOException {
        Issue issue = issues.get(name);
        if (issue == null) {
            throw new IOException("line " + (line + 1) + ": issue '" + name + "' is not in the issues file");
        }
        return issue;
    }

    private static Stance stance(String key, int line) throws IOException {
        return Stance.parse(key).orElseThrow(() -> new IOException("line " + (line + 1) + ": not a stance: '" + key + "'"));
    }

    /** The row's fields, or null for a blank line; a row with too few fields is an error. */
    private static String[] fields(String line, int count, String file, int n) throws IOException {
        if (line.isBlank()) {
            return null;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < count) {
            throw new IOException(file + " line " + (n + 1) + ": expected " + count + " tab-separated fields, found " + fields.length);
        }
        return fields;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = StanceSet.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }
}
