package dev.dossier.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Comparison keys for names of organisations and places and for role phrases.
 *
 * <p>Design notes. Both sides of every comparison (the alias file and the text) go through the same
 * function, so a rule here only has to be consistent, not linguistically complete: "Russia's foreign
 * minister", "the Russian foreign minister", "foreign minister of Russia" and "Russia's top
 * diplomat" all become {@code "russia foreign minister"}. The steps of {@link #roleKey}: case and
 * diacritics folded, dots dropped ("U.S." is "us"), hyphens are spaces, possessive {@code 's}
 * removed; the determiners "the", "a", "an" and the time words "current", "incumbent", "sitting",
 * "new", "then" dropped ("former" and "ex" are reported, not dropped); countries, their demonyms and
 * the usual bodies become one token ("American", "United States", "US" give {@code us}); a few
 * synonyms are merged ("top diplomat" is "foreign minister", "chief" and "boss" are "head",
 * "premier" and "PM" are "prime minister", "defense" is "defence"); finally "X of COUNTRY" becomes
 * "COUNTRY X". Synonyms that differ by country stay apart: "foreign secretary" is a minister in the
 * UK but a civil servant in India, so alias entries list it where it applies.
 *
 * <p>Thread-safe: stateless.
 */
final class Phrases {

    private static final Pattern APOSTROPHE_OR_DOT = Pattern.compile("[.'’]");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b|(?<=s)['’](?=\\s|$)");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private static final Set<String> DROPPED = Set.of("the", "a", "an", "current", "incumbent", "sitting", "new", "then");
    private static final Set<String> FORMER = Set.of("former", "ex");

    /** Place and body phrases, each mapped to one token; longer phrases are matched first. */
    private static final Map<String, String> PLACES = table("""
            us: united states of america | united states | usa | us | america | american
            uk: united kingdom | great britain | britain | british | uk
            eu: european union | eu | european
            un: united nations | un
            nato: north atlantic treaty organization | north atlantic treaty organisation | nato
            russia: russian federation | russia | russian
            ukraine: ukraine | ukrainian
            france: france | french
            germany: germany | german
            china: china | chinese
            india: india | indian
            turkey: turkiye | turkey | turkish
            israel: israel | israeli
            iran: iran | iranian
            japan: japan | japanese
            saudi: saudi arabia | saudi arabian | saudi
            northkorea: north korea | north korean | dprk
            southkorea: south korea | south korean
            italy: italy | italian
            poland: poland | polish
            canada: canada | canadian
            brazil: brazil | brazilian
            hungary: hungary | hungarian
            belarus: belarus | belarusian
            spain: spain | spanish
            finland: finland | finnish
            southafrica: south africa | south african
            estonia: estonia | estonian
            netherlands: netherlands | dutch
            norway: norway | norwegian
            iaea: international atomic energy agency | iaea""");

    private static final Map<String, String> SYNONYMS = table("""
            foreign minister: top diplomat | chief diplomat | minister of foreign affairs | minister for foreign affairs | foreign affairs minister
            head: chief | boss | head
            prime minister: premier | pm | prime minister
            defence: defense | defence
            spokesperson: spokesman | spokeswoman | spokesperson""");

    private static final Pattern PLACE_PATTERN = alternation(PLACES);
    private static final Pattern SYNONYM_PATTERN = alternation(SYNONYMS);
    private static final Set<String> PLACE_TOKENS = Set.copyOf(PLACES.values());

    private Phrases() {}

    /** A role phrase as a key, and whether it was qualified as "former" or "ex". */
    record RoleKey(String key, boolean former) {}

    /**
     * The key of an organisation's or place's name: case and diacritics folded, possessive and
     * punctuation dropped, a leading "the" removed ("the Kremlin's" and "Kremlin" give "kremlin",
     * "Élysée" and "Elysee" give "elysee", "U.S. State Department" gives "us state department").
     */
    static String nameKey(String text) {
        List<String> words = words(text);
        if (words.size() > 1 && words.get(0).equals("the")) {
            words = words.subList(1, words.size());
        }
        return String.join(" ", words);
    }

    /** The key of a role phrase, by the steps in the class notes. */
    static RoleKey roleKey(String text) {
        List<String> words = words(text);
        boolean former = words.removeIf(FORMER::contains);
        words.removeIf(DROPPED::contains);
        String phrase = replace(PLACE_PATTERN, PLACES, String.join(" ", words));
        phrase = replace(SYNONYM_PATTERN, SYNONYMS, phrase);
        List<String> tokens = Arrays.asList(phrase.split(" "));
        for (int i = tokens.size() - 2; i >= 0; i--) {
            if (tokens.get(i).equals("of") && PLACE_TOKENS.contains(tokens.get(i + 1))) {
                List<String> inverted = new ArrayList<>(tokens.subList(i + 1, tokens.size()));
                inverted.addAll(tokens.subList(0, i));
                tokens = inverted;
                break;
            }
        }
        return new RoleKey(String.join(" ", tokens).trim(), former);
    }

    private static List<String> words(String text) {
        String folded = POSSESSIVE.matcher(NameFolding.ascii(text)).replaceAll("");
        // dots join abbreviations ("U.S." is "us"), apostrophes join names ("Sa'ar" is "saar")
        folded = APOSTROPHE_OR_DOT.matcher(folded).replaceAll("");
        String spaced = NOT_WORD.matcher(folded).replaceAll(" ").trim();
        return spaced.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(spaced.split(" ")));
    }

    private static String replace(Pattern pattern, Map<String, String> table, String phrase) {
        Matcher matcher = pattern.matcher(phrase);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(table.get(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Parses lines "target: phrase | phrase" into phrase -> target. */
    private static Map<String, String> table(String lines) {
        Map<String, String> table = new LinkedHashMap<>();
        for (String line : lines.strip().split("\n")) {
            String[] parts = line.split(":", 2);
            for (String phrase : parts[1].split("\\|")) {
                table.put(phrase.strip(), parts[0].strip());
            }
        }
        return Map.copyOf(table);
    }

    private static Pattern alternation(Map<String, String> table) {
        String alternatives = table.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("\\b(?:" + alternatives + ")\\b");
    }
}
