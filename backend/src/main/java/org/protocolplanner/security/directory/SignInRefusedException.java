package org.protocolplanner.security.directory;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in whose password (or the directory's own sign-in) was right, refused all the same: nothing is
 * counted against the name by the throttle. The message is the problem's detail; the reason's code travels
 * with it, so that the sign-in page can say it in the reader's language.
 */
public class SignInRefusedException extends AuthenticationException {

    /** Why, with the status the refusal is answered with and the code the sign-in page knows it by. */
    public enum Reason {
        /** The directory knows the person, but none of their groups gives a role here. */
        NO_ROLE(HttpStatus.FORBIDDEN, "no-role"),
        /** A local account has the directory's name for the person: it is not handed over. */
        NAME_TAKEN(HttpStatus.FORBIDDEN, "name-taken"),
        /** The directory's name for the person cannot be an account's name. */
        UNUSABLE_NAME(HttpStatus.FORBIDDEN, "unusable-name"),
        /** While a directory is in use (outside demo mode), only local administrators sign in with a password. */
        LOCAL_CLOSED(HttpStatus.FORBIDDEN, "local-closed"),
        /** The directory did not answer. */
        DIRECTORY_UNREACHABLE(HttpStatus.SERVICE_UNAVAILABLE, "unreachable");

        private final HttpStatus status;
        private final String code;

        Reason(HttpStatus status, String code) {
            this.status = status;
            this.code = code;
        }

        public HttpStatus status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public SignInRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public SignInRefusedException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
