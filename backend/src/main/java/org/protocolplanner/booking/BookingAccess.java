package org.protocolplanner.booking;

import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.security.Role;
import org.protocolplanner.shared.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The booking rows of the role matrix (docs/reference/roles.md). A venue manager asking about another venue's booking
 * gets 404, so that it learns nothing; a venue without managers is answered by the protocol officers
 * (and administrators), who may not answer for a venue that has managers.
 */
final class BookingAccess {

    private BookingAccess() {
    }

    static boolean isOfficer(PlannerUser user) {
        return user.has(Role.ADMIN) || user.has(Role.PROTOCOL_OFFICER);
    }

    /** Officers, administrators and planners read every booking; managers only their venues'. */
    static void checkCanRead(PlannerUser user, long bookingId, String venueId) {
        if (isOfficer(user) || user.has(Role.PLANNER) || user.manages(venueId)) {
            return;
        }
        if (user.has(Role.VENUE_MANAGER)) {
            throw new NotFoundException("booking", bookingId);
        }
        throw new AccessDeniedException("bookings are not visible to this role");
    }

    /** Whether the reader sees confidential engagements only redacted: everyone who is no officer or planner. */
    static boolean redacts(PlannerUser user) {
        return !(isOfficer(user) || user.has(Role.PLANNER));
    }

    /** Confirm and decline: the venue's managers; the officers for a venue without managers. */
    static void checkCanAnswer(PlannerUser user, long bookingId, String venueId, boolean venueHasManagers) {
        if (user.manages(venueId)) {
            return;
        }
        if (isOfficer(user)) {
            if (venueHasManagers) {
                throw new AccessDeniedException("this venue's managers answer its bookings");
            }
            return;
        }
        checkCanRead(user, bookingId, venueId);
        throw new AccessDeniedException("this role may not answer bookings");
    }

    /** Withdrawing a request: officers and administrators only. */
    static void checkCanWithdraw(PlannerUser user, long bookingId, String venueId) {
        checkCanRead(user, bookingId, venueId);
        if (!isOfficer(user)) {
            throw new AccessDeniedException("only protocol officers withdraw requests");
        }
    }

    /** Cancelling a confirmed booking: officers and administrators, and the venue's own managers. */
    static void checkCanCancel(PlannerUser user, long bookingId, String venueId) {
        checkCanRead(user, bookingId, venueId);
        if (!isOfficer(user) && !user.manages(venueId)) {
            throw new AccessDeniedException("this role may not cancel bookings");
        }
    }
}
