package dev.dossier.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that are page furniture, not reporting: sign-up and follow prompts, widget labels
 * ("Related articles", "Gefällt mir", "Temas relacionados"), comment-form notices, ratings,
 * affiliate disclaimers, copyright and credit lines, bylines, reading times, bare dates and video
 * timestamps. Each pattern must match a whole paragraph, in English, German, Spanish or French.
 * The list is deliberately conservative: a false positive deletes reporting.
 */
final class Boilerplate {

    private static final String MONTH = "(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai"
            + "|june?|juni|july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?"
            + "|dec(?:ember)?|dez(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch"
            + "|donnerstag|freitag|samstag|sonntag),?";
    private static final String NAME = "(?-i:\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3})";
    private static final String END = "[\\s:.!…]*";

    private static final List<Pattern> PARAGRAPHS = List.of(
            // newsletter, alert and follow prompts
            Pattern.compile("(?iu)sign up (to|for) .{0,120}"),
            Pattern.compile("(?iu).{0,80}\\bnewsletter (promotion|sign-?up)\\b.{0,40}"),
            Pattern.compile("(?iu).{0,120}\\b(sent|delivered) (straight|direct) to (your|you)\\b.{0,80}"),
            Pattern.compile("(?iu)I would like to be emailed about .{0,160}"),
            Pattern.compile("(?iu).{0,60}\\bread our privacy (policy|notice)\\.?"),
            Pattern.compile("(?iu)(?=.{0,200}$).*\\bnewsletter\\b.*\\b(sign(ing)? up|subscribe|abonnieren|anmelden|melde dich)\\b.*"),
            Pattern.compile("(?iu)(?=.{0,200}$).*\\b(sign(ing)? up|subscribe|abonniere|melde dich)\\b.*\\bnewsletter\\b.*"),
            Pattern.compile("(?iu).{0,120}\\bsign up (here|now|today)" + END),
            Pattern.compile("(?iu)(follow us|folge uns|folgen sie uns|s[ií]guenos|suivez-nous) .{0,120}"),
            // widget labels and promotional blocks
            Pattern.compile("(?iu)(hashtags|comments|no comments yet|related( articles| posts| stories| topics| content)?"
                    + "|advertisement|anzeige|werbung|publicidad|share( this( article| story| post)?)?|share on \\w+|tt"
                    + "|most read|meist gelesen|meistgelesen|read more|read next|mehr zum thema|lesen sie auch|lies auch"
                    + "|you (might|may) also like|das könnte dich auch interessieren|(ähnliche|verwandte) (beiträge|artikel)"
                    + "|weitere artikel|temas relacionados|noticias relacionadas|lea también|à lire aussi|sur le même sujet"
                    + "|für dich empfohlen|empfohlene artikel|recommended( for you)?|like this|gefällt mir|teilen mit"
                    + "|(gefällt mir )?(wird geladen|lade|loading)|try our ai features)" + END),
            Pattern.compile("(?iu)(le puede interesar|lea también|te puede interesar|à lire aussi|lesen sie auch|read also)"
                    + ":.{0,160}"),
            Pattern.compile("(?iu)explore what .{1,60} can do for you:?"),
            // comment forms and ratings
            Pattern.compile("(?iu)(comments are closed|kommentare sind geschlossen|view comments|leave a (comment|reply)"
                    + "|schreibe einen kommentar|hinterlasse einen kommentar|kommentar schreiben"
                    + "|sie sind (aktuell |derzeit )?nicht eingeloggt|bewerten|rate this( article)?"
                    + "|hier können sie den artikel bewerten)" + END),
            Pattern.compile("(?iu)(sie müssen|du musst) .{0,40}(angemeldet|eingeloggt) sein,? um .{0,80}"),
            Pattern.compile("(?iu)you must be logged in to (post|leave) a comment" + END),
            // affiliate disclaimers
            Pattern.compile("(?iu)(?=.{0,400}$).*\\baffiliate[- ]links?\\b.*"),
            Pattern.compile("(?iu)(?=.{0,400}$).*\\bwe (may )?(receive|earn) (compensation|a commission)\\b.*"),
            // copyright, credit, byline, category and reading-time lines
            Pattern.compile("(?iu)(©|\\(c\\)|copyright \\d{4}).{0,150}"),
            Pattern.compile("(?iu).{0,120}\\b(all rights reserved|alle rechte vorbehalten)" + END),
            Pattern.compile("(?iu)\\(?(photo|image|credit|foto|bild|fotos|bilder)s?: .{1,80}\\)?"),
            Pattern.compile("(?iu)(by|von|posted by|written by|verfasst von|geschrieben von):? " + NAME + "( ?[|·] ?.{0,40})?"),
            Pattern.compile("(?iu)(.{0,30} )?(kategorie|kategorien|category|categories|filed under|posted in|schlagwörter"
                    + "|schlagworte|tags):? .{0,100}"),
            Pattern.compile("(?iu)\\d{1,3} ?min(ute)?s?\\.? read|lesezeit:? \\d{1,3} ?min(uten)?\\.?|\\d{1,3} ?min\\.? lesezeit"),
            // contact and link-list lines
            Pattern.compile("(?iu)get in touch with our news team .{0,160}"),
            Pattern.compile("(?iu)for more stories like this,? check our news page\\.?"),
            Pattern.compile("MORE: .{1,200}"),
            // article tools and labels of scraped pages
            Pattern.compile("(?iu)(reading time|read time):? .{1,20}"),
            Pattern.compile("(?iu)font size.{0,20}"),
            Pattern.compile("(?iu)share( this( article| story)?)?( via| on|:) .{1,100}"),
            Pattern.compile("(?iu)(share on social media|copy link|print this (page|article)|listen to (this )?article)"),
            Pattern.compile("(?iu)related: .{1,150}"),
            // copyright lines inside a line: "Lindmark Radio News © 2026 | Listen live", mojibake "Â©" included
            Pattern.compile("(?u).{0,120}(©|Â©|\\(c\\) \\d{4}).{0,200}"),
            // a date or a video timestamp alone on its line
            Pattern.compile("(?iu)(" + WEEKDAY + " )?(den )?\\d{1,2}\\.? " + MONTH + ",? \\d{4}([ ,]+(um |at )?\\d{1,2}[:.]\\d{2}( uhr| ?[ap]m)?)?"),
            Pattern.compile("(?iu)(" + WEEKDAY + " )?" + MONTH + " \\d{1,2}(st|nd|rd|th)?,? \\d{4}([ ,]+(at )?\\d{1,2}:\\d{2}( ?[ap]m)?)?"),
            Pattern.compile("(?iu)" + MONTH + " \\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}( \\d{1,2}:\\d{2}( uhr)?)?"),
            Pattern.compile("\\d{1,2}:\\d{2}"));

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
