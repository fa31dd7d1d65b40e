package dev.dossier.time;

import dev.dossier.model.TemporalExpression;
import dev.dossier.model.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Dossier's rule-based temporal tagger for news English. Design: every rule
 * ({@link CalendarRules}, {@link RelativeRules}, {@link DurationRules}) proposes candidates over the
 * whole text; overlaps are settled by keeping the longest candidate, and between equally long ones
 * the rule listed first. Resolution against the publication date happens inside the rules, through
 * {@link Anchor}, so a rule can reject what does not resolve (February 30). Thread-safe and stateless.
 */
final class RuleTemporalTagger implements TemporalTagger {

    static final RuleTemporalTagger INSTANCE = new RuleTemporalTagger();

    private final List<Rule> rules;

    private RuleTemporalTagger() {
        List<Rule> all = new ArrayList<>();
        all.addAll(CalendarRules.all());
        all.addAll(RelativeRules.all());
        all.addAll(DurationRules.all());
        this.rules = List.copyOf(all);
    }

    @Override
    public List<TemporalExpression> tag(String text, LocalDate documentDate) {
        Objects.requireNonNull(text, "text");
        Anchor anchor = new Anchor(text, documentDate);
        List<Found> candidates = new ArrayList<>();
        List<Integer> priority = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Matcher match = rules.get(r).pattern().matcher(text);
            while (match.find()) {
                Found found = rules.get(r).make().make(match, anchor);
                if (found != null && found.length() > 0) {
                    candidates.add(found);
                    priority.add(r);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -candidates.get(i).length()).thenComparingInt(priority::get)
                .thenComparingInt(i -> candidates.get(i).start()));
        List<Found> kept = new ArrayList<>();
        for (int i : order) {
            Found found = candidates.get(i);
            if (kept.stream().noneMatch(k -> k.start() < found.end() && found.start() < k.end())) {
                kept.add(found);
            }
        }
        kept.sort(Comparator.comparingInt(Found::start));
        kept = DayReference.apply(text, kept);
        List<TemporalExpression> expressions = new ArrayList<>(kept.size());
        for (Found found : kept) {
            expressions.add(new TemporalExpression(new TextSpan(found.start(), found.end()),
                    text.substring(found.start(), found.end()), found.type(), found.value(), found.precision(), found.resolved()));
        }
        return List.copyOf(expressions);
    }
}
