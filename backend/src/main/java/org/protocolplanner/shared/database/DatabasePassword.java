package org.protocolplanner.shared.database;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The embedded server's password: made once from {@link SecureRandom} on the first start, kept in the
 * data directory in a file that only its owner may read, and asked of every connection
 * ({@code scram-sha-256} in {@code pg_hba.conf}). The embedded server's library makes its servers open to
 * every local connection ({@code trust}); a server made that way, also one made before the application
 * asked for a password, gets the password and the rule at its next start.
 */
final class DatabasePassword {

    static final String USER = "postgres";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String PASSWORD_RULES = """
            # Written by Protocol Planner: every connection needs the password that is kept in the
            # application's data directory (postgres.password, readable by its owner only).
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private DatabasePassword() {}

    /** The password kept in the file, made first when there is none. */
    static String of(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IllegalStateException(
                    file + " holds no password: restore it from a backup of the data directory");
        }
        return password;
    }

    /** Written to a file that is never readable by others, then moved into place whole. */
    private static void create(Path file) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.getParent());
        Path draft = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(draft);
        Files.createFile(draft, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try (FileChannel channel = FileChannel.open(draft, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(password.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(draft, file, ATOMIC_MOVE);
    }

    /**
     * Gives the server's superuser the password and makes the server refuse connections without it,
     * unless that is so already. The password is set before the rule changes, so that a start cut off in
     * between leaves a server that either trusts everyone still or knows its password.
     */
    static void require(EmbeddedPostgres server, Path dataDirectory, String password) throws IOException, SQLException {
        Path rules = dataDirectory.resolve("pg_hba.conf");
        if (!trustsAnyone(Files.readAllLines(rules))) {
            return;
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + USER + " password '" + password.replace("'", "''") + "'");
            Path draft = rules.resolveSibling("pg_hba.conf.new");
            Files.deleteIfExists(draft);
            Files.createFile(draft, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(draft, PASSWORD_RULES, StandardCharsets.UTF_8);
            Files.move(draft, rules, ATOMIC_MOVE, REPLACE_EXISTING);
            statement.execute("select pg_reload_conf()");
        }
    }

    private static boolean trustsAnyone(List<String> rules) {
        return rules.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .anyMatch(line -> Arrays.asList(line.split("\\s+")).contains("trust"));
    }
}
