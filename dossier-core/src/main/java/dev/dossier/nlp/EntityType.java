package dev.dossier.nlp;

/** The kinds of named entity the NER model tells apart. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
}
