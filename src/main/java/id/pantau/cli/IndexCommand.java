package id.pantau.cli;

import id.pantau.search.DocumentIndex;
import id.pantau.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau index rebuild}: recreate the search index from the store. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Manage the full-text search index.",
        subcommands = {IndexCommand.Rebuild.class})
public final class IndexCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code pantau index rebuild}. */
    @Command(name = "rebuild", mixinStandardHelpOptions = true, description = "Drop the search index and build it again from the store.")
    static final class Rebuild implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            long t0 = System.nanoTime();
            try (Store store = data.openStore(); DocumentIndex index = DocumentIndex.open(data.dataDir())) {
                long n = index.rebuild(store);
                if (n < 0) {
                    throw new PantauException(ExitCodes.STORE, "the search index in " + data.dataDir().resolve(DocumentIndex.DIR)
                            + " is locked by another Pantau process; stop it (or let it finish) and run pantau index rebuild again");
                }
                spec.commandLine().getOut().printf("indexed %,d documents in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            return ExitCodes.OK;
        }
    }
}
