package dev.dossier.quotes;

import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.EntityMention;
import dev.dossier.nlp.Sentence;
import dev.dossier.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A noun of speech whose "that" introduces a quotation: in "He was pressed over his statement on
 * Monday that the mill 'will never close'" the clause from "that" is what he said, though no verb
 * of speech stands near it. The noun's owner is the speaker: a possessive before it ("his", "Ola
 * Brandt's"), or a "by" phrase after it ("a statement by the mayor that ..."). Stateless.
 */
final class SpeechNoun {

    /** Nouns that name something said and take a "that" clause: "the claim that ...", "her warning that ...". */
    private static final Set<String> NOUNS = Set.of(
            "statement", "remark", "comment", "suggestion", "claim", "assertion", "insistence", "warning", "promise",
            "pledge", "vow", "argument", "contention", "declaration", "prediction", "admission", "boast", "complaint",
            "accusation", "allegation", "assurance", "insinuation", "observation", "quip", "announcement", "proclamation",
            "acknowledgment", "acknowledgement", "confession", "threat", "retort", "reply", "response", "testimony",
            "statements", "remarks", "comments", "claims", "assertions", "warnings", "promises", "pledges", "vows",
            "arguments", "declarations", "predictions", "complaints", "accusations", "allegations", "assurances");
    /** The possessive pronouns read as an owner, resolved as "he" and "she" are; "their claim" and "its warning" name no one. */
    private static final Set<String> THIRD_PERSON_OWNERS = Set.of("his", "her");
    /** How many tokens may stand between the noun and its "that": "suggestion at a televised debate that". */
    private static final int GAP_MAX_TOKENS = 6;
    /** How many tokens of the clause may come before the quotation: "that she was 'likable enough'". */
    private static final int CLAUSE_MAX_TOKENS = 16;
    /** How many tokens of modifiers may stand between an owner and the noun: "Mr. Obama's patronizing suggestion". */
    private static final int MODIFIERS_MAX_TOKENS = 4;

    private SpeechNoun() {}

    /**
     * The noun that introduces a quotation.
     *
     * @param noun the noun's token
     * @param that the token of its "that"
     * @param owner who said it, or null when the text does not say
     */
    record Found(int noun, int that, Speaker owner) {}

    /**
     * The noun of speech whose "that" clause the quotation opening at token {@code first} belongs
     * to, or empty: the "that" stands before the quotation in its sentence with no quote mark,
     * colon, semicolon or verb of speech between, and the noun a few words before the "that" with
     * no verb or punctuation between. A "that" a verb follows is a relative pronoun ("a message
     * that showed ..."), not the start of what was said.
     */
    static Optional<Found> before(AnnotatedText text, int first, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int that = -1;
        for (int i = first - 1; i >= sentence.firstToken() && first - i <= CLAUSE_MAX_TOKENS; i--) {
            Token token = tokens.get(i);
            if (Clauses.isQuoteMark(token) || token.word().equals(":") || token.word().equals(";") || Cues.isCue(token)
                    || context.insideQuote(token.span())) {
                return Optional.empty();
            }
            if (token.word().equalsIgnoreCase("that")) {
                that = i;
                break;
            }
        }
        if (that <= sentence.firstToken() || !tokens.get(that).pos().equals("IN") || tokens.get(that + 1).isVerb()
                || tokens.get(that + 1).pos().equals("MD")) {
            return Optional.empty();
        }
        for (int noun = that - 1; noun >= sentence.firstToken() && that - noun <= GAP_MAX_TOKENS + 1; noun--) {
            Token token = tokens.get(noun);
            if (NOUNS.contains(token.word().toLowerCase(Locale.ROOT)) && token.pos().startsWith("NN")) {
                return Optional.of(new Found(noun, that, owner(text, noun, that, sentence, context)));
            }
            if (token.isVerb() || token.pos().equals("MD") || !Character.isLetterOrDigit(token.word().charAt(0))
                    && !token.pos().equals("POS")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The clause from the "that" to the end of the sentence, as a reported clause runs. */
    static TextSpan content(AnnotatedText text, QuoteMarks.Found quote, Found found, Sentence sentence) {
        return ReportedClause.clause(text, quote, found.noun(), found.that() + 1, sentence);
    }

    /**
     * Who the noun at {@code noun} belongs to: "his", "her" (resolved as a pronoun speaker), a name
     * with "'s" ("Ola Brandt's remark", as the entity model read the name, else its capitalised
     * words), or a "by" phrase between the noun and its "that".
     */
    private static Speaker owner(AnnotatedText text, int noun, int that, Sentence sentence, ArticleContext context) {
        List<Token> tokens = text.tokens();
        int i = noun - 1;
        while (i >= sentence.firstToken() && noun - i <= MODIFIERS_MAX_TOKENS && isModifier(tokens.get(i))) {
            i--;
        }
        if (i >= sentence.firstToken()) {
            Token owner = tokens.get(i);
            if (owner.pos().equals("PRP$") && THIRD_PERSON_OWNERS.contains(owner.word().toLowerCase(Locale.ROOT))) {
                return new Speaker(SpeakerKind.PRONOUN, owner.span(), context.resolvePronoun(owner.span().start()).orElse(null));
            }
            if (owner.pos().equals("POS")) {
                int possessive = i;
                Optional<EntityMention> named = text.mentions().stream()
                        .filter(m -> m.endToken() == possessive && SpeakerPhrases.isPersonOrGroup(m)).findFirst();
                if (named.isPresent()) {
                    return new Speaker(SpeakerKind.NAMED, named.get().span(), named.get().span());
                }
                int start = i;
                while (start > sentence.firstToken() && (tokens.get(start - 1).isProperNoun()
                        || tokens.get(start - 1).word().endsWith("."))) {
                    start--;
                }
                if (start < i) {
                    return SpeakerPhrases.read(text, start, i, context).orElse(null);
                }
            }
        }
        for (int by = noun + 1; by < that; by++) {
            if (tokens.get(by).word().equalsIgnoreCase("by")) {
                return SpeakerPhrases.read(text, by + 1, that, context, false).orElse(null);
            }
        }
        return null;
    }

    /** Words that may stand between an owner and the noun: "recent", "evidence-free", "1999", "campaign". */
    private static boolean isModifier(Token token) {
        String pos = token.pos();
        return pos.startsWith("JJ") || pos.equals("VBG") || pos.equals("VBN") || pos.equals("CD") || pos.equals("HYPH")
                || pos.equals("RB") || pos.equals("NN");
    }
}
