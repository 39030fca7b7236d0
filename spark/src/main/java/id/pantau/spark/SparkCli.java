package id.pantau.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code pantau spark}: the ingest pipeline as a Spark job, on {@code local[N]} for users without a cluster, or
 * under {@code spark-submit} against any master (then {@code --master} is left out and the cluster's is used).
 */
@Command(name = "pantau spark", mixinStandardHelpOptions = true, subcommands = {SparkCli.Ingest.class, SparkCli.Bench.class},
        description = "Run Pantau's ingest pipeline on Apache Spark.")
public final class SparkCli implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SparkCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, c, p) -> {
            err.println("pantau spark: error: " + e.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    static SparkSession session(String master, int partitions) {
        SparkSession.Builder b = SparkSession.builder().appName("pantau")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(partitions))
                .config("spark.default.parallelism", String.valueOf(partitions));
        if (master != null) {
            b.master(master).config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
        }
        return b.getOrCreate();
    }

    static int threadsOf(String master) {
        if (master == null) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+|\\*)\\]").matcher(master);
        if (!m.matches()) {
            return master.equals("local") ? 1 : 0;
        }
        return m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Read, clean, deduplicate and code INPUTs (files, folders, globs; local paths or Hadoop URIs) into --out.")
    static final class Ingest implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "INPUT")
        List<String> inputs;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (replaced if it exists).")
        String out;

        @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] (default: the one spark-submit gives, else local[*]).")
        String master;

        @Option(names = "--partitions", defaultValue = "0", description = "Partitions for the per-document work (default: 4 per thread).")
        int partitions;

        @Option(names = "--dates", paramLabel = "CSV", description = "CSV with columns doc_id,published (and optionally source), as for pantau ingest.")
        Path dates;

        @Option(names = "--store", paramLabel = "JDBC_URL", description = "When the job is done, load its output into this PostgreSQL "
                + "store (as pantau import --store does; --out must then be a local folder).")
        String store;

        @Option(names = "--data", paramLabel = "DIR", description = "With --store: the data directory of the search index that serves it "
                + "(default: $PANTAU_DATA, else ./pantau-data).")
        Path data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if ((store != null || data != null) && out.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && !out.startsWith("file://")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--store and --data load the output from a local folder;"
                        + " --out " + out + " is not one (run pantau import on a copy of it instead)");
            }
            String m = master != null ? master : System.getProperty("spark.master") == null ? "local[*]" : null;
            int parts = partitions > 0 ? partitions : 4 * Math.max(1, threadsOf(m == null ? System.getProperty("spark.master") : m));
            try (SparkSession spark = session(m, parts)) {
                SparkIngest.Summary s = SparkIngest.run(spark, inputs, out, parts,
                        dates == null ? id.pantau.ingest.DocumentMeta.NONE : id.pantau.ingest.DocumentMeta.read(dates));
                spec.commandLine().getOut().printf("pantau spark: %,d documents (%,d duplicates), %,d rejected, %,d events (%,d merged),"
                        + " %,d actor labels in %.1f s (%.0f docs/s) -> %s%n", s.documents(), s.duplicates(), s.rejected(), s.events(),
                        s.mergedEvents(), s.labels(), s.seconds(), s.docsPerSecond(), out);
            }
            if (store != null || data != null) {
                // the driver loads the run into the store through the core's own import (the same Store class, over JDBC)
                java.util.List<String> args = new java.util.ArrayList<>(List.of("import", out.replaceFirst("^file://", "")));
                if (data != null) {
                    args.addAll(List.of("--data", data.toString()));
                }
                if (store != null) {
                    args.addAll(List.of("--store", store));
                }
                return id.pantau.cli.PantauCli.execute(args.toArray(String[]::new), spec.commandLine().getOut(), spec.commandLine().getErr());
            }
            return 0;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Run the job on local[1] and local[2] (or --threads) over the same INPUTs in one run and print docs/s.")
    static final class Bench implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "INPUT")
        List<String> inputs;

        @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts to compare (default: ${DEFAULT-VALUE}).")
        List<Integer> threads;

        @Option(names = "--warmup", defaultValue = "true", negatable = true, description = "Run once untimed first (JIT, resources).")
        boolean warmup;

        @Option(names = "--scale", split = ",", paramLabel = "N",
                description = "Instead of INPUT as it is, inputs of N articles made from it (copies with new ids and perturbed text).")
        List<Integer> scale;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path tmp = Files.createTempDirectory("pantau-spark-bench");
            double first = 0;
            try {
                if (warmup) {
                    try (SparkSession spark = session("local[" + threads.get(0) + "]", 4 * threads.get(0))) {
                        SparkIngest.run(spark, inputs, tmp.resolve("warmup").toString(), 4 * threads.get(0));
                    }
                }
                List<List<String>> runs = new java.util.ArrayList<>();
                if (scale == null) {
                    runs.add(inputs);
                } else {
                    List<String> corpus = Files.readAllLines(Path.of(inputs.get(0)));
                    for (int n : scale) {
                        Path f = tmp.resolve("scale-" + n + ".jsonl");
                        id.pantau.bench.ScaleBenchmark.write(corpus, n, f);
                        runs.add(List.of(f.toString()));
                    }
                }
                for (List<String> run : runs) {
                    for (int t : threads) {
                        System.gc();
                        // heap in use, sampled every 50 ms (in local mode the driver and the executors share this JVM)
                        long[] peakBytes = {0};
                        Thread sampler = new Thread(() -> {
                            while (!Thread.currentThread().isInterrupted()) {
                                Runtime rt = Runtime.getRuntime();
                                peakBytes[0] = Math.max(peakBytes[0], rt.totalMemory() - rt.freeMemory());
                                try {
                                    Thread.sleep(50);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        }, "heap-sampler");
                        sampler.setDaemon(true);
                        sampler.start();
                        long cpu0 = cpu();
                        SparkIngest.Summary s;
                        try (SparkSession spark = session("local[" + t + "]", 4 * t)) {
                            s = SparkIngest.run(spark, run, tmp.resolve("t" + t).toString(), 4 * t);
                        }
                        double cpu = (cpu() - cpu0) / 1e9;
                        sampler.interrupt();
                        first = first == 0 || scale != null && t == threads.get(0) ? s.docsPerSecond() : first;
                        long peak = peakBytes[0];
                        out.printf("local[%d]: %,d documents in %.1f s = %.0f docs/s (%.2fx local[%d]); CPU %.1f s = %.2f cores; peak heap in use %,d MB%n",
                                t, s.documents(), s.seconds(), s.docsPerSecond(), s.docsPerSecond() / first, threads.get(0), cpu,
                                cpu / s.seconds(), peak >> 20);
                        out.flush();
                    }
                }
            } finally {
                delete(tmp);
            }
            return 0;
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }
}
