package org.protocolplanner.cli;

/** The command line asks for something the commands do not offer: exit code 1 with the usage line. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
