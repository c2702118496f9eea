package org.protocolplanner.booking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.protocolplanner.plan.PlanPolicy;
import org.protocolplanner.plan.UndoSteps;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.shared.database.ExclusionViolations;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.PageResponse;
import org.protocolplanner.solving.SolvingService;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The booking API: reading with the role matrix's redaction, and the answers. Each answer is checked
 * against the role matrix first, then applied (pausing a solve of its plan if one runs), and
 * answered with the booking as the caller may see it. Double booking is left to the database's exclusion
 * constraint, not to a lock here: its refusal becomes 409 naming the confirmed booking in the way.
 */
@Service
public class BookingService {

    static final int MAX_REASON = 2000;
    /** Attempts of one answer whose transaction lost a deadlock or a race for a row. */
    static final int ATTEMPTS = 5;

    private final BookingAnswers answers;
    private final BookingViews views;
    private final BookingPlaces places;
    private final SolvingService solving;
    private final JdbcTemplate jdbc;
    private final UndoSteps undoSteps;

    BookingService(
            BookingAnswers answers,
            BookingViews views,
            BookingPlaces places,
            SolvingService solving,
            JdbcTemplate jdbc,
            UndoSteps undoSteps) {
        this.undoSteps = undoSteps;
        this.answers = answers;
        this.views = views;
        this.places = places;
        this.solving = solving;
        this.jdbc = jdbc;
    }

    /** @param managed true: only venues with managers; false: only those without (the officers' inbox); null: both */
    public PageResponse<BookingResponse> list(
            BookingStatus status, String venueId, Long planId, Boolean managed, Pageable pageable) {
        PlannerUser user = CurrentUser.get();
        List<String> own = BookingPolicy.checkCanList(user) ? List.copyOf(user.managedVenueIds()) : null;
        return PageResponse.of(views.list(
                        new BookingViews.Filter(status, venueId, planId, own, managed),
                        pageable,
                        BookingPolicy.redacts(user))
                .map(booking -> booking.shownTo(user)));
    }

    public BookingResponse get(long id) {
        PlannerUser user = CurrentUser.get();
        BookingResponse booking =
                views.find(id, BookingPolicy.redacts(user)).orElseThrow(() -> new NotFoundException("booking", id));
        BookingPolicy.checkCanRead(user, id, booking.venueId());
        return booking.shownTo(user);
    }

    public BookingResponse confirm(long id) {
        PlannerUser user = CurrentUser.get();
        Target target = target(id);
        checkCanAnswer(user, id, target);
        List<AnsweredBooking> answered = new ArrayList<>();
        BookingResponse response = apply(id, target, () -> answered.add(answers.confirm(id, user.username(), null)));
        rememberAnswers(user.username(), answered);
        return response;
    }

    public BookingResponse decline(long id, String reason) {
        PlannerUser user = CurrentUser.get();
        Target target = target(id);
        checkCanAnswer(user, id, target);
        String why = reason(reason, true);
        List<AnsweredBooking> answered = new ArrayList<>();
        BookingResponse response =
                apply(id, target, () -> answered.add(answers.decline(id, user.username(), why, null)));
        rememberAnswers(user.username(), answered);
        return response;
    }

    /**
     * Remembers the answers just given (a repeated answer, which changed nothing, left out) as the user's last, to
     * undo for a while; it replaces the answer before.
     */
    void rememberAnswers(String username, Collection<AnsweredBooking> answered) {
        List<AnsweredBooking> given = answered.stream().filter(Objects::nonNull).toList();
        if (!given.isEmpty()) {
            undoSteps.remember(username, UndoSteps.BOOKINGS, null, UndoSteps.Kind.ANSWER, null, given);
        }
    }

    /** Confirm and decline: the venue's managers, or the officers for a venue without managers. */
    void checkCanAnswer(PlannerUser user, long id, Target target) {
        BookingPolicy.checkCanAnswer(user, id, target.venueId(), places.hasManagers(target.venueId()));
    }

