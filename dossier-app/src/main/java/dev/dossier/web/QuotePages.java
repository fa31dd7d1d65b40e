package dev.dossier.web;

import dev.dossier.model.QuoteQuery;
import dev.dossier.model.QuoteRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The quote search page and the rendering of one statement. Every piece of data passes through {@link Html#escape}. */
final class QuotePages {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]{2,}");
    /** How many words of a statement a link searches for: enough to find it, short enough to read. */
    private static final int SEARCH_WORDS = 10;

    private QuotePages() {}

    static String search(String words, QuoteQuery query, List<QuoteRecord> quotes) {
        StringBuilder body = new StringBuilder("<h1>Quotes</h1>\n");
        body.append("<form class=\"filters\" method=\"get\" action=\"/quotes\">")
                .append(input("q", "Words", words, "search"))
                .append(input("speaker", "Speaker (any spelling)", query.speaker(), "text"))
                .append(input("since", "Said since", query.since() == null ? null : query.since().toString(), "date"))
                .append(input("until", "Said until", query.until() == null ? null : query.until().toString(), "date"));
        if (query.story() != null) {
            body.append("<input type=\"hidden\" name=\"story\" value=\"").append(Html.escape(query.story())).append("\">");
        }
        body.append("<button type=\"submit\">Search</button></form>\n");
        if (query.story() != null) {
            body.append("<p class=\"meta\">In story <a href=\"/stories/").append(Html.escape(query.story())).append("\">")
                    .append(Html.escape(query.story())).append("</a>. <a href=\"/quotes\">Search all stories</a></p>\n");
        }
        body.append("<p role=\"status\" class=\"meta\">").append(quotes.size()).append(quotes.size() == 1 ? " statement" : " statements")
                .append(", latest said first.</p>\n");
        List<String> highlight = words == null ? List.of() : wordsOf(words);
        for (QuoteRecord quote : quotes) {
            body.append(quote(quote, highlight));
        }
        return Layout.page(words == null ? "Quotes" : "Quotes: " + words, Layout.Section.QUOTES, body.toString());
    }

    private static String input(String name, String label, String value, String type) {
        return "<label for=\"f-" + name + "\">" + label + "<input id=\"f-" + name + "\" type=\"" + type + "\" name=\"" + name + "\" value=\""
                + Html.escape(value == null ? "" : value) + "\"></label>";
    }

    /** One statement: its words (search words marked), who said it and when, and every source, the first linked to the span. */
    static String quote(QuoteRecord quote, List<String> highlight) {
        StringBuilder html = new StringBuilder("<blockquote>");
        html.append(highlighted(quote.text(), highlight)).append("<footer class=\"meta\">");
        if (quote.speakerId() != null) {
            html.append("<a href=\"/actors/").append(quote.speakerId()).append("\">").append(Html.escape(quote.speakerName())).append("</a>");
        } else {
            html.append(Html.escape(quote.speakerMention() != null ? quote.speakerKind().key() + ": " + quote.speakerMention() : "unknown speaker"));
        }
        html.append(" · ").append(quote.kind().key());
        html.append(" · ").append(quote.saidOn() == null ? "date unknown" : "said " + Html.escape(quote.saidOn().iso()));
        html.append(" · <a href=\"/articles/").append(Html.escape(quote.articleId())).append("#q-").append(quote.span().start())
                .append("\">in context</a> · sources: ");
        StoryPages.citations(html, quote.sources(), quote.articleId(), "#q-" + quote.span().start());
        return html.append("</footer></blockquote>\n").toString();
    }

    /** The text escaped, with every occurrence of a search word (whole or as a prefix) in {@code <mark>}. */
    static String highlighted(String text, List<String> words) {
        if (words.isEmpty()) {
            return Html.escape(text);
        }
        StringBuilder html = new StringBuilder();
        Matcher word = WORD.matcher(text);
        int at = 0;
        while (word.find()) {
            String found = word.group().toLowerCase(Locale.ROOT);
            if (words.stream().anyMatch(found::startsWith)) {
                html.append(Html.escape(text.substring(at, word.start()))).append("<mark>").append(Html.escape(word.group())).append("</mark>");
                at = word.end();
            }
        }
        return html.append(Html.escape(text.substring(at))).toString();
    }

    /** The first words of a statement, to find it again by full-text search. */
    static String searchWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find() && words.size() < SEARCH_WORDS) {
            words.add(word.group());
        }
        return String.join(" ", words);
    }

    private static List<String> wordsOf(String query) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(query);
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
