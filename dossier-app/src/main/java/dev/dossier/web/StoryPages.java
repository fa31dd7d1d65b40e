package dev.dossier.web;

import dev.dossier.engine.Json;
import dev.dossier.model.BriefingSentence;
import dev.dossier.model.PositionMatrix;
import dev.dossier.model.QuoteRecord;
import dev.dossier.model.Source;
import dev.dossier.model.StoryDetail;
import dev.dossier.model.StorySummary;
import dev.dossier.model.TimelineEntry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The home page (developing stories) and a story's page. Every piece of data passes through {@link Html#escape}. */
final class StoryPages {

    private StoryPages() {}

    static String home(List<StorySummary> stories, Map<String, SortedMap<LocalDate, Integer>> volumes, LocalDate since, LocalDate until,
            int offset, int limit, boolean more) {
        StringBuilder body = new StringBuilder("<h1>Developing stories</h1>\n");
        body.append("<form class=\"filters\" method=\"get\" action=\"/\">")
                .append("<label for=\"since\">Running since<input id=\"since\" type=\"date\" name=\"since\" value=\"").append(Layout.day(since).replace("–", ""))
                .append("\"></label><label for=\"until\">Begun by<input id=\"until\" type=\"date\" name=\"until\" value=\"")
                .append(Layout.day(until).replace("–", "")).append("\"></label><button type=\"submit\">Filter</button></form>\n");
        if (stories.isEmpty()) {
            body.append("<p>No stories yet. Ingest some articles: <code>dossier ingest PATH</code>.</p>\n");
        }
        body.append("<ol class=\"stories\">\n");
        for (StorySummary story : stories) {
            SortedMap<LocalDate, Integer> volume = volumes.getOrDefault(story.id(), new TreeMap<>());
            body.append("<li class=\"story-card\"><div><h2><a href=\"/stories/").append(Html.escape(story.id())).append("\">")
                    .append(Html.escape(story.title())).append("</a></h2>\n<p class=\"meta\">").append(Layout.day(story.first()))
                    .append(" to ").append(Layout.day(story.last())).append(" · ").append(story.articles().size())
                    .append(story.articles().size() == 1 ? " article" : " articles").append(" from ").append(story.outlets().size())
                    .append(story.outlets().size() == 1 ? " outlet" : " outlets");
            if (!story.actors().isEmpty()) {
                body.append(" · ").append(Html.escape(String.join(", ", story.actors().subList(0, Math.min(4, story.actors().size())))));
            }
            body.append("</p></div>");
            body.append(volumeCanvas(volume)).append("</li>\n");
        }
        body.append("</ol>\n").append(pager("/", since, until, offset, limit, more));
        return Layout.page("Developing stories", Layout.Section.STORIES, body.toString());
    }

    private static String volumeCanvas(SortedMap<LocalDate, Integer> volume) {
        Map<String, Integer> series = new LinkedHashMap<>();
        volume.forEach((day, count) -> series.put(day.toString(), count));
        StringBuilder label = new StringBuilder("Articles per day: ");
        series.forEach((day, count) -> label.append(day).append(' ').append(count).append("; "));
        return "<div class=\"volume-box\"><canvas class=\"volume\" role=\"img\" aria-label=\""
                + Html.escape(series.isEmpty() ? "No dated articles" : label.toString())
                + "\" data-series=\"" + Html.escape(Json.line(series)) + "\"></canvas></div>";
    }