    /** Officers may give a reason; a venue manager must (the venue can no longer host it). */
    public BookingResponse cancel(long id, String reason) {
        PlannerUser user = CurrentUser.get();
        Target target = target(id);
        BookingPolicy.checkCanCancel(user, id, target.venueId());
        boolean byManager = !PlanPolicy.isOfficer(user);
        String why = reason(reason, byManager);
        return apply(id, target, () -> answers.cancel(id, user.username(), why, byManager));
    }

    public BookingResponse withdraw(long id, String reason) {
        PlannerUser user = CurrentUser.get();
        Target target = target(id);
        BookingPolicy.checkCanWithdraw(user, id, target.venueId());
        String why = reason(reason, false);
        return apply(id, target, () -> answers.withdraw(id, user.username(), why));
    }

    /** What an answer to a booking needs to know first: its plan (whose solve pauses) and its venue (who answers). */
    record Target(long planId, String venueId) {}

    private record BookedSpace(long planId, String spaceId) {}

    Target target(long id) {
        BookedSpace booked = jdbc
                .query(
                        "select plan_id, space_id from booking where id = ?",
                        (row, i) -> new BookedSpace(row.getLong(1), row.getString(2)),
                        id)
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("booking", id));
        return new Target(booked.planId(), places.venueOf(booked.spaceId()));
    }

    static String reason(String reason, boolean required) {
        if (reason == null || reason.isBlank()) {
            if (required) {
                throw new InvalidRequestException("reason", "is required");
            }
            return null;
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "must be at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    private BookingResponse apply(long id, Target target, Runnable answer) {
        solving.applyPausingSolve(target.planId(), () -> {
            attempt(id, answer);
            return null;
        });
        PlannerUser user = CurrentUser.get();
        return views.find(id, BookingPolicy.redacts(user)).orElseThrow().shownTo(user);
    }

    /**
     * Runs the answer's transaction; one that lost a deadlock (two overlapping confirms racing in the
     * exclusion index) or a race for a row is run again, and then sees the winner's result.
     */
    void attempt(long id, Runnable answer) {
        for (int attempt = 1; ; attempt++) {
            try {
                answer.run();
                return;
            } catch (ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw new ConflictException("Booking " + id + " is being changed by someone else at the same"
                            + " moment. Reload and try again.");
                }
            } catch (DataAccessException e) {
                if (ExclusionViolations.isExclusionViolation(e)) {
                    throw doubleBooking(id);
                }
                throw e;
            }
        }
    }

    /**
     * The refusal of a confirm that overlapped a confirmed booking on shared floor, naming that booking
     * and, when it is of another space (a whole or a part of this one), both spaces.
     */
    private DoubleBookingException doubleBooking(long id) {
        String spaceId = jdbc.queryForObject("select space_id from booking where id = ?", String.class, id);
        List<Map<String, Object>> conflicting = jdbc.queryForList("""
                select other.id, other.space_id from booking b
                  join booking_floor f on f.unit_id = any (?) and f.busy && b.busy and f.booking_id <> b.id
                  join booking other on other.id = f.booking_id
                where b.id = ? order by other.starts_at, other.id limit 1""", places.floorUnits(spaceId), id);
        if (conflicting.isEmpty()) {
            return new DoubleBookingException(
                    "Booking " + id + " overlaps a confirmed booking of the same space or of one sharing its floor.",
                    Map.of());
        }
        long other = ((Number) conflicting.get(0).get("id")).longValue();
        String otherSpace = (String) conflicting.get(0).get("space_id");
        String where = otherSpace.equals(spaceId)
                ? " of the same space."
                : " of " + places.spaceName(otherSpace) + ", which shares floor with " + places.spaceName(spaceId)
                        + ".";
        return new DoubleBookingException(
                "Booking " + id + " overlaps confirmed booking " + other + where,
                Map.of("conflictingBookingId", other, "conflictingSpaceId", otherSpace));
    }
}
