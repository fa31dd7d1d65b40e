package dev.dossier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "dossier", mixinStandardHelpOptions = true, version = "Dossier 0.1.0",
        description = {"Dossier turns news pages from many outlets into a clean, cited record of developing stories.", ""},
        subcommands = {IngestCommand.class, ArticlesCommand.class, ShowCommand.class, SearchCommand.class, QuotesCommand.class,
                EntitiesCommand.class, DatesCommand.class, TimelineCommand.class, StoriesCommand.class, StoryCommand.class, PositionsCommand.class,
                DeadlinesCommand.class,
                ExportCommand.class, ServeCommand.class, DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all went well", "1:something failed (a rejected document, an unknown id, a store error)",
                "2:bad usage (unknown option, missing argument)"})
final class DossierCommand implements Runnable {

    @Mixin
    GlobalOptions global;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
