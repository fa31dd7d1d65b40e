package dev.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A split of PolNeAR read from its folder: {@code <split>/text/<id>.txt} and
 * {@code <split>/attributions/<id>_<annotator>.ann}, articles in file-name order.
 *
 * <p>Most articles have one annotator; those used to measure agreement have several. Each article
 * is scored against one: {@value #ANNOTATOR_RULE}.
 *
 * @param spansChecked the text-bound spans whose text was compared with the article's
 * @param mismatches spans whose text differed from the article's, as "article: description"
 * @param incomplete attribution lines without a content, skipped
 * @param unannotated articles without any attribution file, skipped
 */
record PolnearCorpus(Path folder, String split, List<PolnearArticle> articles, int spansChecked,
        List<String> mismatches, int incomplete, List<String> unannotated) {

    static final String ANNOTATOR_RULE = "the first annotator id in sorted order";

    PolnearCorpus {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(split, "split");
        articles = List.copyOf(articles);
        mismatches = List.copyOf(mismatches);
        unannotated = List.copyOf(unannotated);
    }

    /** The first {@code limit} articles of {@code data/split} (all of them for {@code limit} 0). */
    static PolnearCorpus read(Path data, String split, int limit) throws IOException {
        Path folder = data.resolve(split);
        Map<String, TreeSet<String>> annotators = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder.resolve("attributions"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                int cut = name.lastIndexOf('_');
                if (name.endsWith(".ann") && cut > 0) {
                    annotators.computeIfAbsent(name.substring(0, cut), k -> new TreeSet<>())
                            .add(name.substring(cut + 1, name.length() - ".ann".length()));
                }
            }
        }
        List<Path> texts;
        try (Stream<Path> files = Files.list(folder.resolve("text"))) {
            texts = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<PolnearArticle> articles = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        List<String> unannotated = new ArrayList<>();
        int checked = 0;
        int incomplete = 0;
        for (Path file : texts) {
            if (limit > 0 && articles.size() == limit) {
                break;
            }
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".txt".length());
            TreeSet<String> marked = annotators.get(id);
            if (marked == null) {
                unannotated.add(id);
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String annotator = marked.first();
            BratAttributions.Result result = parse(folder, id, annotator, text);
            checked += result.spansChecked();
            incomplete += result.incomplete();
            for (String mismatch : result.mismatches()) {
                mismatches.add(id + "_" + annotator + ": " + mismatch);
            }
            List<List<GoldAttribution>> otherReadings = new ArrayList<>();
            for (String other : marked.tailSet(annotator, false)) {
                otherReadings.add(parse(folder, id, other, text).attributions());
            }
            articles.add(new PolnearArticle(id, text, annotator, result.attributions(), otherReadings));
        }
        return new PolnearCorpus(folder, split, articles, checked, mismatches, incomplete, unannotated);
    }

    private static BratAttributions.Result parse(Path folder, String id, String annotator, String text) throws IOException {
        String annotations = Files.readString(folder.resolve("attributions").resolve(id + "_" + annotator + ".ann"),
                StandardCharsets.UTF_8);
        return BratAttributions.parse(annotations, text);
    }

    /** Articles with more than one annotator. */
    long multiplyAnnotated() {
        return articles.stream().filter(a -> a.annotators() > 1).count();
    }

    int goldCount() {
        return articles.stream().mapToInt(a -> a.gold().size()).sum();
    }
}
