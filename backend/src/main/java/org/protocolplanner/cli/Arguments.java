package org.protocolplanner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: {@code --name value} options and the plain values between them (files).
 * Each command names the options it knows, so a misspelt one is refused rather than ignored.
 */
final class Arguments {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {}

    static Arguments parse(List<String> args, Set<String> knownOptions) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                parsed.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            if (!knownOptions.contains(name)) {
                throw new UsageException("unknown option " + arg);
            }
            if (i + 1 >= args.size()) {
                throw new UsageException("option " + arg + " needs a value");
            }
            if (parsed.options.put(name, args.get(++i)) != null) {
                throw new UsageException("option " + arg + " is given twice");
            }
        }
        return parsed;
    }

    List<String> positional() {
        return positional;
    }

    Path requiredPath(String name) {
        return Path.of(required(name));
    }

    int requiredInt(String name) {
        return toInt(name, required(name));
    }

    int intOr(String name, int fallback) {
        String value = options.get(name);
        return value == null ? fallback : toInt(name, value);
    }

    long requiredLong(String name) {
        String value = required(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number: " + value);
        }
    }

    /** A positive whole number of seconds. */
    int requiredSeconds(String name) {
        int seconds = requiredInt(name);
        if (seconds < 1) {
            throw new UsageException("--" + name + " must be at least 1: " + seconds);
        }
        return seconds;
    }

    String optional(String name) {
        return options.get(name);
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    private static int toInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number: " + value);
        }
    }
}
