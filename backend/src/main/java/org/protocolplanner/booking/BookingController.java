package org.protocolplanner.booking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.plan.UndoRequest;
import org.protocolplanner.plan.UndoStepResponse;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bookings: the lists, the inboxes among them (a venue manager's: the requests of their venues; the
 * protocol officers': the requests of venues without managers), and the answers and releases.
 */
@RestController
class BookingController {

    private final BookingService bookings;
    private final BatchAnswers batch;
    private final Publishing publishing;
    private final BookingUndo undo;

    BookingController(BookingService bookings, BatchAnswers batch, Publishing publishing, BookingUndo undo) {
        this.bookings = bookings;
        this.undo = undo;
        this.batch = batch;
        this.publishing = publishing;
    }

    /** @param answerWithinHours how long the venues have to answer, 1 to 720; null for 48 */
    record PublishRequest(@Nullable Integer answerWithinHours) {}

    /** A reason: required to decline, and from a venue manager to cancel. */
    record ReasonRequest(@Nullable String reason) {}

    /** Live plans only: booking requests for every scheduled engagement whose place is new. */
    @PostMapping("/api/plans/{id}/publish")
    PublishResponse publish(@PathVariable long id, @RequestBody(required = false) PublishRequest request) {
        return publishing.publish(id, request == null ? null : request.answerWithinHours());
    }

    /**
     * In time order; managers see their own venues' only. {@code managed=false} keeps the bookings of
     * venues without managers (the officers answer those: their inbox is {@code status=REQUESTED&managed=false}),
     * {@code managed=true} those of venues with managers; absent, both.
     */
    @Operation(
            summary = "Bookings in time order; managers see their own venues' only",
            description = "Filters by status, venue, plan and whether the venue has managers (managed). "
                    + "The protocol officers' inbox is status=REQUESTED&managed=false: the requests they answer "
                    + "for venues without managers.")
    @GetMapping("/api/bookings")
    PageResponse<BookingResponse> list(
            @RequestParam(required = false) BookingStatus status,
            @RequestParam(required = false) String venue,
            @RequestParam(required = false) Long plan,
            @Parameter(
                            description = "true: only venues with managers; false: only venues without managers, "
                                    + "whose requests the protocol officers answer; absent: both")
                    @RequestParam(required = false)
                    Boolean managed,
            @PageableDefault(size = 50) Pageable pageable) {
        return bookings.list(status, venue, plan, managed, pageable);
    }

    @GetMapping("/api/bookings/{id}")
    BookingResponse get(@PathVariable long id) {
        return bookings.get(id);
    }

    @PostMapping("/api/bookings/{id}/confirm")
    BookingResponse confirm(@PathVariable long id) {
        return bookings.confirm(id);
    }

    @PostMapping("/api/bookings/{id}/decline")
    BookingResponse decline(@PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
        return bookings.decline(id, request == null ? null : request.reason());
    }

    @Operation(
            summary = "Confirm or decline many requests at once",
            description = "Each booking is answered as its single answer would be (role rules, lifecycle, its own "
                    + "transaction) and carries the version the answerer read; the answer tells what became of each: "
                    + "ANSWERED, CONFLICT (overlaps a confirmed booking), STALE (changed since it was read), REFUSED "
                    + "(its status no longer takes this answer), FORBIDDEN, NOT_FOUND or FAILED. At most "
                    + BatchAnswers.MAX_BOOKINGS + " bookings; a decline's reason goes with every decline.")
    @PostMapping("/api/bookings/answers")
    BatchAnswerResponse answerMany(@RequestBody BatchAnswerRequest request) {
        return batch.answer(request);
    }

    @Operation(
            summary = "The signed-in user's last answer that may still be undone",
            description = "404 when there is none (never answered, undone already, or past the undo window).")
    @GetMapping("/api/bookings/answers/undo")
    UndoStepResponse lastAnswer() {
        return undo.latest().orElseThrow(() -> new NotFoundException("answer to undo", "last"));
    }

    @Operation(
            summary = "Undo the signed-in user's last answer, single or batch",
            description = "Every booking it answered is requested again, the confirmed booking a confirm replaced is"
                    + " confirmed again, and each engagement's pin, place and excluded spaces are as before. 409 when"
                    + " any of them changed since, when a later answer replaced it or the window has passed.")
    @PostMapping("/api/bookings/answers/undo")
    BookingUndo.UndoneAnswers undoLastAnswer(@RequestBody UndoRequest request) {
        if (request.step() == null) {
            throw new InvalidRequestException("step", "is required: the answer to undo");
        }
        return undo.undo(request.step());
    }

    @PostMapping("/api/bookings/{id}/cancel")
    BookingResponse cancel(@PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
        return bookings.cancel(id, request == null ? null : request.reason());
    }

    @PostMapping("/api/bookings/{id}/withdraw")
    BookingResponse withdraw(@PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
        return bookings.withdraw(id, request == null ? null : request.reason());
    }
}
