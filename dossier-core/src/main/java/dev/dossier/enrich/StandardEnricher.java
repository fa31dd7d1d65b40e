package dev.dossier.enrich;

import dev.dossier.entities.AliasBook;
import dev.dossier.entities.AliasEntry;
import dev.dossier.model.ActorMention;
import dev.dossier.model.Attribution;
import dev.dossier.model.CleanArticle;
import dev.dossier.model.EnrichedArticle;
import dev.dossier.model.Event;
import dev.dossier.model.NamedActor;
import dev.dossier.model.Published;
import dev.dossier.model.Quote;
import dev.dossier.model.SaidOn;
import dev.dossier.model.SpeakerKind;
import dev.dossier.model.TemporalExpression;
import dev.dossier.model.TextSpan;
import dev.dossier.nlp.AnnotatedText;
import dev.dossier.nlp.Nlp;
import dev.dossier.quotes.Attributor;
import dev.dossier.time.SaidOnResolver;
import dev.dossier.time.TemporalTagger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Annotates an English article with the NLP adapter, links its named entities into actors, finds its
 * statements with their speakers, and dates each statement. Articles in other languages are
 * recorded as skipped: the models are English. Stateless and thread-safe.
 */
final class StandardEnricher implements Enricher {

    /** How many days before publication a statement's day may lie and still date the same speaker's undated words. */
    private static final int CONTEXT_DAYS = 7;

    private final Nlp nlp;
    private final AliasBook aliases;
    private final Attributor attributor = Attributor.rules();

    StandardEnricher(Nlp nlp, AliasBook aliases) {
        this.nlp = nlp;
        this.aliases = aliases;
    }

    @Override
    public EnrichedArticle enrich(CleanArticle article) {
        if (article.language() != null && !article.language().equals("en")) {
            return EnrichedArticle.skipped(article, "language '" + article.language() + "': actors and quotes are found in English only");
        }
        String text = article.text();
        AnnotatedText annotated = nlp.annotate(text);
        LocalActors actors = LocalActors.of(annotated);
        List<Attribution> attributions = attributor.attribute(annotated);
        String masked = maskContents(text, attributions);
        Published anchor = datingAnchor(article);
        List<TemporalExpression> expressions = TemporalTagger.rules().tag(text, anchor == null ? null : anchor.day());
        List<Quote> quotes = new ArrayList<>();
        for (Attribution attribution : attributions) {
            quotes.add(quote(article, annotated, masked, expressions, actors, attribution, aliases));
        }
        List<Event> events = Events.find(annotated, expressions, attributions, actors.mentions());
        return new EnrichedArticle(article, actors.mentions(), datedByContext(quotes), events, null, null);
    }

    private static Quote quote(CleanArticle article, AnnotatedText annotated, String masked, List<TemporalExpression> expressions,
            LocalActors actors, Attribution a, AliasBook aliases) {
        String text = article.text();
        TextSpan anchor = a.cue() != null ? a.cue() : a.content();
        int sentence = annotated.sentenceAt(anchor.start());
        TextSpan clause = sentence < 0 ? a.content() : annotated.sentences().get(sentence).span();
        SaidOn saidOn = SaidOnResolver.resolve(masked, clause, a.cue(), datingAnchor(article), expressions);
        NamedActor speaker = null;
        boolean definite = a.speakerKind() != SpeakerKind.ANONYMOUS && a.speakerKind() != SpeakerKind.UNKNOWN;
        SpeakerKind kind = a.speakerKind();
        if (definite && a.resolvedSource() != null) {
            speaker = actors.actorFor(a.resolvedSource(), a.resolvedSource().of(text));
        } else if (kind == SpeakerKind.ROLE && a.source() != null) {
            speaker = roleHolder(aliases, a.source(), text, saidOn, actors);
        }
        if (definite && speaker == null) {
            kind = SpeakerKind.UNKNOWN; // a pronoun or role that could not be resolved names nobody
        }
        return new Quote(
                id(article.id(), a.content()),
                article.id(),
                a.kind(),
                words(a.content().of(text)),
                a.content(),
                kind,
                speaker,
                a.source() == null ? null : a.source().of(text),
                a.cue() == null ? null : a.cue().of(text),
                saidOn);
    }

    /**
     * The publication date that statements and events are dated against, or null. A date estimated
     * from a relative age ("3 hours ago" on an aggregator page, read against a fetch time that may
     * be the ingest time) or taken from the ingest time itself is not a date to build on: against
     * it "on Monday" would become a confident wrong day, so such articles' expressions stay
     * unresolved.
     */
    private static Published datingAnchor(CleanArticle article) {
        Published published = article.published();
        if (published == null || published.from().isEstimate()) {
            return null;
        }
        return published;
    }

