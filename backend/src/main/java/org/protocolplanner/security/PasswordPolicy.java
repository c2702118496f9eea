package org.protocolplanner.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;

/**
 * The password rules of NIST SP 800-63B (5.1.1.2) outside demo mode: at least {@value #MINIMUM_LENGTH}
 * characters, no composition rules, and refused when it is a commonly used password or contains the
 * account's name. The common passwords are a small list bundled with the application
 * ({@code common-passwords.txt}, about 240 entries written down by hand from the published lists of the
 * most common passwords, plus this application's own name), compared without regard to case; a password
 * that only repeats a listed one ("qwertyqwerty") or a single character is refused as well.
 *
 * <p>In every mode a password may have at most {@value #MAXIMUM_BYTES} bytes in UTF-8: BCrypt ignores
 * what comes after, so a longer one would be a promise the hash does not keep. Demo mode, whose accounts
 * share the published password "demo", takes any other non-empty password.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_BYTES = 72;
    /** A name shorter than this is too common a part of words to refuse passwords for containing it. */
    private static final int SHORTEST_NAME_CHECKED = 3;

    private static final Set<String> COMMON = load();

    private final boolean demoMode;

    public PasswordPolicy(boolean demoMode) {
        this.demoMode = demoMode;
    }

    /** Demo mode: the demo accounts sign in with the published password, whatever else is configured. */
    public boolean isDemoMode() {
        return demoMode;
    }

    /** @throws InvalidRequestException naming {@code path} when the password breaks a rule */
    void check(String path, String password) {
        check(path, password, null);
    }

    /** @throws InvalidRequestException naming {@code path} when the password breaks a rule */
    void check(String path, String password, String username) {
        Message broken = brokenRule(password, username);
        if (broken != null) {
            throw new InvalidRequestException(path, broken);
        }
    }

    /** What is wrong with the password, or null when nothing is. */
    public Message brokenRule(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Message.of("input.password.empty");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Message.of("input.password.too-long", MAXIMUM_BYTES);
        }
        if (demoMode) {
            return null;
        }
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Message.of("input.password.too-short", MINIMUM_LENGTH);
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (isCommon(folded)) {
            return Message.of("input.password.common");
        }
        if (username != null
                && username.length() >= SHORTEST_NAME_CHECKED
                && folded.contains(username.toLowerCase(Locale.ROOT))) {
            return Message.of("input.password.user-name");
        }
        return null;
    }

    private static boolean isCommon(String folded) {
        if (COMMON.contains(folded) || folded.codePoints().distinct().count() == 1) {
            return true;
        }
        // A listed password repeated: "qwertyqwerty", "123456123456".
        for (int length = 1; length <= folded.length() / 2; length++) {
            if (folded.length() % length == 0
                    && folded.equals(folded.substring(0, length).repeat(folded.length() / length))
                    && COMMON.contains(folded.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    common.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}
