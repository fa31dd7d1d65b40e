package dev.dossier.clean;

import dev.dossier.model.Published;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a scraped text page into the stories it holds. Three page shapes are recognised, the
 * rest is one story:
 * <ul>
 *   <li>aggregator pages: after a "Related Articles" line, entries of outlet, relative age
 *       ("3 minutes ago"), "- outlet", title and text;
 *   <li>pages that concatenate stories, each headed by its title, a photo caption printed twice,
 *       a marker line, and the title again;
 *   <li>pages of briefs: paragraphs with no headlines (or under a "briefs" page title), each one a
 *       story titled by its first sentence.
 * </ul>
 * Stateless.
 */
final class StorySplitter {

    private static final Pattern RELATED_MARKER = Pattern.compile("(?i)related (articles|stories|news)");
    private static final Pattern BRIEFS_TITLE = Pattern.compile("(?i).*\\b(briefs?|in brief|news in brief|round-?up)\\b.*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’']?(?=\\s+[A-Z“\"‘'])");
    /** Words whose full stop does not end a sentence: initials ("U.S.") and titles ("Gen."). */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:\\p{Lu}\\.)+\\p{Lu}?|\\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Adm|Gov|Sen|Rep|St|Jr|Sr|Prof|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\\.$");
    private static final int HEAD_WINDOW = 8;
    private static final int PARAGRAPH_CHARS = 120;
    private static final int MAX_BRIEF_TITLE = 160;

    private StorySplitter() {}

    /**
     * One story of a page.
     *
     * @param title its headline, or null when it has none (then it is titled by its first sentence)
     * @param lines its lines after the headline
     * @param captions photo captions found in its head, for dating it
     * @param outlet the outlet an aggregator names for it, or null
     * @param published its relative age on an aggregator page, resolved, or null
     */
    record Story(String title, List<Block> lines, List<String> captions, String outlet, Published published) {}

    static List<Story> split(List<Block> lines, Instant fetchedAt) {
        int marker = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (RELATED_MARKER.matcher(lines.get(i).text()).matches()) {
                marker = i;
                break;
            }
        }
        List<Story> stories = new ArrayList<>(splitPage(marker < 0 ? lines : lines.subList(0, marker)));
        if (marker >= 0) {
            stories.addAll(relatedEntries(lines.subList(marker + 1, lines.size()), fetchedAt));
        }
        stories.removeIf(story -> story.title() == null && story.lines().isEmpty());
        return stories;
    }

    private static List<Story> splitPage(List<Block> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        int head = nextHead(lines, 0);
        if (head < 0) {
            return simple(lines);
        }
        List<Story> stories = new ArrayList<>();
        if (head > 0) {
            stories.addAll(simple(lines.subList(0, head)));
        }
        while (head >= 0) {
            int repeat = titleRepeat(lines, head);
            Set<String> caption = new HashSet<>();
            for (int i = head + 1; i < repeat; i++) {
                caption.add(lines.get(i).text());
            }
            int body = repeat + 1;
            while (body < lines.size() && caption.contains(lines.get(body).text())) {
                body++;
            }
            int next = nextHead(lines, body);
            List<String> captions = new ArrayList<>(caption);
            captions.sort(null);
            stories.add(new Story(lines.get(head).text(), lines.subList(body, next < 0 ? lines.size() : next), captions, null, null));
            head = next;
        }
        return stories;
    }

    /** A page with no story heads: one story under its first line, or a page of briefs. */
    private static List<Story> simple(List<Block> lines) {
        if (isBriefs(lines)) {
            int first = paragraphLike(lines.get(0).text()) ? 0 : 1;
            List<Story> briefs = new ArrayList<>();
            for (Block brief : lines.subList(first, lines.size())) {
                briefs.add(new Story(firstSentence(brief.text()), List.of(brief), List.of(), null, null));
            }
            return briefs;
        }
        return List.of(new Story(lines.get(0).text(), lines.subList(1, lines.size()), List.of(), null, null));
    }

    private static boolean isBriefs(List<Block> lines) {
        if (lines.size() < 2) {
            return false;
        }
        boolean untitled = paragraphLike(lines.get(0).text());
        boolean briefsTitle = BRIEFS_TITLE.matcher(lines.get(0).text()).matches() && lines.get(0).text().length() < 100;
        if (!untitled && !briefsTitle) {
            return false;
        }
        List<Block> body = untitled ? lines : lines.subList(1, lines.size());
        long paragraphs = body.stream().filter(line -> paragraphLike(line.text())).count();
        return body.size() >= 2 && paragraphs * 10 >= body.size() * 7L;
    }

    private static boolean paragraphLike(String text) {
        return text.length() >= PARAGRAPH_CHARS && text.matches("(?s).*[.!?\"”’'\\)]$");
    }

    /** The first sentence of a brief, as its headline (cut at a word when too long). */
    static String firstSentence(String text) {
        var matcher = SENTENCE_END.matcher(text);
        int end = text.length();
        while (matcher.find()) {
            if (matcher.end() >= 40 && !ABBREVIATION.matcher(text.substring(Math.max(0, matcher.start() - 12), matcher.start() + 1)).find()) {
                end = matcher.end();
                break;
            }
        }
        String sentence = text.substring(0, end).strip();
        if (sentence.length() <= MAX_BRIEF_TITLE) {
            return sentence;
        }
        int space = sentence.lastIndexOf(' ', MAX_BRIEF_TITLE - 2);
        return sentence.substring(0, space > 40 ? space : MAX_BRIEF_TITLE - 2) + " …";
    }

    /**
     * The index of the next story head at or after {@code from}: a line repeated within a few lines,
     * with a line printed twice in a row (a caption) in between. -1 when there is none.
     */
    private static int nextHead(List<Block> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (titleRepeat(lines, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    private static int titleRepeat(List<Block> lines, int i) {
        String title = lines.get(i).text();
        for (int j = i + 2; j < Math.min(lines.size(), i + HEAD_WINDOW); j++) {
            if (lines.get(j).text().equals(title)) {
                for (int k = i + 1; k + 1 < j; k++) {
                    if (lines.get(k).text().equals(lines.get(k + 1).text())) {
                        return j;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** The entries after a "Related Articles" line: outlet, relative age, "- outlet", title, text. */
    private static List<Story> relatedEntries(List<Block> lines, Instant fetchedAt) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 2 < lines.size(); i++) {
            if (lines.get(i).text().length() < 80 && TextDates.isRelativeAge(lines.get(i + 1).text())) {
                starts.add(i);
            }
        }
        List<Story> entries = new ArrayList<>();
        for (int e = 0; e < starts.size(); e++) {
            int start = starts.get(e);
            int end = e + 1 < starts.size() ? starts.get(e + 1) : lines.size();
            String outlet = lines.get(start).text();
            int title = start + 2;
            if (title < end && lines.get(title).text().startsWith("- ")) {
                title++;
            }
            if (title >= end) {
                continue;
            }
            Published age = TextDates.relativeAge(lines.get(start + 1).text(), fetchedAt).orElse(null);
            entries.add(new Story(lines.get(title).text(), lines.subList(title + 1, end), List.of(), outlet, age));
        }
        return entries;
    }
}
