package org.protocolplanner.booking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.protocolplanner.booking.BatchAnswerResponse.Outcome;
import org.protocolplanner.booking.BatchAnswerResponse.Result;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.InputError;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.StaleVersionException;
import org.protocolplanner.solving.SolvingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Confirms or declines many requests at once, as an approvals queue does. Each booking is answered as its
 * single answer would be (the same role rules, the same lifecycle, its own transaction, its own notices),
 * so one refused booking never undoes or holds up the others; what became of each is in the answer. A plan
 * being solved is paused once for all its bookings, not once per booking.
 */
@Service
class BatchAnswers {

    /** At most this many bookings per batch: a page of the inbox, with room to spare. */
    static final int MAX_BOOKINGS = 500;

    static final String CONFIRM = "confirm";
    static final String DECLINE = "decline";

    private static final Logger log = LoggerFactory.getLogger(BatchAnswers.class);

    private final BookingService bookings;
    private final BookingAnswers answers;
    private final BookingViews views;
    private final SolvingService solving;

    BatchAnswers(BookingService bookings, BookingAnswers answers, BookingViews views, SolvingService solving) {
        this.bookings = bookings;
        this.answers = answers;
        this.views = views;
        this.solving = solving;
    }

    BatchAnswerResponse answer(BatchAnswerRequest request) {
        PlannerUser user = CurrentUser.get();
        BookingPolicy.checkAnswersAny(user);
        boolean confirm = answerOf(request);
        String reason = confirm ? null : BookingService.reason(request.reason(), true);
        List<BatchAnswerRequest.Item> items = itemsOf(request);

        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        Map<Long, List<BatchAnswerRequest.Item>> byPlan = new LinkedHashMap<>();
        for (BatchAnswerRequest.Item item : items) {
            try {
                BookingService.Target target = bookings.target(item.id());
                bookings.checkCanAnswer(user, item.id(), target);
                byPlan.computeIfAbsent(target.planId(), plan -> new ArrayList<>())
                        .add(item);
            } catch (RuntimeException e) {
                outcomes.put(item.id(), refusal(item.id(), e));
            }
        }
        List<AnsweredBooking> answered = new ArrayList<>();
        byPlan.forEach((planId, ofPlan) -> solving.applyPausingSolve(planId, () -> {
            ofPlan.forEach(item -> outcomes.put(item.id(), apply(item, confirm, user.username(), reason, answered)));
            return null;
        }));
        // The whole batch is one answer to undo.
        bookings.rememberAnswers(user.username(), answered);
        return response(confirm, items, outcomes, user);
    }

    private Outcome apply(
            BatchAnswerRequest.Item item,
            boolean confirm,
            String actor,
            String reason,
            List<AnsweredBooking> answered) {
        long id = item.id();
        try {
            bookings.attempt(
                    id,
                    () -> answered.add(
                            confirm
                                    ? answers.confirm(id, actor, item.version())
                                    : answers.decline(id, actor, reason, item.version())));
            return new Outcome(id, Result.ANSWERED, 200, null, null, null, null);
        } catch (RuntimeException e) {
            return refusal(id, e);
        }
    }

    /** The refusal a single answer would have been, as an outcome. */
    private static Outcome refusal(long id, RuntimeException e) {
        if (e instanceof StaleVersionException stale) {
            return new Outcome(id, Result.STALE, 409, stale.getMessage(), stale.currentVersion(), null, null);
        }
        if (e instanceof DoubleBookingException clash) {
            return new Outcome(
                    id,
                    Result.CONFLICT,
                    409,
                    e.getMessage(),
                    null,
                    clash.properties().get("conflictingBookingId") instanceof Long other ? other : null,
                    null);
        }
        if (e instanceof ConflictException) {
            return new Outcome(id, Result.REFUSED, 409, e.getMessage(), null, null, null);
        }
        if (e instanceof AccessDeniedException) {
            return new Outcome(
                    id,
                    Result.FORBIDDEN,
                    403,
                    "Your role may not answer for this venue: " + e.getMessage(),
                    null,
                    null,
                    null);
        }
        if (e instanceof NotFoundException) {
            return new Outcome(id, Result.NOT_FOUND, 404, e.getMessage(), null, null, null);
        }
        log.error("Answering booking {} of a batch failed", id, e);
        return new Outcome(
                id,
                Result.FAILED,
                500,
                "The server could not apply this answer; nothing of it was saved.",
                null,
                null,
                null);
    }

    /** The outcomes in the request's order, each with the booking as it is now where the answerer may see it. */
    private BatchAnswerResponse response(
            boolean confirm, List<BatchAnswerRequest.Item> items, Map<Long, Outcome> outcomes, PlannerUser user) {
        List<Long> visible = items.stream()
                .map(BatchAnswerRequest.Item::id)
                .filter(id -> outcomes.get(id).result() != Result.NOT_FOUND)
                .toList();
        Map<Long, BookingResponse> now = views.findAll(visible, BookingPolicy.redacts(user)).stream()
                .collect(Collectors.toMap(BookingResponse::id, Function.identity()));
        List<Outcome> answered = new ArrayList<>();
        for (BatchAnswerRequest.Item item : items) {
            Outcome outcome = outcomes.get(item.id());
            BookingResponse booking = now.get(item.id());
            answered.add(new Outcome(
                    outcome.id(),
                    outcome.result(),
                    outcome.status(),
                    outcome.detail(),
                    outcome.currentVersion(),
                    outcome.conflictingBookingId(),
                    booking == null ? null : booking.shownTo(user)));
        }
        int done = (int) answered.stream()
                .filter(outcome -> outcome.result() == Result.ANSWERED)
                .count();
        return new BatchAnswerResponse(confirm ? CONFIRM : DECLINE, done, answered.size() - done, answered);
    }

    private static boolean answerOf(BatchAnswerRequest request) {
        if (CONFIRM.equals(request.answer())) {
            return true;
        }
        if (DECLINE.equals(request.answer())) {
            return false;
        }
        throw new InvalidRequestException("answer", "must be 'confirm' or 'decline'");
    }

    private static List<BatchAnswerRequest.Item> itemsOf(BatchAnswerRequest request) {
        List<BatchAnswerRequest.Item> items = request.bookings();
        if (items == null || items.isEmpty()) {
            throw new InvalidRequestException("bookings", "must name at least one booking");
        }
        if (items.size() > MAX_BOOKINGS) {
            throw new InvalidRequestException("bookings", "must name at most " + MAX_BOOKINGS + " bookings");
        }
        List<InputError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            BatchAnswerRequest.Item item = items.get(i);
            String path = "bookings[" + i + "]";
            if (item == null || item.id() == null) {
                errors.add(new InputError(path + ".id", "is required"));
            } else if (!seen.add(item.id())) {
                errors.add(new InputError(path + ".id", "names booking " + item.id() + " a second time"));
            }
            if (item != null && item.version() == null) {
                errors.add(new InputError(path + ".version", "is required: the version you read"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return items;
    }
}
