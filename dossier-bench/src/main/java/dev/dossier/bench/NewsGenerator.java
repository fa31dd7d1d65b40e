package dev.dossier.bench;

import dev.dossier.bench.SyntheticArticle.Outlet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates realistic synthetic news articles from {@link Lexicon}'s word lists: a headline and 8
 * to 15 paragraphs of reporting, a datelined lead first, with quotes in several styles (curly and
 * straight double quotes, British single quotes, partial quotes, two-sentence quotes), dates in
 * several forms ("on Tuesday", "14 March", "March 14, 2026", "2026-03-14") and a few lines of page
 * furniture where scrapers leave them.
 *
 * <p>Deterministic: the same seed always yields the same articles in the same order, on any
 * machine and in any default locale. Not thread-safe: one generator, one thread.
 */
final class NewsGenerator {

    static final int MIN_PARAGRAPHS = 8;
    static final int MAX_PARAGRAPHS = 15;

    private static final Pattern PLACEHOLDER = Pattern.compile("%([A-Z_0-9]+)%");
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2026, 1, 5, 6, 0);
    private static final List<ZoneOffset> OFFSETS = List.of(
            ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), ZoneOffset.ofHours(-5));
    private static final List<String> WHEN = List.of(
            "on Monday", "on Tuesday evening", "last week", "earlier this month", "this morning", "late on Thursday",
            "on Friday", "over the weekend", "yesterday");
    private static final List<String> ORDINALS = List.of("third", "fourth", "fifth", "sixth", "seventh");
    private static final List<String> WHEN_NOUN = List.of("Saturday's", "last weekend's", "Sunday's", "Wednesday's");
    private static final List<String> HEADLINE_TAILS = List.of(
            " as talks stall in %CITY%", " ahead of %WEEKDAY% deadline", " after overnight session in %CITY%",
            " amid pressure from %ORG%", " as %COUNTRY% weighs its response", " before summit", "");

    private final Random random;
    private int produced;

    NewsGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The next article; numbers run from 1. */
    SyntheticArticle next() {
        int number = ++produced;
        Story story = new Story();
        String headline = headline(story, story.cast.get(0), story.topic);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(story.city.toUpperCase(Locale.ROOT) + " — " + story.fill(pick(Lexicon.LEADS)));
        int count = MIN_PARAGRAPHS + random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
        for (int i = 1; i < count; i++) {
            paragraphs.add(paragraph(story));
        }
        List<String> related = new ArrayList<>();
        for (int i = 0; i < 3 + random.nextInt(2); i++) {
            related.add(headline(story, person(), pick(Lexicon.TOPICS)));
        }
        addFurniture(story, paragraphs, related);
        String section = pick(Lexicon.SECTIONS);
        String url = "https://www." + story.outlet.host() + "/" + section + "/"
                + story.published.toLocalDate().toString().replace('-', '/') + "/" + slug(headline) + "-" + number;
        Person author = person();
        return new SyntheticArticle(number, story.outlet, url, section, author.first + " " + author.last,
                story.published, headline, paragraphs, related);
    }

    /** Headline style: surname, present tense, the topic without its article. */
    private String headline(Story story, Person subject, String topic) {
        return story.fill(subject.last + " " + pick(Lexicon.HEADLINE_VERBS) + " " + topic.substring("the ".length())
                + pick(HEADLINE_TAILS));
    }

    /** Mostly reporting; about two paragraphs in five open with a quote, as news copy does. */
    private String paragraph(Story story) {
        StringBuilder paragraph = new StringBuilder();
        int sentences = 2 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            boolean quote = i == 0 ? random.nextInt(5) < 2 : random.nextInt(4) == 0;
            if (i > 0) {
                paragraph.append(' ');
            }
            paragraph.append(quote ? quote(story) : story.fill(story.statements.draw()));
        }
        return paragraph.toString();
    }

    private String quote(Story story) {
        Person speaker = story.cast.get(random.nextInt(story.cast.size()));
        String said = story.fill(story.quotes.draw());
        return switch (random.nextInt(7)) {
            case 0 -> "“" + said + ",” " + story.subject(speaker) + " said " + pick(WHEN) + ".";
            case 1 -> "\"" + said + ",\" said " + story.object(speaker) + ".";
            case 2 -> story.subject(speaker) + " told reporters in " + story.city + ": “" + said + ".”";
            case 3 -> "‘" + said + "’, " + story.subject(speaker) + " said.";
            case 4 -> story.subject(speaker) + " described " + story.topic + " as “" + pick(Lexicon.FRAGMENTS) + "”.";
            case 5 -> "“" + said + ". " + story.fill(story.quotes.draw()) + ",” " + story.subject(speaker) + " added.";
            default -> "'" + said + "', " + story.subject(speaker) + " said " + pick(WHEN) + ".";
        };
    }

    /** One to three furniture lines, never before the second paragraph. */
    private void addFurniture(Story story, List<String> paragraphs, List<String> related) {
        int lines = 1 + random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            String line = pick(Lexicon.FURNITURE).replace("%HEADLINE%", related.get(0));
            paragraphs.add(2 + random.nextInt(paragraphs.size() - 1), story.fill(line));
        }
    }

    private Person person() {
        return new Person(pick(Lexicon.FIRST_NAMES), pick(Lexicon.SURNAMES), pick(Lexicon.ROLES));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String slug(String headline) {
        String slug = headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() <= 60 ? slug : slug.substring(0, 60).replaceAll("-[^-]*$", "");
    }

    /** British style, "14 March". */
    private static String dayMonth(LocalDate day) {
        return day.getDayOfMonth() + " " + english(day.getMonth());
    }

    /** American style, "March 14, 2026". */
    private static String longDate(LocalDate day) {
        return english(day.getMonth()) + " " + day.getDayOfMonth() + ", " + day.getYear();
    }

    private static String english(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String english(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * Items drawn in a shuffled order without repeats until all are used, then reshuffled: an
     * article does not say the same sentence twice unless it runs out of sentences.
     */
    private final class Deck {
        private final List<String> items;
        private final List<String> left = new ArrayList<>();

        Deck(List<String> items) {
            this.items = items;
        }

        String draw() {
            if (left.isEmpty()) {
                left.addAll(items);
                Collections.shuffle(left, random);
            }
            return left.remove(left.size() - 1);
        }
    }

    /** A person in the news: named in full with their role on first mention, by surname after. */
    private record Person(String first, String last, String role) {}

    /** What one article is about, and whom it has introduced so far. */
    private final class Story {
        final Outlet outlet = pick(Lexicon.OUTLETS);
        final String topic = pick(Lexicon.TOPICS);
        final String city = pick(Lexicon.CITIES);
        final OffsetDateTime published = OffsetDateTime.of(
                FIRST_DAY.plusDays(random.nextInt(150)).plusMinutes(random.nextInt(18 * 60)), pick(OFFSETS));
        final List<Person> cast = new ArrayList<>();
        final Deck statements = new Deck(Lexicon.STATEMENTS);
        final Deck quotes = new Deck(Lexicon.QUOTES);
        private final Set<Person> introduced = new HashSet<>();
        private String country = "";

        Story() {
            Set<String> surnames = new HashSet<>();
            int size = 2 + random.nextInt(3);
            while (cast.size() < size) {
                Person candidate = person();
                if (surnames.add(candidate.last)) {
                    cast.add(candidate);
                }
            }
        }

        /** The person as the subject of a clause: "Amara Okafor, the foreign minister," or "Okafor". */
        String subject(Person person) {
            return introduced.add(person) ? person.first + " " + person.last + ", " + person.role + "," : person.last;
        }

        /** The person at the end of a sentence: "Amara Okafor, the foreign minister" or "Okafor". */
        String object(Person person) {
            return introduced.add(person) ? person.first + " " + person.last + ", " + person.role : person.last;
        }

        /** The template with every placeholder replaced; most {@code %TOPIC%}s are the article's own topic. */
        String fill(String template) {
            Matcher matcher = PLACEHOLDER.matcher(template);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(filled, Matcher.quoteReplacement(value(matcher.group(1))));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }

        private String value(String placeholder) {
            return switch (placeholder) {
                case "MAIN_TOPIC" -> topic;
                case "TOPIC" -> random.nextInt(5) < 3 ? topic : pick(Lexicon.TOPICS);
                case "LEAD" -> subject(cast.get(0));
                case "ORDINAL" -> pick(ORDINALS);
                case "ORG" -> pick(Lexicon.ORGANISATIONS);
                case "ORG_CAP" -> capitalise(pick(Lexicon.ORGANISATIONS));
                case "COUNTRY" -> country = pick(Lexicon.COUNTRIES);
                case "COUNTRY2" -> otherCountry();
                case "CITY" -> random.nextInt(2) == 0 ? city : pick(Lexicon.CITIES);
                case "WHEN" -> pick(WHEN);
                case "WHEN_NOUN" -> pick(WHEN_NOUN);
                case "WEEKDAY" -> english(nearbyDay().getDayOfWeek());
                case "DAY_MONTH" -> dayMonth(nearbyDay());
                case "LONG_DATE" -> longDate(nearbyDay());
                case "ISO_DATE" -> nearbyDay().toString();
                case "MONTH" -> english(nearbyDay().getMonth());
                case "YEAR" -> Integer.toString(published.getYear() - random.nextInt(2));
                case "PAST_YEAR" -> Integer.toString(published.getYear() - 2 - random.nextInt(15));
                case "PERCENT" -> String.format(Locale.ROOT, "%.1f", 0.5 + random.nextInt(400) / 10.0);
                case "SMALL" -> Integer.toString(2 + random.nextInt(11));
                case "BIG" -> String.format(Locale.ROOT, "%,d", 1_000 + random.nextInt(250) * 100);
                case "BIG_PAGES" -> Integer.toString(40 + random.nextInt(300));
                default -> throw new IllegalArgumentException("unknown placeholder %" + placeholder + "% in the lexicon");
            };
        }

        /** A day within a few weeks of publication, mostly before it, as reporting refers back. */
        private LocalDate nearbyDay() {
            return published.toLocalDate().plusDays(random.nextInt(61) - 40);
        }

        /** Another country than the one this sentence has named already. */
        private String otherCountry() {
            String other;
            do {
                other = pick(Lexicon.COUNTRIES);
            } while (other.equals(country));
            return other;
        }

        private String capitalise(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