    private static String pager(String path, LocalDate since, LocalDate until, int offset, int limit, boolean more) {
        StringBuilder pager = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\">");
        String filters = (since == null ? "" : "&since=" + since) + (until == null ? "" : "&until=" + until);
        if (offset > 0) {
            pager.append("<a href=\"").append(path).append("?offset=").append(Math.max(0, offset - limit)).append(Html.escape(filters))
                    .append("\">Newer</a>");
        }
        if (more) {
            pager.append("<a href=\"").append(path).append("?offset=").append(offset + limit).append(Html.escape(filters)).append("\">Older</a>");
        }
        return pager.append("</nav>\n").toString();
    }

    static String story(StoryDetail detail, PositionMatrix positions) {
        StorySummary story = detail.story();
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(story.title())).append("</h1>\n<p class=\"meta\">").append(Layout.day(story.first()))
                .append(" to ").append(Layout.day(story.last())).append(" · ").append(story.articles().size()).append(" articles from ")
                .append(story.outlets().size()).append(" outlets");
        if (!story.actors().isEmpty()) {
            body.append(" · key actors: ").append(Html.escape(String.join(", ", story.actors())));
        }
        body.append("</p>\n");

        body.append("<section aria-labelledby=\"briefing\"><h2 id=\"briefing\">Briefing</h2>\n<ol class=\"briefing\">\n");
        for (BriefingSentence sentence : detail.briefing()) {
            body.append("<li>").append(Html.escape(sentence.text())).append(" <span class=\"cite\">[");
            citations(body, sentence.sources(), sentence.articleId(), "?mark=" + sentence.span().start() + "-" + sentence.span().end() + "#marked");
            body.append("]</span></li>\n");
        }
        if (detail.briefing().isEmpty()) {
            body.append("<li>No sentence of these articles makes a briefing on its own; see the timeline and sources.</li>\n");
        }
        body.append("</ol></section>\n");

        timeline(body, detail.timeline(), story.id());
        PositionPages.storyPanel(body, positions);
        quotesBySpeaker(body, detail.keyQuotes());
        sources(body, detail);

        body.append("<section aria-labelledby=\"related\"><h2 id=\"related\">Related stories</h2>\n");
        if (detail.related().isEmpty()) {
            body.append("<p>None close in meaning and time.</p>\n");
        } else {
            body.append("<ul>\n");
            for (StorySummary related : detail.related()) {
                body.append("<li><a href=\"/stories/").append(Html.escape(related.id())).append("\">").append(Html.escape(related.title()))
                        .append("</a> <span class=\"meta\">").append(Layout.day(related.first())).append(" to ").append(Layout.day(related.last()))
                        .append("</span></li>\n");
            }
            body.append("</ul>\n");
        }
        body.append("</section>\n");
        return Layout.page(story.title(), Layout.Section.STORIES, body.toString());
    }

    private static void timeline(StringBuilder body, List<TimelineEntry> entries, String storyId) {
        body.append("<section aria-labelledby=\"timeline-title\"><h2 id=\"timeline-title\">Timeline</h2>\n");
        SortedMap<String, Integer> perDay = new TreeMap<>();
        entries.forEach(entry -> perDay.merge(entry.date().toString(), 1, Integer::sum));
        body.append("<div class=\"chart-box\"><canvas id=\"timeline-chart\" class=\"timeline-chart\" role=\"img\" aria-label=\"Timeline entries per day; "
                + "choose a bar to show that day\" data-series=\"").append(Html.escape(Json.line(perDay))).append("\"></canvas></div>\n");
        body.append("<form class=\"filters\" aria-controls=\"timeline\"><fieldset><legend>Show</legend>")
                .append("<label><input type=\"radio\" name=\"kind\" value=\"all\" checked> everything</label>")
                .append("<label><input type=\"radio\" name=\"kind\" value=\"statement\"> statements</label>")
                .append("<label><input type=\"radio\" name=\"kind\" value=\"event\"> events</label></fieldset>")
                .append("<label for=\"timeline-day\">Day<select id=\"timeline-day\"><option value=\"\">every day</option>");
        perDay.keySet().forEach(day -> body.append("<option value=\"").append(day).append("\">").append(day).append("</option>"));
        body.append("</select></label><p id=\"timeline-status\" role=\"status\" class=\"meta\"></p></form>\n<ol id=\"timeline\" class=\"timeline\">\n");
        for (TimelineEntry entry : entries) {
            body.append("<li data-kind=\"").append(entry.kind().key()).append("\" data-day=\"").append(entry.date()).append("\">")
                    .append("<span class=\"when\">").append(entry.date()).append("</span>")
                    .append(entry.precision().name().equals("DAY") ? "" : " <span class=\"meta\">(" + entry.precision().name().toLowerCase(Locale.ROOT) + ")</span>")
                    .append("<span class=\"kind\">").append(entry.kind().key()).append("</span><br>");
            if (entry.actor() != null) {
                body.append("<strong>").append(Html.escape(entry.actor())).append("</strong>: ");
            }
            if (entry.kind() == TimelineEntry.Kind.STATEMENT) {
                body.append("<a href=\"/quotes?story=").append(Html.escape(Html.urlEncode(storyId))).append("&amp;q=")
                        .append(Html.escape(Html.urlEncode(QuotePages.searchWords(entry.text())))).append("\">")
                        .append(Html.escape(entry.text())).append("</a>");
            } else {
                body.append(Html.escape(entry.text()));
            }
            body.append(" <span class=\"cite\">[");
            citations(body, entry.sources(), null, null);
            body.append("]</span></li>\n");
        }
        body.append("</ol></section>\n");
    }

    private static void quotesBySpeaker(StringBuilder body, List<QuoteRecord> quotes) {
        body.append("<section aria-labelledby=\"quotes\"><h2 id=\"quotes\">Key quotes</h2>\n");
        Map<String, List<QuoteRecord>> bySpeaker = new LinkedHashMap<>();
        for (QuoteRecord quote : quotes) {
            String speaker = quote.speakerName() != null ? quote.speakerName() : quote.speakerMention() != null ? quote.speakerMention() : "Unknown speaker";
            bySpeaker.computeIfAbsent(speaker, s -> new java.util.ArrayList<>()).add(quote);
        }
        if (quotes.isEmpty()) {
            body.append("<p>No statements found in this story.</p>\n");
        }
        for (Map.Entry<String, List<QuoteRecord>> speaker : bySpeaker.entrySet()) {
            QuoteRecord first = speaker.getValue().get(0);
            body.append("<h3>").append(first.speakerId() == null ? Html.escape(speaker.getKey())
                    : "<a href=\"/actors/" + first.speakerId() + "\">" + Html.escape(speaker.getKey()) + "</a>").append("</h3>\n");
            for (QuoteRecord quote : speaker.getValue()) {
                body.append(QuotePages.quote(quote, List.of()));
            }
        }
        body.append("</section>\n");
    }

    private static void sources(StringBuilder body, StoryDetail detail) {
        body.append("<section aria-labelledby=\"sources\"><h2 id=\"sources\">Sources by outlet</h2>\n");
        Map<String, List<Source>> byOutlet = new TreeMap<>();
        for (Source source : detail.sources()) {
            byOutlet.computeIfAbsent(source.outlet() == null ? "Unknown outlet" : source.outlet(), o -> new java.util.ArrayList<>()).add(source);
        }
        for (Map.Entry<String, List<Source>> outlet : byOutlet.entrySet()) {
            body.append("<h3>").append(Html.escape(outlet.getKey())).append("</h3>\n<ul>\n");
            for (Source source : outlet.getValue()) {
                body.append("<li><a href=\"/articles/").append(Html.escape(source.articleId())).append("\">")
                        .append(Html.escape(source.title() == null ? "(untitled)" : source.title())).append("</a>")
                        .append(source.published() == null ? "" : " <span class=\"meta\">" + Html.escape(source.published().iso()) + "</span>")
                        .append(detail.copies().contains(source.articleId()) ? " <span class=\"copy-badge\">copy</span>" : "").append("</li>\n");
            }
            body.append("</ul>\n");
        }
        body.append("</section>\n");
    }

    /** Links to each source, the outlet's name as the link text; the first may point at a span of its article. */
    static void citations(StringBuilder body, List<Source> sources, String spanArticle, String spanSuffix) {
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String suffix = spanSuffix != null && source.articleId().equals(spanArticle) ? spanSuffix : "";
            body.append(i == 0 ? "" : "; ").append("<a href=\"/articles/").append(Html.escape(source.articleId())).append(Html.escape(suffix))
                    .append("\">").append(Html.escape(source.outlet() == null ? "unknown outlet" : source.outlet())).append("</a>");
        }
    }
}
