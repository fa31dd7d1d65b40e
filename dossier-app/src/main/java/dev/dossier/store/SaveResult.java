package dev.dossier.store;

/** What saving one document's articles did: how many were new, how many the store already held. */
public record SaveResult(int stored, int duplicates) {

    public SaveResult {
        if (stored < 0 || duplicates < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + stored + ", " + duplicates);
        }
    }
}
