package org.protocolplanner.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.protocolplanner.exchange.MalformedDocumentException;
import org.protocolplanner.shared.web.InputError;

/**
 * The commands that run without a web server or a Spring context: {@code solve}, {@code baseline},
 * {@code generate}, {@code benchmark} and {@code convert-meeting-scheduling} without a database, and
 * {@code database}, which runs the embedded database alone for application instances to share. Exit
 * codes: 0 done, 1 a usage error (with the usage lines), 2 a malformed document (with the exchange
 * format's {@code path: message} lines).
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int USAGE_ERROR = 1;
    public static final int MALFORMED_DOCUMENT = 2;

    /** Read by logback when it starts: the solver's step logging would swamp the one-line answers. */
    private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";

    private CommandLine() {}

    /**
     * True when the arguments start with a word rather than an option for the application: one of this
     * class's commands, {@code help}, or a mistyped one, which is answered with the usage lines instead of
     * starting the application on the user's data.
     */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Quiets logging before any logger exists; only for a process that runs a command and exits. */
    public static void quietLogging() {
        if (System.getProperty(LOGBACK_CONFIGURATION) == null) {
            System.setProperty(LOGBACK_CONFIGURATION, "cli-logback.xml");
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "solve" -> SolveCommand.run(rest, out);
                case "baseline" -> BaselineCommand.run(rest, out);
                case "generate" -> GenerateCommand.run(rest, out);
                case "benchmark" -> BenchmarkCommand.run(rest, out);
                case "convert-meeting-scheduling" -> ConvertMeetingSchedulingCommand.run(rest);
                case "database" -> DatabaseCommand.run(rest, out);
                case "help" -> printUsage(out);
                default -> throw new UsageException("unknown command " + args[0]);
            }
            out.flush();
            return OK;
        } catch (UsageException e) {
            err.println(e.getMessage());
            printUsage(err);
            return USAGE_ERROR;
        } catch (MalformedDocumentException e) {
            for (InputError error : e.errors()) {
                err.println(error.path() + ": " + error.message());
            }
            return MALFORMED_DOCUMENT;
        }
    }

    private static void printUsage(PrintStream to) {
        to.println("usage: " + SolveCommand.USAGE);
        to.println("       " + BaselineCommand.USAGE);
        to.println("       " + GenerateCommand.USAGE);
        to.println("       " + BenchmarkCommand.USAGE);
        to.println("       " + ConvertMeetingSchedulingCommand.USAGE);
        to.println("       " + DatabaseCommand.USAGE);
        to.println("       (no command, or only --options: starts the application)");
    }
}
