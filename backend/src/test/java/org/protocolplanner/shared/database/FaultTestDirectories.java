package org.protocolplanner.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the fault tests keep the data directories of the applications they start, and their output. */
final class FaultTestDirectories {

    private FaultTestDirectories() {}

    /** A new, empty directory under the build's {@code fault-tests} directory. */
    static Path fresh(String name) throws IOException {
        Path parent = Path.of(System.getProperty("fault-tests.dir", "target/fault-tests"))
                .toAbsolutePath();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, name + "-");
    }

    /** The application's console output, beside its data directory, so that a full data disk cannot swallow it. */
    static Path output(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".out");
    }
}
