package dev.dossier.cli;

/** The exit codes of every command, as DESIGN.md fixes them. */
final class ExitCodes {

    /** All went well. */
    static final int OK = 0;
    /** Something failed: a rejected document, a store that cannot be opened, an unknown id. */
    static final int FAILURE = 1;
    /** The command line was wrong: an unknown option, a missing argument. */
    static final int USAGE = 2;

    private ExitCodes() {}
}
