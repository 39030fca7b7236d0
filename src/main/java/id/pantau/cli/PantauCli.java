package id.pantau.cli;

import id.pantau.store.StoreException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code pantau} command: subcommands for ingesting, inspecting, exporting and benchmarking. */
@Command(name = "pantau", mixinStandardHelpOptions = true, version = "pantau 0.1.0",
        description = "Pantau: an open conflict observatory for Indonesian-language news.",
        subcommands = {IngestCommand.class, ImportCommand.class, DocsCommand.class, EventsCommand.class, FramingCommand.class, IndexCommand.class, ServeCommand.class, NerCommand.class, PlacesCommand.class, DemoCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (rerun with --stacktrace and report it)",
                "2:bad command line", "3:finished, but some inputs were rejected",
                "4:nothing found / every input rejected", "5:data store error", "6:cannot write output",
                "130:stopped by Ctrl-C (what was read is committed; run again to finish)", "143:stopped by SIGTERM (as 130)"})
public final class PantauCli implements Runnable {
    @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the full stack trace of an error.")
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Log messages of the libraries Pantau uses (Flyway, Javalin, Jetty): error, warn (default), info, debug or trace. */
    @Option(names = "--log-level", paramLabel = "LEVEL", scope = CommandLine.ScopeType.INHERIT,
            description = "Log level of the libraries Pantau uses: error, warn (default), info, debug or trace.")
    void setLogLevel(String level) {
        String l = level.toLowerCase(java.util.Locale.ROOT);
        if (!java.util.List.of("error", "warn", "info", "debug", "trace", "off").contains(l)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --log-level '" + level
                    + "' (use error, warn, info, debug or trace)");
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", l);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        useJdkXmlParser();
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * boilerpipe's NekoHTML brings Xerces, which would become the JAXP default and refuse the
     * secure-processing attributes OpenNLP sets when it reads model descriptors; the JDK's own
     * parser accepts them.
     */
    static void useJdkXmlParser() {
        if (System.getProperty("javax.xml.parsers.DocumentBuilderFactory") == null) {
            System.setProperty("javax.xml.parsers.DocumentBuilderFactory",
                    "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        }
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        useJdkXmlParser();
        CommandLine cli = new CommandLine(new PantauCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE
                : e instanceof PantauException p ? p.exitCode()
                : e instanceof StoreException ? ExitCodes.STORE : ExitCodes.SOFTWARE);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean trace = parseResult.hasMatchedOption("--stacktrace");
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            commandLine.getErr().println("pantau: error: " + msg);
            if (trace) {
                ex.printStackTrace(commandLine.getErr());
            } else if (!(ex instanceof PantauException) && !(ex instanceof StoreException)) {
                commandLine.getErr().println("pantau: this looks like a bug; rerun with --stacktrace and report it");
            }
            return commandLine.getExitCodeExceptionMapper().getExitCode(ex);
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
