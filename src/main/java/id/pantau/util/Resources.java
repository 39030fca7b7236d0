package id.pantau.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads bundled language resources; a missing resource fails loudly, naming the file. */
public final class Resources {
    private Resources() {
    }

    /** The non-empty lines of a classpath resource that do not start with '#'. */
    public static List<String> dataLines(String path) {
        List<String> out = new ArrayList<>();
        try (InputStream in = open(path);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("bundled resource " + path + " has no entries");
        }
        return out;
    }

    /** Opens a classpath resource; throws {@link UncheckedIOException} naming it when absent. */
    public static InputStream open(String path) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException(
                    "bundled resource " + path + " is missing from the classpath (is the jar complete?)"));
        }
        return in;
    }
}
