package dev.dossier.cli;

import dev.dossier.engine.Dossier;
import dev.dossier.engine.DossierConfig;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes, before or after the command name ({@code dossier --db x articles}
 * and {@code dossier articles --db x} are the same).
 */
final class GlobalOptions {

    static final String DB_ENV = "DOSSIER_DB";

    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT,
            defaultValue = "${env:" + DB_ENV + ":-dossier.db}",
            description = "The store file (default: $" + DB_ENV + ", else dossier.db in the working directory).")
    Path database;

    @Option(names = "--aliases", paramLabel = "FILE", scope = ScopeType.INHERIT, defaultValue = "${env:DOSSIER_ALIASES}",
            description = "An alias file (JSON) extending the starter set of actors, their variants and roles (default: $DOSSIER_ALIASES).")
    Path aliases;

    @Option(names = "--issues", paramLabel = "FILE", scope = ScopeType.INHERIT, defaultValue = "${env:DOSSIER_ISSUES}",
            description = "An issues file (JSON): points of contention to track by name and phrases, beside those Dossier discovers "
                    + "(default: $DOSSIER_ISSUES).")
    Path issues;

    Dossier open() {
        return open(database);
    }

    Dossier open(Path store) {
        return open(store, aliases, issues);
    }

    Dossier open(Path store, Path aliasFile, Path issuesFile) {
        return Dossier.open(new DossierConfig(store, Clock.systemUTC(), aliasFile, issuesFile));
    }

    /** Whether the user named the store (option or environment) rather than taking the default. */
    boolean databaseNamed(CommandSpec spec) {
        if (System.getenv(DB_ENV) != null) {
            return true;
        }
        for (ParseResult result = spec.root().commandLine().getParseResult(); result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--db")) {
                return true;
            }
        }
        return false;
    }
}
