package id.pantau.cli;

import id.pantau.model.Rejection;
import id.pantau.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pantau docs rejected}: the inputs that were refused, and why. */
@Command(name = "rejected", mixinStandardHelpOptions = true, description = "List rejected inputs with the reason.")
public final class DocsRejectedCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = data.openStore()) {
            List<Rejection> all = store.rejections();
            for (Rejection r : all) {
                out.println(r.origin().describe() + "\t" + r.origin().reader() + "\t" + r.reason());
            }
            out.printf("(%,d rejected)%n", all.size());
        }
        return ExitCodes.OK;
    }
}
