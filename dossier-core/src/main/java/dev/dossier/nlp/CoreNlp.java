package dev.dossier.nlp;

import dev.dossier.model.TextSpan;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Stanford CoreNLP in its fastest configuration that serves Dossier: tokenizer, sentence splitter,
 * the left3words POS tagger and the 3-class CRF named-entity model, with no fine-grained classes,
 * no SUTime and no numeric classifiers (dates are the time stage's job). Lemmas are not needed, so
 * annotator requirements are not enforced.
 *
 * <p>Bounded time per text: CoreNLP's cost grows with sentence length, so the text is annotated
 * in chunks of at most {@value #MAX_CHUNK} characters cut at paragraph breaks, or failing that at
 * spaces, and the results are stitched back with their offsets.
 *
 * <p>Thread-safe: the pipeline is built once per process and shared; StanfordCoreNLP annotates
 * separate documents concurrently.
 */
final class CoreNlp implements Nlp {

    static final int MAX_CHUNK = 4000;

    private final StanfordCoreNLP pipeline;

    private CoreNlp(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    static CoreNlp shared() {
        return Holder.INSTANCE;
    }

    /** The library's settings, in the one place they are written down. */
    static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,ner");
        properties.setProperty("enforceRequirements", "false");
        properties.setProperty("tokenize.language", "en");
        properties.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep,splitHyphenated=false");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        properties.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        properties.setProperty("ner.applyFineGrained", "false");
        properties.setProperty("ner.useSUTime", "false");
        properties.setProperty("ner.applyNumericClassifiers", "false");
        properties.setProperty("ner.buildEntityMentions", "true");
        properties.setProperty("ner.docdate.useFixedDate", "");
        return properties;
    }

    @Override
    public AnnotatedText annotate(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = chunkEnd(text, start);
            annotateChunk(text.substring(start, end), start, sentences, tokens, mentions);
            start = end;
        }
        return new AnnotatedText(text, sentences, tokens, mentions);
    }

    private void annotateChunk(String chunk, int offset, List<Sentence> sentences, List<Token> tokens, List<EntityMention> mentions) {
        if (chunk.isBlank()) {
            return;
        }
        CoreDocument document = new CoreDocument(chunk);
        pipeline.annotate(document);
        int chunkStart = sentences.size();
        for (CoreSentence sentence : document.sentences()) {
            boolean continues = sentences.size() > chunkStart && continuesAbbreviation(tokens, sentence.tokens());
            int sentenceIndex = continues ? sentences.size() - 1 : sentences.size();
            int firstToken = continues ? sentences.get(sentenceIndex).firstToken() : tokens.size();
            List<CoreLabel> labels = sentence.tokens();
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel label = labels.get(i);
                tokens.add(new Token(
                        new TextSpan(offset + label.beginPosition(), offset + label.endPosition()),
                        label.originalText(),
                        tag(labels, i),
                        entityType(label.ner()),
                        sentenceIndex));
            }
            int begin = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
            int finish = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
            if (continues) {
                Sentence previous = sentences.remove(sentenceIndex);
                sentences.add(new Sentence(new TextSpan(previous.span().start(), offset + finish), firstToken, tokens.size()));
            } else {
                sentences.add(new Sentence(new TextSpan(offset + begin, offset + finish), firstToken, tokens.size()));
            }
            int labelOffset = tokens.size() - labels.size() - firstToken; // tokens of the sentence before, when joined
            for (CoreEntityMention mention : sentence.entityMentions()) {
                EntityType type = entityType(mention.entityType());
                if (type == null) {
                    continue;
                }
                List<CoreLabel> mentionTokens = mention.tokens();
                if (mentionTokens.stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"))) {
                    continue; // CoreNLP types pronouns ("he", "his") as PERSON mentions; they are not names
                }
                int skipped = notOfTheName(mentionTokens, labels);
                CoreLabel opening = mentionTokens.get(skipped);
                int first = firstToken + labelOffset + opening.get(CoreAnnotations.IndexAnnotation.class) - 1;
                int last = firstToken + labelOffset + mentionTokens.get(mentionTokens.size() - 1).get(CoreAnnotations.IndexAnnotation.class);
                int nameStart = skipped == 0 ? mention.charOffsets().first() : opening.beginPosition();
                TextSpan span = new TextSpan(offset + nameStart, offset + mention.charOffsets().second());
                mentions.add(new EntityMention(span, chunk.substring(nameStart, mention.charOffsets().second()), type, sentenceIndex, first, last));
            }
        }
    }

    /**
     * How many of a mention's first tokens are no part of the name: one for the social network in
     * "he wrote on X. Brandt added", whose full stop the tokenizer reads as an initial's, else none.
     * (Capitalised prepositions the model takes in, "Among Brandt's posts", are left: in a Turkish
     * default locale CoreNLP tags "In Orsk" a person, and trimming "In" made it a person named Orsk.)
     */
    private static int notOfTheName(List<CoreLabel> mention, List<CoreLabel> sentence) {
        int index = mention.get(0).get(CoreAnnotations.IndexAnnotation.class); // 1-based in the sentence
        boolean network = mention.size() > 1 && mention.get(0).word().equals("X.") && index >= 2
                && sentence.get(index - 2).word().equalsIgnoreCase("on");
        return network ? 1 : 0;
    }

    /**
     * Whether a sentence CoreNLP split off goes on the one before: the splitter ends a sentence at
     * an abbreviation's full stop inside brackets ("Sen. Ola Brandt (D-Ore.), noting ...", "(R-Utah)
     * said"), so a sentence that opens with a comma or a lower-case word right after ".)" is the
     * same sentence.
     */
    private static boolean continuesAbbreviation(List<Token> before, List<CoreLabel> next) {
        if (before.size() < 2 || next.isEmpty()) {
            return false;
        }
        Token close = before.get(before.size() - 1);
        Token stop = before.get(before.size() - 2);
        String first = next.get(0).word();
        boolean opensLow = first.equals(",") || first.equals(";") || Character.isLowerCase(first.charAt(0));
        return close.word().equals(")") && stop.word().equals(".") && stop.span().end() == close.span().start() && opensLow;
    }

    /**
     * The part of speech of token {@code i}: CoreNLP's, corrected where it is known to misread a
     * name: an {@link #abbreviationStop abbreviation's full stop}, and a number word written with a
     * capital inside a sentence before a proper noun ("Zero Tarnville said"), which opens the name.
     */
    private static String tag(List<CoreLabel> labels, int i) {
        CoreLabel label = labels.get(i);
        if (abbreviationStop(labels, i)) {
            return labels.get(i - 1).tag();
        }
        if ("CD".equals(label.tag()) && i > 0 && i + 1 < labels.size() && label.word().matches("\\p{Lu}\\p{Ll}+")
                && "NNP".equals(labels.get(i + 1).tag())) {
            return "NNP";
        }
        return label.tag() == null ? "" : label.tag();
    }

    /**
     * Whether token {@code i} is the full stop of an abbreviation closed by a bracket ("Rep. Ola
     * Brandt (D-Ore.) said"): CoreNLP splits it off and tags it as a sentence's end; it is tagged as
     * the abbreviation it belongs to, so that no rule reads the sentence as ending there.
     */
    private static boolean abbreviationStop(List<CoreLabel> labels, int i) {
        if (i == 0 || i + 1 >= labels.size() || !labels.get(i).word().equals(".")) {
            return false;
        }
        CoreLabel word = labels.get(i - 1);
        CoreLabel close = labels.get(i + 1);
        return word.tag() != null && word.endPosition() == labels.get(i).beginPosition()
                && close.word().equals(")") && close.beginPosition() == labels.get(i).endPosition();
    }

    /** Where the chunk starting at {@code start} ends: a paragraph break, else a space, within the limit. */
    private static int chunkEnd(String text, int start) {
        if (text.length() - start <= MAX_CHUNK) {
            return text.length();
        }
        int limit = start + MAX_CHUNK;
        int paragraph = text.lastIndexOf("\n\n", limit);
        if (paragraph > start) {
            return paragraph + 2;
        }
        int sentence = text.lastIndexOf(". ", limit);
        if (sentence > start + MAX_CHUNK / 2) {
            return sentence + 2;
        }
        int space = text.lastIndexOf(' ', limit);
        return space > start ? space + 1 : limit;
    }

    private static EntityType entityType(String tag) {
        if (tag == null || tag.equals("O")) {
            return null;
        }
        return switch (tag.toUpperCase(Locale.ROOT)) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }

    /** Builds the pipeline on first use, in a default locale its models can read ({@link EnglishCase}). */
    private static final class Holder {
        static final CoreNlp INSTANCE = load();

        private static CoreNlp load() {
            EnglishCase.ensure();
            return new CoreNlp(new StanfordCoreNLP(properties()));
        }
    }
}
