package org.protocolplanner.booking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.engagement.EngagementResponse;
import org.protocolplanner.plan.PlanMarks;
import org.protocolplanner.plan.UndoStepResponse;
import org.protocolplanner.plan.UndoSteps;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.Message;
import org.protocolplanner.solving.SolvingService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Taking back the signed-in user's last answer, single or batch (docs/decisions/0127-an-undone-answer.md): every
 * booking it answered goes back to what it was, with the confirmed booking a confirm replaced and the engagement's
 * pin, place and excluded spaces, in one transaction, all or nothing. Refused with 409 once any of them changed
 * since the answer (another answer, a lapse, a withdrawal by a re-publish, an edit of the engagement).
 */
@Component
class BookingUndo {

    /** What an undo put back: the bookings, each requested again. */
    record UndoneAnswers(String answer, List<Long> bookings) {}

    private final UndoSteps steps;
    private final BookingRepository bookings;
    private final BookingService service;
    private final EngagementRepository engagements;
    private final PlanMarks marks;
    private final SolvingService solving;
    private final AuditLog audit;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    BookingUndo(
            UndoSteps steps,
            BookingRepository bookings,
            BookingService service,
            EngagementRepository engagements,
            PlanMarks marks,
            SolvingService solving,
            AuditLog audit,
            JsonMapper json,
            PlatformTransactionManager transactions) {
        this.steps = steps;
        this.bookings = bookings;
        this.service = service;
        this.engagements = engagements;
        this.marks = marks;
        this.solving = solving;
        this.audit = audit;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    Optional<UndoStepResponse> latest() {
        PlannerUser user = CurrentUser.get();
        BookingPolicy.checkAnswersAny(user);
        return steps.latest(user.username(), UndoSteps.BOOKINGS)
                .map(step -> UndoStepResponse.of(
                        step,
                        answered(step.payload()).stream()
                                .map(answer -> String.valueOf(answer.bookingId()))
                                .toList()));
    }

    UndoneAnswers undo(long stepId) {
        PlannerUser user = CurrentUser.get();
        BookingPolicy.checkAnswersAny(user);
        // The plans whose solves pause: those of the step as it stands; the transaction then takes it for good.
        Set<Long> plans = new LinkedHashSet<>();
        steps.latest(user.username(), UndoSteps.BOOKINGS)
                .filter(step -> step.id() == stepId)
                .ifPresent(step -> answered(step.payload()).forEach(answer -> plans.add(answer.planId())));
        return pausing(new ArrayList<>(plans), () -> transaction.execute(status -> undoInTransaction(user, stepId)));
    }

    private <T> T pausing(List<Long> plans, Supplier<T> change) {
        if (plans.isEmpty()) {
            return change.get();
        }
        return solving.applyPausingSolve(plans.get(0), () -> pausing(plans.subList(1, plans.size()), change));
    }

    private UndoneAnswers undoInTransaction(PlannerUser user, long stepId) {
        UndoSteps.Step step = steps.take(user.username(), UndoSteps.BOOKINGS, stepId);
        List<AnsweredBooking> answered = answered(step.payload());
        Set<Long> replanMarksToTakeBack = replanMarksOnlyTheseSet(answered);
        List<Long> undone = new ArrayList<>();
        for (int i = answered.size() - 1; i >= 0; i--) {
            AnsweredBooking answer = answered.get(i);
            service.checkCanAnswer(user, answer.bookingId(), service.target(answer.bookingId()));
            Booking booking = unchanged(answer.booking());
            Booking replaced = answer.replaced() == null ? null : unchanged(answer.replaced());
            Engagement engagement = answer.engagement() == null ? null : unchanged(answer.engagement());
            // The request stops being confirmed before the booking it replaced is confirmed again.
            restore(answer.booking(), booking, answer.answer());
            if (replaced != null) {
                restore(answer.replaced(), replaced, answer.answer());
            }
            if (engagement != null) {
                JsonNode was = audit.snapshot(EngagementResponse.audited(engagement));
                answer.engagement().restore(engagement);
                engagements.flush();
                audit.record(
                        AuditedEntity.ENGAGEMENT,
                        AuditedEntity.inPlan(engagement.getPlanId(), engagement.getRef()),
                        "undo-" + answer.answer(),
                        was,
                        EngagementResponse.audited(engagement));
            }
            if (answer.setNeedsReplan() && replanMarksToTakeBack.contains(answer.planId())) {
                marks.replanMarkUndone(answer.planId());
            } else {
                marks.bookingChanged(answer.planId());
            }
            undone.add(0, answer.bookingId());
        }
        return new UndoneAnswers(answered.get(0).answer(), undone);
    }

    /**
     * The plans whose re-plan mark one of these answers set and nothing changed since: each is still at the revision
     * the step's last answer of it left. A plan changed since keeps its mark: what changed may need the re-plan too,
     * and the officers' re-plan or publish clears it.
     */
    private Set<Long> replanMarksOnlyTheseSet(List<AnsweredBooking> answered) {
        Map<Long, Long> lastRevision = new HashMap<>();
        Set<Long> marked = new LinkedHashSet<>();
        for (AnsweredBooking answer : answered) {
            lastRevision.put(answer.planId(), answer.revisionAfter());
            if (answer.setNeedsReplan()) {
                marked.add(answer.planId());
            }
        }
        marked.removeIf(planId -> marks.revision(planId) != lastRevision.get(planId));
        return marked;
    }

    /** Puts a booking back as it was before the answer, saved at once, and records that in the audit log. */
    private void restore(AnsweredBooking.BookingBefore was, Booking booking, String answer) {
        AuditedBooking before = AuditedBooking.of(booking);
        was.restore(booking);
        bookings.saveAndFlush(booking);
        audit.record(AuditedEntity.BOOKING, booking.getId(), "undo-" + answer, before, AuditedBooking.of(booking));
    }

    private Booking unchanged(AnsweredBooking.BookingBefore before) {
        Booking booking = bookings.findLocked(before.id())
                .orElseThrow(() -> changedSince(
                        Message.of("conflict.undo-answer.booking-gone", before.id()),
                        Map.of("bookingId", before.id())));
        if (booking.getVersion() != before.versionAfter()) {
            throw changedSince(
                    Message.of("conflict.undo-answer.booking-changed", before.id(), booking.getStatus()),
                    Map.of("bookingId", before.id(), "currentVersion", booking.getVersion()));
        }
        return booking;
    }

    private Engagement unchanged(AnsweredBooking.EngagementBefore before) {
        Engagement engagement = engagements
                .findById(before.id())
                .filter(found -> found.getVersion() == before.versionAfter())
                .orElseThrow(() -> changedSince(
                        Message.of("conflict.undo-answer.engagement-changed"), Map.of("engagementId", before.id())));
        return engagement;
    }

    private static ConflictException changedSince(Message what, Map<String, Object> properties) {
        return new ConflictException(what, properties);
    }

    private List<AnsweredBooking> answered(JsonNode payload) {
        List<AnsweredBooking> answered = new ArrayList<>();
        payload.forEach(node -> answered.add(json.treeToValue(node, AnsweredBooking.class)));
        return answered;
    }
}
