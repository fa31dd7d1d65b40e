package dev.dossier.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Splits a person's name as written into title words, given names and surname.
 *
 * <p>Design notes. News text puts role words before names ("Russia's Foreign Minister Sergei
 * Lavrov", "White House press secretary Karoline Leavitt"), so the parser keeps the last
 * comma-separated segment that holds a name, takes the trailing run of capitalised words (lowercase
 * particles such as "von der" belong to the run, other lowercase words end it), then strips leading
 * title, nationality, possessive and sentence-opening words ("But Lavrov") and everything up to the
 * last office word ("Valdorian President Miren Dastova"). The last word is never stripped unless it is itself a
 * title word with no honorific before it ("President" alone is no name; "Mr House" is). Everything
 * is heuristic and documented by {@code PersonNameTest}.
 *
 * <p>Thread-safe: stateless.
 */
final class NameParser {

    private static final Set<String> HONORIFICS = words("mr mrs ms miss mx mme dr prof sir dame lord lady");

    /** Words (compared as letters only: "U.S." is "us") that precede a name but are no part of it. */
    private static final Set<String> TITLES = union(HONORIFICS, words("""
            the president vice prime minister premier chancellor secretary general gen lt col colonel maj
            major capt captain adm admiral sgt cmdr commander marshal field brig brigadier lieutenant
            senator sen rep representative gov governor mayor judge justice rev reverend father pope king
            queen prince princess crown sheikh sheik emir sultan ayatollah imam rabbi supreme leader
            chairman chairwoman chair spokesman spokeswoman spokesperson ambassador envoy special
            commissioner deputy acting former ex foreign defence defense interior finance state high
            director chief head speaker mp mep hon excellency majesty highness press national security
            adviser advisor aide office commission council ministry department house white kremlin
            pentagon joint staff chiefs secretarygeneral vicepresident us usa uk eu un nato
            american russian ukrainian british french german chinese indian turkish israeli iranian
            japanese european saudi italian polish canadian brazilian hungarian belarusian spanish
            finnish dutch norwegian swedish danish estonian latvian lithuanian korean north south
            palestinian lebanese syrian egyptian qatari emirati pakistani afghan iraqi"""));

    /**
     * Office words: everything up to the last of them before the final word is role, not name, even
     * when the words before it are unknown ("Valdorian President Miren Dastova").
     */
    private static final Set<String> OFFICES = words("""
            president minister chancellor secretary general premier leader ambassador envoy commissioner
            governor mayor senator chairman chairwoman chief director commander colonel admiral spokesman
            spokeswoman spokesperson king queen prince princess emir sheikh ayatollah pope mr mrs ms dr gen""");

    /** Function words that open a sentence and so come capitalised before a name ("But Lavrov said"). */
    private static final Set<String> SENTENCE_OPENERS = words("""
            by but and or if for among would despite when while after before as at in on with from to so yet
            also however meanwhile monday tuesday wednesday thursday friday saturday sunday""");

    /** Particles that start a surname inside a name ("Mohammed bin Salman", "Marine Le Pen"). */
    private static final Set<String> PARTICLES = words("von van der den de del della di da das dos du le la ten ter bin ibn bint al el ben");

    /** Particles that start a surname even as the first, capitalised word ("Von der Leyen said"). */
    private static final Set<String> FIRST_PARTICLES = words("von de der di da du le la del della dos das bin ibn ter ten");

    /** Lowercase words that join a group's name to the person it is named for ("Citizens for Trump"). */
    private static final Set<String> JOINING = words("for of against with");

    /** Generational and honours suffixes after the surname. */
    private static final Set<String> SUFFIXES = words("jr sr ii iii iv phd md kc qc obe mbe cbe");

    /** Suffixes that tell a son from his father ("Donald Trump Jr."): part of who is named, unlike honours. */
    private static final Set<String> GENERATIONS = words("jr sr");

    /** Family names written first (Kim Jong-un, Xi Jinping), recognised only with the given-name shapes below. */
    private static final Set<String> KOREAN = words("kim lee park moon yoon choi jung kang cho");
    private static final Set<String> CHINESE = words("""
            xi li wang zhang liu chen yang zhao huang zhou wu xu hu zhu gao lin guo luo liang zheng xie
            tang feng deng cao jiang wen qin lai mao""");

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+|\\p{Lu}\\.?|\\p{Lu}{2,3}");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]{2,5}");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    /** What ends the last word but not the name: a possessive and a full stop ("Lavrov's.", "Lavrov."). */
    private static final Pattern TRAILING = Pattern.compile("(?:['’]s?)?\\.*$");

    private NameParser() {}

    static Optional<PersonName> parse(String written) {
        // a comma, semicolon, colon, bracket or line break separates a role or a caption from the name
        String[] segments = written.split("[,;:()\\[\\]\\r\\n]+");
        for (int i = segments.length - 1; i >= 0; i--) {
            Optional<PersonName> name = parseSegment(written, segments[i]);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** Whether a given-name word is written as initials ("J.", "J.D.", "JD"). */
    static boolean isInitials(String word, boolean allCaps) {
        return !allCaps && INITIALS.matcher(word).matches();
    }

    private static Optional<PersonName> parseSegment(String written, String segment) {
        List<String> tokens = tokens(segment);
        boolean anyUpper = segment.chars().anyMatch(Character::isUpperCase);
        int start = tokens.size();
        while (start > 0 && (!anyUpper || isNameLike(tokens.get(start - 1)))) {
            start--;
        }
        if (start > 0 && namedFor(tokens, start - 1)) {
            return Optional.empty();
        }
        List<String> run = tokens.subList(start, tokens.size());
        int first = 0;
        while (first < run.size() - 1 && isStrippable(run.get(first))) {
            first++;
        }
        for (int i = run.size() - 2; i >= first; i--) {
            if (OFFICES.contains(key(run.get(i)))) {
                first = i + 1;
                break;
            }
        }
        int end = run.size();
        String generation = "";
        while (end - first > 1 && isSuffix(run.get(end - 1))) {
            end--;
            if (generation.isEmpty() && isGeneration(run.get(end))) {
                generation = key(run.get(end));
            }
        }
        if (first >= end) {
            return Optional.empty();
        }
        List<String> name = new ArrayList<>(run.subList(first, end));
        if (name.size() == 1 && TITLES.contains(key(name.get(0))) && !(first > 0 && HONORIFICS.contains(key(run.get(first - 1))))) {
            return Optional.empty();
        }
        name.set(name.size() - 1, TRAILING.matcher(name.get(name.size() - 1)).replaceFirst(""));
        if (key(name.get(name.size() - 1)).isEmpty()) {
            return Optional.empty();
        }
        List<String> titles = List.copyOf(run.subList(0, first));
        boolean surnameFirst = isSurnameFirst(name);
        int surnameStart = surnameFirst ? 0 : surnameStart(name);
        if (surnameFirst) {
            return Optional.of(new PersonName(written, titles, name.subList(1, name.size()), name.get(0), true, generation));
        }
        return Optional.of(new PersonName(written, titles, name.subList(0, surnameStart),
                String.join(" ", name.subList(surnameStart, name.size())), false, generation));
    }

    /**
     * Whether the lowercase word at {@code at}, which ends the name's run, joins it to capitalised
     * words that are no title: a group named for a person ("Citizens for Trump", "Friends of Bernie
     * Sanders"), not a person. After a title the same word is part of the role ("Secretary of State
     * John Kerry", "Minister for Europe Anna Lindqvist").
     */
    private static boolean namedFor(List<String> tokens, int at) {
        if (!JOINING.contains(tokens.get(at))) {
            return false;
        }
        int before = at;
        while (before > 0 && tokens.get(before - 1).chars().anyMatch(Character::isUpperCase)) {
            before--;
        }
        return before < at && !tokens.subList(before, at).stream().allMatch(NameParser::isStrippable);
    }

    private static List<String> tokens(String segment) {
        List<String> tokens = new ArrayList<>();
        for (String raw : segment.trim().split("\\s+")) {
            String token = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static boolean isNameLike(String token) {
        return token.chars().anyMatch(Character::isUpperCase) || PARTICLES.contains(token.toLowerCase(Locale.ROOT));
    }

    /** A leading word that is a title, a nationality, a possessive ("Russia's") or a hyphenated title ("Ex-President"). */
    private static boolean isStrippable(String token) {
        if (POSSESSIVE.matcher(token).find() && token.length() > 2) {
            return true;
        }
        return SENTENCE_OPENERS.contains(key(token)) || Arrays.stream(token.split("-")).allMatch(part -> TITLES.contains(key(part)));
    }

    private static boolean isSuffix(String token) {
        return SUFFIXES.contains(key(token)) || ROMAN_NUMERAL.matcher(token).matches();
    }

    private static boolean isGeneration(String token) {
        return GENERATIONS.contains(key(token)) || ROMAN_NUMERAL.matcher(token).matches();
    }

    private static boolean isSurnameFirst(List<String> name) {
        String family = key(name.get(0));
        List<String> rest = name.subList(1, name.size());
        boolean hyphenated = rest.size() == 1 && rest.get(0).indexOf('-') > 0;
        boolean twoSyllables = rest.size() == 2 && rest.stream().allMatch(t -> key(t).length() <= 4);
        boolean oneWord = rest.size() == 1;
        return (KOREAN.contains(family) && (hyphenated || twoSyllables))
                || (CHINESE.contains(family) && (oneWord || twoSyllables));
    }

    /** Index of the first surname word: the first particle that has a word after it, else the last word. */
    private static int surnameStart(List<String> name) {
        int last = name.size() - 1;
        String head = name.get(0);
        String headKey = head.toLowerCase(Locale.ROOT);
        boolean lowerHead = head.equals(headKey);
        if (last > 0 && PARTICLES.contains(headKey)
                && (lowerHead || FIRST_PARTICLES.contains(headKey) || PARTICLES.contains(name.get(1).toLowerCase(Locale.ROOT)))) {
            return 0;
        }
        for (int i = 1; i < last; i++) {
            if (PARTICLES.contains(name.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return last;
    }

    private static String key(String token) {
        return NameFolding.letters(token);
    }

    private static Set<String> words(String text) {
        return Set.of(text.trim().split("\\s+"));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
