package org.protocolplanner.booking;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanPolicy;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.security.Role;
import org.protocolplanner.shared.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The booking rows of the role matrix (docs/reference/roles.md), one method per capability. A venue manager
 * asking about another venue's booking gets 404, so that it learns nothing; a venue without managers is
 * answered by the protocol officers (and administrators), who may not answer for a venue that has managers.
 * The calendar feeds and the run sheets read bookings by these rules too.
 */
public final class BookingPolicy {

    static final String CONFIRM = "confirm";
    static final String DECLINE = "decline";
    static final String CANCEL = "cancel";
    static final String WITHDRAW = "withdraw";

    private BookingPolicy() {}

    /** Officers, administrators and planners read every booking; managers only their venues'. */
    public static boolean canRead(PlannerUser user, String venueId) {
        return readsAll(user) || user.manages(venueId);
    }

    /** Whether the reader sees confidential engagements only redacted: everyone who does not read every plan. */
    public static boolean redacts(PlannerUser user) {
        return !readsAll(user);
    }

    /**
     * A venue's bookings in one plan, as the venue's run sheet prints them: whoever reads every booking; the
     * venue's managers only of a live plan, since a scenario never sends a booking request.
     */
    public static boolean canReadVenueBookings(PlannerUser user, String venueId, Plan plan) {
        return readsAll(user) || user.manages(venueId) && plan.getKind() == Plan.Kind.LIVE;
    }

    /** Confirm and decline: the venue's managers; the officers for a venue without managers. */
    static boolean canAnswer(PlannerUser user, String venueId, boolean venueHasManagers) {
        return user.manages(venueId) || answersUnmanagedVenues(user) && !venueHasManagers;
    }

    /** Venue managers answer the requests of the venues they manage (and read only those). */
    static boolean answersOwnVenues(PlannerUser user) {
        return user.has(Role.VENUE_MANAGER);
    }

    /** The officers (and administrators) answer for the venues without managers. */
    static boolean answersUnmanagedVenues(PlannerUser user) {
        return PlanPolicy.isOfficer(user);
    }

    /** Withdrawing a request: officers and administrators only. */
    static boolean canWithdraw(PlannerUser user) {
        return PlanPolicy.isOfficer(user);
    }

    /** Cancelling a confirmed booking: officers and administrators, and the venue's own managers. */
    static boolean canCancel(PlannerUser user, String venueId) {
        return PlanPolicy.isOfficer(user) || user.manages(venueId);
    }

    /** What the user may do with this booking now: the capabilities its status still leaves open. */
    static List<String> allowedActions(PlannerUser user, BookingResponse booking) {
        List<String> actions = new ArrayList<>();
        if (canAnswer(user, booking.venueId(), booking.venueManaged())) {
            addIfOpen(actions, booking.status(), BookingStatus.CONFIRMED, CONFIRM);
            addIfOpen(actions, booking.status(), BookingStatus.DECLINED, DECLINE);
        }
        if (canCancel(user, booking.venueId())) {
            addIfOpen(actions, booking.status(), BookingStatus.CANCELLED, CANCEL);
        }
        if (canWithdraw(user)) {
            addIfOpen(actions, booking.status(), BookingStatus.WITHDRAWN, WITHDRAW);
        }
        return List.copyOf(actions);
    }

    /** Listing: every booking, or a manager's own venues' ({@code true}); 403 for anyone else. */
    static boolean checkCanList(PlannerUser user) {
        if (readsAll(user)) {
            return false;
        }
        if (!answersOwnVenues(user)) {
            throw new AccessDeniedException("bookings are not visible to this role");
        }
        return true;
    }

    static void checkCanRead(PlannerUser user, long bookingId, String venueId) {
        if (canRead(user, venueId)) {
            return;
        }
        if (user.has(Role.VENUE_MANAGER)) {
            throw new NotFoundException("booking", bookingId);
        }
        throw new AccessDeniedException("bookings are not visible to this role");
    }

    static void checkCanAnswer(PlannerUser user, long bookingId, String venueId, boolean venueHasManagers) {
        if (canAnswer(user, venueId, venueHasManagers)) {
            return;
        }
        if (PlanPolicy.isOfficer(user)) {
            throw new AccessDeniedException("this venue's managers answer its bookings");
        }
        checkCanRead(user, bookingId, venueId);
        throw new AccessDeniedException("this role may not answer bookings");
    }

    /** Answering many at once: whoever answers any requests (venue managers, officers); anyone else 403. */
    static void checkAnswersAny(PlannerUser user) {
        if (!answersOwnVenues(user) && !answersUnmanagedVenues(user)) {
            throw new AccessDeniedException("this role may not answer bookings");
        }
    }

    /** 403 for a role that reads no bookings; 404 to a manager for another venue or a scenario, as in the inbox. */
    public static void checkCanReadVenueBookings(PlannerUser user, String venueId, Plan plan) {
        if (canReadVenueBookings(user, venueId, plan)) {
            return;
        }
        if (!answersOwnVenues(user)) {
            throw new AccessDeniedException("run sheets are not visible to this role");
        }
        if (!user.manages(venueId)) {
            throw new NotFoundException("venue", venueId);
        }
        throw new NotFoundException("plan", plan.getId());
    }

    static void checkCanWithdraw(PlannerUser user, long bookingId, String venueId) {
        checkCanRead(user, bookingId, venueId);
        if (!canWithdraw(user)) {
            throw new AccessDeniedException("only protocol officers withdraw requests");
        }
    }

    static void checkCanCancel(PlannerUser user, long bookingId, String venueId) {
        checkCanRead(user, bookingId, venueId);
        if (!canCancel(user, venueId)) {
            throw new AccessDeniedException("this role may not cancel bookings");
        }
    }

    /** Administrators, officers and planners: the roles that read every plan read every booking. */
    private static boolean readsAll(PlannerUser user) {
        return PlanPolicy.canRead(user);
    }

    private static void addIfOpen(List<String> actions, BookingStatus status, BookingStatus next, String action) {
        if (Booking.canMove(status, next)) {
            actions.add(action);
        }
    }
}
