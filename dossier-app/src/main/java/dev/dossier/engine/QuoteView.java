package dev.dossier.engine;

import dev.dossier.model.QuoteRecord;
import dev.dossier.model.Source;
import java.util.List;
import java.util.Locale;

/**
 * A statement in JSON, with the field names of DESIGN.md's contract: {@code id, kind, text,
 * speaker{id,name}, speakerMention, cue, articleId, start, end, saidOn, sources}, plus the speaker
 * kind and the day's precision. Offsets are character offsets into the article's {@code text}.
 */
public record QuoteView(
        String id,
        String kind,
        String text,
        SpeakerView speaker,
        String speakerMention,
        String speakerKind,
        String cue,
        String articleId,
        int start,
        int end,
        String saidOn,
        String saidOnPrecision,
        List<SourceView> sources) {

    /** The speaker as an actor of the store. */
    public record SpeakerView(long id, String name) {}

    /** An article that carried the statement. */
    public record SourceView(String articleId, String outlet, String title, String url, String published) {
        public static SourceView of(Source source) {
            return new SourceView(source.articleId(), source.outlet(), source.title(), source.url(),
                    source.published() == null ? null : source.published().iso());
        }
    }

    public static QuoteView of(QuoteRecord quote) {
        return new QuoteView(
                quote.id(),
                quote.kind().key(),
                quote.text(),
                quote.speakerId() == null ? null : new SpeakerView(quote.speakerId(), quote.speakerName()),
                quote.speakerMention(),
                quote.speakerKind().key(),
                quote.cue(),
                quote.articleId(),
                quote.span().start(),
                quote.span().end(),
                quote.saidOn() == null ? null : quote.saidOn().iso(),
                quote.saidOn() == null ? null : quote.saidOn().precision().name().toLowerCase(Locale.ROOT),
                quote.sources().stream().map(SourceView::of).toList());
    }
}
