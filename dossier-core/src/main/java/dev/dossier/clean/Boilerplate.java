package dev.dossier.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that are page furniture, not reporting: sign-up prompts, widget labels, share prompts,
 * link lists, contact lines, bare video timestamps. Each pattern matches a whole paragraph.
 * The list is deliberately conservative: a false positive deletes reporting.
 */
final class Boilerplate {

    private static final List<Pattern> PARAGRAPHS = List.of(
            // newsletter and alert prompts
            Pattern.compile("(?i)sign up (to|for) .{0,120}"),
            Pattern.compile("(?i).{0,80}\\bnewsletter (promotion|sign-?up)\\b.{0,40}"),
            Pattern.compile("(?i).{0,120}\\b(sent|delivered) (straight|direct) to (your|you)\\b.{0,80}"),
            Pattern.compile("(?i)I would like to be emailed about .{0,160}"),
            Pattern.compile("(?i).{0,60}\\bread our privacy (policy|notice)\\.?"),
            // widget labels and promotional blocks
            Pattern.compile("(?i)(hashtags|comments|no comments yet\\.*|related articles|related|advertisement|"
                    + "share( this( article| story)?)?|share on \\w+|tt|most read|read more:?|try our ai features)"),
            Pattern.compile("(?i)explore what .{1,60} can do for you:?"),
            // contact and link-list lines
            Pattern.compile("(?i)get in touch with our news team .{0,160}"),
            Pattern.compile("(?i)for more stories like this,? check our news page\\.?"),
            Pattern.compile("MORE: .{1,200}"),
            // a video timestamp alone on its line
            Pattern.compile("\\d{1,2}:\\d{2}"),
            // article tools and labels
            Pattern.compile("(?i)(reading time|read time):? .{1,20}"),
            Pattern.compile("(?i)font size.{0,20}"),
            Pattern.compile("(?i)tags?: .{1,200}"),
            Pattern.compile("(?i)share( this( article| story)?)?( via| on|:) .{1,100}"),
            Pattern.compile("(?i)(share on social media|copy link|print this (page|article)|listen to (this )?article)"),
            Pattern.compile("(?i)related: .{1,150}"),
            // copyright lines: "© Kestria Today, 2026. ...", "Lindmark Radio News © 2026 | Listen live"
            Pattern.compile(".{0,120}(©|Â©|\\(c\\) \\d{4}).{0,200}"));

    private Boilerplate() {}

    static boolean isBoilerplate(String paragraph) {
        for (Pattern pattern : PARAGRAPHS) {
            if (pattern.matcher(paragraph).matches()) {
                return true;
            }
        }
        return false;
    }
}
