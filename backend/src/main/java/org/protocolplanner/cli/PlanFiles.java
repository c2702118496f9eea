package org.protocolplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.PlanDocumentReader;

/**
 * Reads and writes the documents the commands work on. A malformed plan surfaces as the reader's
 * {@code MalformedDocumentException}, which the dispatcher turns into exit code 2.
 */
final class PlanFiles {

    private final PlanDocumentReader reader = new PlanDocumentReader();

    /** @throws UsageException when the file does not exist: a wrong path is the caller's slip */
    PlanDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static void write(Path file, byte[] document) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