    /**
     * A statement the text does not date takes the day the article gives for an earlier statement
     * of the same speaker ("Lavrov said Friday ... 'There is no meeting planned,' Lavrov said"),
     * marked as dated by context, not by its own text. Only a day of the week the article reports
     * on passes on: a statement recalled from further back ("As recently as March 11", "who a
     * fortnight ago dismissed") is background, and the speaker's next words are the news.
     */
    private static List<Quote> datedByContext(List<Quote> quotes) {
        Map<NamedActor, SaidOn> dated = new HashMap<>();
        List<Quote> result = new ArrayList<>(quotes.size());
        for (Quote quote : quotes) {
            SaidOn saidOn = quote.saidOn();
            SaidOn other = quote.speaker() == null ? null : dated.get(quote.speaker());
            if (quote.speaker() != null && saidOn != null && SaidOn.FROM_TEXT.equals(saidOn.basis())) {
                dated.put(quote.speaker(), saidOn);
            } else if (other != null && saidOn != null && SaidOn.FROM_PUBLISHED.equals(saidOn.basis())
                    && !other.date().isBefore(saidOn.date().minusDays(CONTEXT_DAYS))) {
                quote = new Quote(quote.id(), quote.articleId(), quote.kind(), quote.text(), quote.span(), quote.speakerKind(),
                        quote.speaker(), quote.speakerMention(), quote.cue(), new SaidOn(other.date(), other.precision(), SaidOn.FROM_CONTEXT));
            }
            result.add(quote);
        }
        return result;
    }

    /**
     * The one person the alias book gives the role on the day said ("Russia's top diplomat" in 2025:
     * Sergei Lavrov). When several held it (on a page with no date, or an office two people share),
     * the one of them the article names: "the Russian leader" in a report that names Putin. When
     * the article names more than one of them, the description takes up the one it has been about
     * so far: the holder named most often before it, the nearer if two are named as often ("Trump
     * has made little progress ... the US president appeared to vent", Biden named only after).
     * None of them named before it: nobody.
     */
    private static NamedActor roleHolder(AliasBook aliases, TextSpan description, String text, SaidOn saidOn, LocalActors actors) {
        List<AliasEntry> holders = aliases.byRole(description.of(text), saidOn == null ? null : saidOn.date());
        if (holders.size() > 1) {
            holders = namedBefore(holders, description, aliases, actors);
        }
        if (holders.size() != 1) {
            return null;
        }
        AliasEntry holder = holders.get(0);
        return new NamedActor(holder.name(), holder.type());
    }

    /**
     * Of several holders of a role, the ones the article names: all of them when it names one, else
     * the one it names most often before the description (ties to the one named last), else none.
     */
    private static List<AliasEntry> namedBefore(List<AliasEntry> holders, TextSpan description, AliasBook aliases, LocalActors actors) {
        Map<NamedActor, Optional<AliasEntry>> entries = new HashMap<>(); // an article names its actors many times; each name is looked up once
        Map<AliasEntry, Integer> before = new HashMap<>();
        Map<AliasEntry, Integer> last = new HashMap<>();
        Set<AliasEntry> named = new HashSet<>();
        for (ActorMention mention : actors.mentions()) {
            Optional<AliasEntry> entry = entries.computeIfAbsent(mention.actor(), actor -> aliases.byName(actor.name()));
            if (entry.isEmpty() || !holders.contains(entry.get())) {
                continue;
            }
            named.add(entry.get());
            if (mention.span().end() <= description.start()) {
                before.merge(entry.get(), 1, Integer::sum);
                last.put(entry.get(), mention.span().start());
            }
        }
        if (named.size() <= 1) {
            return List.copyOf(named);
        }
        Comparator<AliasEntry> salience = Comparator.<AliasEntry>comparingInt(before::get).thenComparingInt(last::get);
        return before.keySet().stream().max(salience).map(List::of).orElse(List.of());
    }

    /** The statement's words, without the mark that reopens a quotation in its next paragraph. */
    private static String words(String content) {
        return content.replaceAll("\\n\\n[“\"‘'«„]", "\n\n");
    }

    /** The text with every statement's words blanked out, so a day named inside a quotation does not date it. */
    private static String maskContents(String text, List<Attribution> attributions) {
        char[] masked = text.toCharArray();
        for (Attribution attribution : attributions) {
            for (int i = attribution.content().start(); i < attribution.content().end(); i++) {
                masked[i] = ' ';
            }
        }
        return new String(masked);
    }

    private static String id(String articleId, TextSpan span) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((articleId + ":" + span.start() + ":" + span.end()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
