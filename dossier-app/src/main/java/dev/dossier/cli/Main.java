package dev.dossier.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code dossier} command. Output is always UTF-8, whatever the platform's default: news text
 * is full of curly quotes and non-Latin names.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs one command line, writing to the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new DossierCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(exception -> ExitCodes.FAILURE)
                .setParameterExceptionHandler((exception, arguments) -> {
                    CommandLine command = exception.getCommandLine();
                    command.getErr().println("error: " + exception.getMessage());
                    command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
                    command.getErr().flush();
                    return ExitCodes.USAGE;
                })
                .setExecutionExceptionHandler((exception, command, parseResult) -> {
                    command.getErr().println("error: " + describe(exception));
                    command.getErr().flush();
                    return ExitCodes.FAILURE;
                });
        commandLine.getCommandSpec().usageMessage().width(100);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String describe(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
    }
}
