package io.fitg.cli;

import io.fitg.api.FitgInputException;
import io.fitg.core.Fitg;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code fitg} command line. Exit status: 0 ran; 1 a {@code --fail-on} threshold was met; 2 bad input or
 * usage (one message on stderr, no stack trace); 3 internal error.
 */
@Command(name = "fitg", mixinStandardHelpOptions = true, version = "fitg 0.1.0",
        description = "Assesses a futures company against 《期货公司信息技术管理指引》.")
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
        warmUp(args);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * For the commands that assess with the built-in engine, starts building it on a helper thread at once, so that
     * it is built while the command line, the policies and the profile are read (on two cores or more, the run ends
     * sooner by about the time reading takes). The command asks {@link Fitg#engine()} for it as before and waits for
     * the build if it is not done. Should the build fail here, nothing is said: the command's own call builds again
     * and reports the failure the usual way. Not for help, version or custom rules (which build their own engine).
     */
    static void warmUp(String[] args) {
        if (!warmsUp(args)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Fitg.engine();
            } catch (Throwable ignored) {
                // a warm-up only: the command's own call to Fitg.engine() builds again and reports the failure
            }
        }, "fitg-engine-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Whether {@link #warmUp} builds the engine for these arguments. */
    static boolean warmsUp(String[] args) {
        if (args.length == 0 || !Set.of("assess", "explain", "test").contains(args[0])) {
            return false;
        }
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")
                    || a.equals("--rules") || a.startsWith("--rules=")) {
                return false;
            }
        }
        return true;
    }

    /** The commands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("catalog", CatalogCommand::new);
        m.put("assess", AssessCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("test", TestCommand::new);
        m.put("schema", SchemaCommand::new);
        m.put("diff", DiffCommand::new);
        return m;
    }

    /**
     * The command line with the named command only when the first argument names one (picocli reads every
     * registered command's annotations up front, which is a tenth of a second of a one-profile run), else with all
     * of them (help, version, usage errors and suggestions see the full list).
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        Supplier<Object> one = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (one != null) {
            cl.addSubcommand(args[0], one.get());
        } else {
            COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        return cl;
    }

    /** Runs the CLI with the given streams and returns the exit status (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
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
