package dev.dossier.time;

import dev.dossier.model.TemporalExpression;
import dev.dossier.model.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Dossier's rule-based temporal tagger for news English. Design: every rule
 * ({@link CalendarRules}, {@link RelativeRules}, {@link DurationRules}) proposes candidates near the
 * words its matches contain ({@link Triggers}); overlaps are settled by keeping the longest
 * candidate, and between equally long ones the rule listed first. Resolution against the
 * publication date happens inside the rules, through {@link Anchor}, so a rule can reject what does
 * not resolve (February 30). Thread-safe and stateless.
 *
 * <p>Running a rule only near its triggers finds what running it over the whole text finds
 * ({@link #EVERYWHERE}, the reference the tests compare with): a match contains a trigger and is
 * shorter than {@link Triggers#REACH}, so it lies inside a region; the regions are read with
 * transparent bounds, so look-arounds and word boundaries see the text beyond them.
 */
final class RuleTemporalTagger implements TemporalTagger {

    static final RuleTemporalTagger INSTANCE = new RuleTemporalTagger(true);
    /** Every rule over the whole text: slower, and the reference for {@link #INSTANCE}. */
    static final RuleTemporalTagger EVERYWHERE = new RuleTemporalTagger(false);

    private final List<Rule> rules;
    private final Set<String> vocabulary;
    private final boolean nearTriggers;

    private RuleTemporalTagger(boolean nearTriggers) {
        List<Rule> all = new ArrayList<>();
        all.addAll(CalendarRules.all());
        all.addAll(RelativeRules.all());
        all.addAll(DurationRules.all());
        this.rules = List.copyOf(all);
        this.vocabulary = rules.stream().flatMap(rule -> rule.triggers().stream()).collect(Collectors.toUnmodifiableSet());
        this.nearTriggers = nearTriggers;
    }

    @Override
    public List<TemporalExpression> tag(String text, LocalDate documentDate) {
        Objects.requireNonNull(text, "text");
        Anchor anchor = new Anchor(text, documentDate);
        Triggers triggers = Triggers.of(text, vocabulary);
        List<Found> candidates = new ArrayList<>();
        List<Integer> priority = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            Matcher match = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (Triggers.Region region : nearTriggers ? triggers.near(rule.triggers()) : triggers.everywhere()) {
                match.region(region.start(), region.end());
                while (match.find()) {
                    Found found = rule.make().make(match, anchor);
                    if (found != null && found.length() > 0) {
                        candidates.add(found);
                        priority.add(r);
                    }
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
