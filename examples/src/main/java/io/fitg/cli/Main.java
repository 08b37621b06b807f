package io.fitg.cli;

import io.fitg.api.FitgInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code fitg} command line. Exit status: 0 ran; 1 a {@code --fail-on} threshold was met; 2 bad input or
 * usage (one message on stderr, no stack trace); 3 internal error.
 */
@Command(name = "fitg", mixinStandardHelpOptions = true, version = "fitg 0.1.0",
        description = "Assesses a futures company against 《期货公司信息技术管理指引》.",
        subcommands = {CatalogCommand.class, AssessCommand.class, ExplainCommand.class, TestCommand.class, SchemaCommand.class, DiffCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILED_ON = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: catalog, assess, explain, test, diff or schema");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit status (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> t instanceof FitgInputException ? BAD_INPUT : INTERNAL);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("fitg: " + ex.getMessage());
            err.println("Try 'fitg " + (ex.getCommandLine().getCommandName().equals("fitg") ? "" :
                    ex.getCommandLine().getCommandName() + " ") + "--help'.");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof FitgInputException fi) {
                err.println("fitg: " + fi.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            err.println("fitg: internal error: " + ex);
            if (System.getenv("FITG_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            err.flush();
            return INTERNAL;
        });
        int rc = cl.execute(args);
        out.flush();
        err.flush();
        return rc;
    }
}
