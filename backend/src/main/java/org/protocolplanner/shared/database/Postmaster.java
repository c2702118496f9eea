package org.protocolplanner.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The PostgreSQL server process that holds a data directory: the one its lock file
 * ({@code postmaster.pid}) names, if that process is alive and is a PostgreSQL server started on that
 * very directory. A lock file can outlive its server (it was killed) and its process id can belong to
 * another program by now, so the file alone proves nothing.
 */
record Postmaster(ProcessHandle process, Path executable) {

    /** The live server on the data directory, if there is one. */
    static Optional<Postmaster> on(Path dataDirectory) {
        OptionalLong pid = lockFilePid(dataDirectory);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.getAsLong())
                .filter(process -> servesDirectory(process, dataDirectory))
                .flatMap(process -> process.info().command().map(command -> new Postmaster(process, Path.of(command))))
                .filter(Postmaster::isAlive);
    }

    /**
     * Alive, and not a zombie: a killed server whose parent has not collected it yet still has its
     * process id, but no executable any more.
     */
    boolean isAlive() {
        return process.isAlive() && process.info().command().isPresent();
    }

    /**
     * Gone for good, zombie included: until then its process id still answers, and PostgreSQL would
     * take its lock file for a running server's.
     */
    boolean hasExited() {
        return !process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    PgCtl pgCtl() {
        return PgCtl.beside(executable);
    }

    /**
     * Stops the server with a fast shutdown, which ends its sessions and writes a shutdown checkpoint,
     * and waits until it has exited.
     */
    void stop(Path dataDirectory) {
        pgCtl().run("stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60");
    }

    private static OptionalLong lockFilePid(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty()
                    ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            // No lock file, or one torn by a crash: PostgreSQL itself judges such a file at start.
            return OptionalLong.empty();
        }
    }

    /** Started with {@code -D} naming this directory, as pg_ctl starts every server. */
    private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        List<String> arguments = process.info().arguments().map(List::of).orElse(List.of());
        int flag = arguments.indexOf("-D");
        if (flag < 0 || flag + 1 >= arguments.size()) {
            return false;
        }
        try {
            return Files.isSameFile(Path.of(arguments.get(flag + 1)), dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }
}
