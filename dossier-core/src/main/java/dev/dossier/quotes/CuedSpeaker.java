package dev.dossier.quotes;

import dev.dossier.model.TextSpan;

/**
 * A speaker found for a quotation, with the cue that attributed them: {@code null} when
 * punctuation or a neighbouring quotation credits them instead of a verb.
 */
record CuedSpeaker(Speaker speaker, TextSpan cue) {}
