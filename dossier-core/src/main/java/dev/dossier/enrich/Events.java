package dev.dossier.enrich;

import dev.dossier.model.ActorMention;
import dev.dossier.model.Attribution;
import dev.dossier.model.Event;
import dev.dossier.model.NamedActor;
import dev.dossier.model.TemporalExpression;
import dev.dossier.model.TextSpan;
import dev.dossier.model.TimePrecision;
import dev.dossier.model.TimexType;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The dated events of an article: sentences that report an action with a verb of the kind
 * timelines are made of (met, struck, announced, signed, visited, sentenced, resigned ...) and a
 * resolved date of their own. Sentences that are statements (quotations, reported speech) are the
 * statements' business, not events. Stateless.
 */
final class Events {

    private static final Set<String> EVENT_VERBS = Set.of(
            "met", "meet", "meets", "meeting", "struck", "strike", "strikes", "hit", "hits", "announced", "announces",
            "signed", "signs", "visited", "visits", "sentenced", "resigned", "resigns", "quit", "quits", "killed", "attacked",
            "launched", "launches", "held", "agreed", "agrees", "arrived", "arrives", "began", "begins", "ended", "ends",
            "exchanged", "released", "releases", "arrested", "elected", "invaded", "withdrew", "deployed", "fired", "closed",
            "opened", "suspended", "suspends", "froze", "freezes", "halted", "halts", "lifted", "imposed", "imposes",
            "approved", "rejected", "rejects", "crossed", "broke", "entered", "captured", "shot", "bombed", "voted",
            "ruled", "appointed", "named", "fled", "returned", "travelled", "traveled", "flew", "landed", "hosted",
            "convicted", "jailed", "charged", "blocked", "banned", "restored", "expelled", "died", "collapsed");

    /** How many characters from its verb a date may stand and still date the action. */
    private static final int VERB_REACH = 50;

    private Events() {}

    static List<Event> find(AnnotatedText text, List<TemporalExpression> dates, List<Attribution> statements, List<ActorMention> mentions) {
        List<Event> events = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<TextSpan> verbs = eventVerbs(text, sentence);
            if (isStatement(sentence.span(), statements) || verbs.isEmpty()) {
                continue;
            }
            Optional<Dated> dated = dateIn(sentence.span(), dates, verbs);
            if (dated.isEmpty()) {
                continue;
            }
            Set<NamedActor> actors = new LinkedHashSet<>();
            for (ActorMention mention : mentions) {
                if (mention.span().start() >= sentence.span().start() && mention.span().end() <= sentence.span().end()) {
                    actors.add(mention.actor());
                }
            }
            events.add(new Event(sentence.span(), sentence.span().of(text.text()), dated.get().date(), dated.get().precision(),
                    dated.get().value(), List.copyOf(actors)));
        }
        return events;
    }

    /** A day, week or month with the value it came from. */
    private record Dated(LocalDate date, TimePrecision precision, String value) {}

    private static boolean isStatement(TextSpan sentence, List<Attribution> statements) {
        for (Attribution statement : statements) {
            if (statement.content().start() < sentence.end() && statement.content().end() > sentence.start()) {
                return true;
            }
        }
        return false;
    }

    private static List<TextSpan> eventVerbs(AnnotatedText text, Sentence sentence) {
        List<TextSpan> verbs = new ArrayList<>();
        for (Token token : text.tokens().subList(sentence.firstToken(), sentence.endToken())) {
            if (token.isVerb() && EVENT_VERBS.contains(token.word().toLowerCase(Locale.ROOT))) {
                verbs.add(token.span());
            }
        }
        return verbs;
    }

    /**
     * The resolved date nearest an event verb of the sentence, down to a day, week or month, if it
     * stands close enough to date the action ("met in Haldeby on Wednesday"), not a clause away
     * ("... since fighting began in August 2024").
     */
    private static Optional<Dated> dateIn(TextSpan sentence, List<TemporalExpression> dates, List<TextSpan> verbs) {
        TemporalExpression nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (TemporalExpression expression : dates) {
            if (expression.span().start() < sentence.start() || expression.span().end() > sentence.end()
                    || expression.type() != TimexType.DATE || !expression.resolved() || expression.precision() == null) {
                continue;
            }
            for (TextSpan verb : verbs) {
                int distance = Math.max(expression.span().start() - verb.end(), verb.start() - expression.span().end());
                if (distance < nearestDistance) {
                    nearest = expression;
                    nearestDistance = distance;
                }
            }
        }
        if (nearest == null || nearestDistance > VERB_REACH) {
            return Optional.empty();
        }
        for (TemporalExpression expression : List.of(nearest)) {
            Optional<LocalDate> date = parse(expression.value(), expression.precision());
            if (date.isPresent()) {
                return Optional.of(new Dated(date.get(), expression.precision(), expression.value()));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parse(String value, TimePrecision precision) {
        try {
            return switch (precision) {
                case DAY, INSTANT -> Optional.of(LocalDate.parse(value.substring(0, 10)));
                case WEEK -> Optional.of(LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6, 8)))
                        .with(DayOfWeek.MONDAY));
                case MONTH -> Optional.of(LocalDate.parse(value.substring(0, 7) + "-01"));
                case YEAR -> Optional.empty();
            };
        } catch (NumberFormatException | IndexOutOfBoundsException | DateTimeException notADate) {
            return Optional.empty();
        }
    }
}
