package org.protocolplanner.shared.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's {@code pg_ctl} beside the server's own executable, run the way the embedded server's
 * library runs it: inside {@code unshare -U} when this process is root, since PostgreSQL refuses to
 * run as root.
 */
final class PgCtl {

    private final Path executable;

    private PgCtl(Path executable) {
        this.executable = executable;
    }

    static PgCtl beside(Path postgresExecutable) {
        return new PgCtl(postgresExecutable.resolveSibling("pg_ctl"));
    }

    List<String> command(String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * Runs {@code pg_ctl} to its end. Its arguments must bound its wait ({@code -t}) and send a server's
     * output elsewhere ({@code -l}), since its own output is read until the last writer closes it.
     *
     * @throws IllegalStateException with {@code pg_ctl}'s own words when it fails
     */
    void run(String... arguments) {
        try {
            Process process = new ProcessBuilder(command(arguments))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pg_ctl " + arguments[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running pg_ctl " + arguments[0], e);
        }
    }
}
