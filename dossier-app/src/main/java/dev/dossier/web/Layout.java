package dev.dossier.web;

/**
 * The frame of every page: a skip link, the site header with its navigation and search, the main
 * landmark and the scripts. The scripts are files of this origin (the Content-Security-Policy
 * allows no inline script): Chart.js from its WebJar and Dossier's own {@code /static/dossier.js}.
 */
final class Layout {

    /** The Chart.js WebJar's version; must match the pom's {@code chartjs.version}, which a test checks. */
    static final String CHART_JS = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    /** The navigation's sections; the current one is marked for screen readers and the eye. */
    enum Section {
        STORIES("/", "Stories"),
        QUOTES("/quotes", "Quotes"),
        ACTORS("/actors", "Actors"),
        DEADLINES("/deadlines", "Deadlines"),
        ARTICLES("/articles", "Articles"),
        NONE(null, null);

        final String path;
        final String label;

        Section(String path, String label) {
            this.path = path;
            this.label = label;
        }
    }

    private Layout() {}

    static String page(String title, Section current, String body) {
        StringBuilder nav = new StringBuilder();
        for (Section section : Section.values()) {
            if (section.path != null) {
                nav.append("<li><a href=\"").append(section.path).append('"').append(section == current ? " aria-current=\"page\"" : "")
                        .append('>').append(section.label).append("</a></li>");
            }
        }
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + " · Dossier</title>\n"
                + "<link rel=\"stylesheet\" href=\"/static/dossier.css\">\n"
                + "<script defer src=\"" + CHART_JS + "\"></script>\n"
                + "<script defer src=\"/static/dossier.js\"></script>\n"
                + "</head>\n<body>\n"
                + "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
                + "<header class=\"site\"><div class=\"bar\"><a class=\"brand\" href=\"/\">Dossier</a>\n"
                + "<nav aria-label=\"Main\"><ul>" + nav + "</ul></nav>\n"
                + "<form action=\"/quotes\" method=\"get\" role=\"search\"><label for=\"site-search\">Search quotes</label>"
                + "<input id=\"site-search\" type=\"search\" name=\"q\" placeholder=\"security guarantees\"><button type=\"submit\">Search</button></form>\n"
                + "</div></header>\n"
                + "<main id=\"main\" tabindex=\"-1\">\n" + body + "</main>\n"
                + "<footer class=\"site\">Dossier: every statement, date and sentence here points to the source that carried it. "
                + "<a href=\"/openapi.json\">API</a></footer>\n"
                + "</body>\n</html>\n";
    }

    /** A date or a dash. */
    static String day(Object day) {
        return day == null ? "–" : Html.escape(day.toString());
    }
}
