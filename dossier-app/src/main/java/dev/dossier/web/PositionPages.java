package dev.dossier.web;

import dev.dossier.engine.StoryPositions;
import dev.dossier.model.Issue;
import dev.dossier.model.Position;
import dev.dossier.model.PositionCell;
import dev.dossier.model.PositionChange;
import dev.dossier.model.PositionMatrix;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The positions panels: a story's actor-by-issue matrix with its changes and each cell's history,
 * and an actor's stances across stories. Every stance links to the words that show it in the
 * article. Every piece of data passes through {@link Html#escape}.
 */
final class PositionPages {

    private PositionPages() {}

    /** A story's matrix: actors down, issues across, each cell the current stance and its history. */
    static void storyPanel(StringBuilder body, PositionMatrix matrix) {
        body.append("<section aria-labelledby=\"positions\"><h2 id=\"positions\">Positions</h2>\n");
        if (matrix.cells().isEmpty()) {
            body.append("<p>No actor of this story takes a position on a recurring issue.</p>\n</section>\n");
            return;
        }
        body.append("<p class=\"meta\">Issues: ");
        for (int i = 0; i < matrix.issues().size(); i++) {
            Issue issue = matrix.issues().get(i);
            body.append(i == 0 ? "" : "; ").append(Html.escape(issue.name())).append(issue.defined() ? "" : " (discovered)");
        }
        body.append(". Each cell is the actor's latest stance that took a side; open it for the history.</p>\n");
        List<String> issues = matrix.issues().stream().map(Issue::name).filter(name -> matrix.cells().stream()
                .anyMatch(cell -> cell.issue().equals(name))).toList();
        Map<Long, Map<String, PositionCell>> byActor = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (PositionCell cell : matrix.cells()) {
            byActor.computeIfAbsent(cell.actorId(), id -> new LinkedHashMap<>()).put(cell.issue(), cell);
            names.put(cell.actorId(), cell.actor());
        }
        body.append("<div class=\"table-scroll\"><table class=\"positions\"><caption class=\"meta\">").append(names.size())
                .append(" actors on ").append(issues.size()).append(" issues</caption><thead><tr><th scope=\"col\">Actor</th>");
        issues.forEach(issue -> body.append("<th scope=\"col\">").append(Html.escape(issue)).append("</th>"));
        body.append("</tr></thead><tbody>\n");
        for (Map.Entry<Long, Map<String, PositionCell>> actor : byActor.entrySet()) {
            body.append("<tr><th scope=\"row\"><a href=\"/actors/").append(actor.getKey()).append("\">").append(Html.escape(names.get(actor.getKey())))
                    .append("</a></th>");
            for (String issue : issues) {
                PositionCell cell = actor.getValue().get(issue);
                body.append("<td>");
                if (cell != null) {
                    cell(body, cell);
                }
                body.append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table></div>\n");
        changes(body, "Changes and contradictions", matrix.changes());
        body.append("</section>\n");
    }

    /** An actor's stances, story by story and issue by issue. */
    static void actorPanel(StringBuilder body, List<StoryPositions> stories, long actorId) {
        body.append("<h2 id=\"positions\">Positions</h2>\n");
        boolean any = false;
        for (StoryPositions story : stories) {
            List<PositionCell> cells = story.matrix().cells().stream().filter(cell -> cell.actorId() == actorId).toList();
            if (cells.isEmpty()) {
                continue;
            }
            any = true;
            body.append("<h3><a href=\"/stories/").append(Html.escape(story.story().id())).append("#positions\">")
                    .append(Html.escape(story.story().title())).append("</a></h3>\n<ul class=\"position-list\">\n");
            for (PositionCell cell : cells) {
                body.append("<li><strong>").append(Html.escape(cell.issue())).append("</strong>: ");
                cell(body, cell);
                body.append("</li>\n");
            }
            body.append("</ul>\n");
            changes(body, "Changes and contradictions", story.matrix().changes().stream()
                    .filter(change -> change.after().actorId() == actorId).toList());
        }
        if (!any) {
            body.append("<p>No position found on a recurring issue.</p>\n");
        }
        if (stories.size() > 1) {
            changes(body, "Changes across stories", StoryPositions.across(stories).changes().stream()
                    .filter(change -> change.after().actorId() == actorId).toList());
        }
    }

    private static void cell(StringBuilder body, PositionCell cell) {
        body.append("<details><summary>").append(badge(cell.current().key())).append(" <span class=\"meta\">")
                .append(cell.history().size()).append(cell.history().size() == 1 ? " statement" : " statements").append("</span></summary>\n<ol>");
        for (Position position : cell.history()) {
            body.append("<li>").append(badge(position.stance().key())).append(' ')
                    .append(position.saidOn() == null ? "" : "<span class=\"meta\">" + Html.escape(position.saidOn().iso()) + "</span> ")
                    .append("<a href=\"/articles/").append(Html.escape(position.statement().articleId()));
            if (position.evidence() != null) {
                body.append("?mark=").append(position.evidence().start()).append('-').append(position.evidence().end()).append("#marked");
            }
            body.append("\">“").append(Html.escape(position.statement().text())).append("”</a>");
            if (position.condition() != null) {
                body.append(" <span class=\"meta\">on condition: ").append(Html.escape(position.condition())).append("</span>");
            } else if (position.evidenceWords() != null) {
                body.append(" <span class=\"meta\">shown by: ").append(Html.escape(position.evidenceWords())).append("</span>");
            }
            body.append(" <span class=\"cite\">[");
            StoryPages.citations(body, position.statement().sources(), null, null);
            body.append("]</span></li>");
        }
        body.append("</ol></details>");
    }

    private static void changes(StringBuilder body, String heading, List<PositionChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        body.append("<h3>").append(heading).append("</h3>\n<ul class=\"changes\">\n");
        for (PositionChange change : changes) {
            body.append("<li>").append(change.contradiction() ? "<strong>Contradiction</strong>: " : "Change: ")
                    .append(Html.escape(change.after().actor())).append(" on ").append(Html.escape(change.after().issue())).append(", ")
                    .append(badge(change.before().stance().key())).append(" (").append(Html.escape(change.before().saidOn().iso())).append(") to ")
                    .append(badge(change.after().stance().key())).append(" (").append(Html.escape(change.after().saidOn().iso())).append(")</li>\n");
        }
        body.append("</ul>\n");
    }

    private static String badge(String stance) {
        return "<span class=\"stance stance-" + stance + "\">" + stance + "</span>";
    }
}
