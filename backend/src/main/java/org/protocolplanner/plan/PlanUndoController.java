package org.protocolplanner.plan;

import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's last move, pin or imported solution on a plan, and taking it back. */
@RestController
class PlanUndoController {

    private final PlanUndo undo;

    PlanUndoController(PlanUndo undo) {
        this.undo = undo;
    }

    /** 404 when the user has nothing on this plan to undo (never changed it, undone already, or too long ago). */
    @GetMapping("/api/plans/{id}/undo")
    UndoStepResponse latest(@PathVariable long id) {
        return undo.latest(id).orElseThrow(() -> new NotFoundException("change to undo on plan", id));
    }

    @PostMapping("/api/plans/{id}/undo")
    PlanUndo.UndoResponse undo(@PathVariable long id, @RequestBody UndoRequest request) {
        if (request.step() == null) {
            throw new InvalidRequestException("step", "is required: the change to undo");
        }
        return undo.undo(id, request.step());
    }
}
