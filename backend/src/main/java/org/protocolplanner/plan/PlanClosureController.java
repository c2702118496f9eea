package org.protocolplanner.plan;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's closures. Bodies use the exchange format's closure shape and are checked by the exchange
 * format's rules. Tagged as the plan's content, as the API document the frontend's types are generated
 * from has always tagged it.
 */
@RestController
@Tag(name = "plan-content-controller")
class PlanClosureController {

    private final PlanClosureService closures;

    PlanClosureController(PlanClosureService closures) {
        this.closures = closures;
    }

    @GetMapping("/api/plans/{id}/closures")
    List<ClosureResponse> closures(@PathVariable long id) {
        return closures.closures(id);
    }

    @PostMapping("/api/plans/{id}/closures")
    ResponseEntity<ClosureResponse> addClosure(@PathVariable long id, @Valid @RequestBody ClosureRequest body) {
        ClosureResponse created = closures.addClosure(id, body);
        return ResponseEntity.created(URI.create("/api/plans/" + id + "/closures/" + created.id()))
                .body(created);
    }

    @DeleteMapping("/api/plans/{id}/closures/{closureId}")
    ResponseEntity<Void> deleteClosure(@PathVariable long id, @PathVariable long closureId) {
        closures.deleteClosure(id, closureId);
        return ResponseEntity.noContent().build();
    }
}
