package org.protocolplanner.solving;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Start, follow and stop the solve of a plan. */
@RestController
class SolveController {

    private final SolvingService solving;

    SolveController(SolvingService solving) {
        this.solving = solving;
    }

    /**
     * @param timeLimitSeconds how long to solve, 1 to 1800; null for the default (30 s unless configured)
     * @param stepLimit        end local search after this many steps (reproducible); null to end on time only
     */
    record SolveRequest(
            @Nullable Long timeLimitSeconds, @Nullable Long stepLimit) {}

    /** Accepted: the solve is queued and starts as soon as a core is free; the answer says which. */
    @PostMapping("/api/plans/{id}/solve")
    ResponseEntity<SolveStatus> start(@PathVariable long id, @RequestBody(required = false) SolveRequest request) {
        Long seconds = request == null ? null : request.timeLimitSeconds();
        SolveStatus status = solving.start(
                id, seconds == null ? null : Duration.ofSeconds(seconds), request == null ? null : request.stepLimit());
        return ResponseEntity.accepted()
                .location(URI.create("/api/plans/" + id + "/solve"))
                .body(status);
    }

    @GetMapping("/api/plans/{id}/solve")
    SolveStatus status(@PathVariable long id) {
        return solving.status(id);
    }

    /** Stops solving and keeps the best solution found, which is saved before the answer. */
    @DeleteMapping("/api/plans/{id}/solve")
    SolveStatus stop(@PathVariable long id) {
        return solving.stop(id);
    }

    /** Server-sent events: {@code state} on every change of state, {@code best-score} on every new best. */
    @GetMapping(value = "/api/plans/{id}/solve/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable long id) {
        return solving.subscribe(id);
    }
}
