package org.protocolplanner.plan;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.PlanDocumentReader;
import org.protocolplanner.exchange.PlanDocumentWriter;
import org.protocolplanner.exchange.SolutionDocumentWriter;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.PageResponse;
import org.protocolplanner.venue.CatalogueDifference;
import org.protocolplanner.venue.CatalogueNamesakes;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PlanController {

    private final PlanService plans;
    private final PlanImporter importer;
    private final PlanExporter exporter;
    private final PlanDocumentReader reader = new PlanDocumentReader();
    private final PlanDocumentWriter writer = new PlanDocumentWriter();

    private final PlanSolutionService solutions;
    private final SolutionDocumentWriter solutionWriter = new SolutionDocumentWriter();

    PlanController(PlanService plans, PlanImporter importer, PlanExporter exporter, PlanSolutionService solutions) {
        this.plans = plans;
        this.importer = importer;
        this.exporter = exporter;
        this.solutions = solutions;
    }

    @GetMapping("/api/plans")
    PageResponse<PlanResponse> list(
            @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(plans.list(pageable));
    }

    @GetMapping("/api/plans/{id}")
    PlanResponse get(@PathVariable long id) {
        return plans.get(id);
    }

    @PostMapping("/api/plans")
    ResponseEntity<PlanResponse> create(@Valid @RequestBody PlanRequest request) {
        PlanResponse created = plans.create(request);
        return ResponseEntity.created(URI.create("/api/plans/" + created.id())).body(created);
    }

    @PutMapping("/api/plans/{id}")
    PlanResponse update(@PathVariable long id, @Valid @RequestBody PlanRequest request) {
        return plans.update(id, request);
    }

    @DeleteMapping("/api/plans/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        plans.delete(id);
        return ResponseEntity.noContent().build();
    }

    /**
     * @param importedVenues the document's venues the catalogue lacked: the plan's own now, listed apart from the
     *                       catalogue, each with the catalogue venues of its name that the plan may use instead
     */
    record ImportResponse(
            long planId,
            String name,
            List<CatalogueDifference> differences,
            List<CatalogueNamesakes.ImportedVenue> importedVenues) {}

    /** The body is read as bytes and checked by the exchange-format reader, so errors name exact JSON paths. */
    @PostMapping(value = "/api/plans/import", consumes = MediaType.ALL_VALUE)
    ResponseEntity<ImportResponse> importPlan(HttpServletRequest request) throws IOException {
        // Before the body is read: a role that may not import learns nothing of its document.
        PlanPolicy.checkCanCreate(CurrentUser.get());
        byte[] body = request.getInputStream().readNBytes(PlanDocumentReader.MAX_BYTES + 1);
        PlanDocument document = reader.read(body);
        PlanImporter.ImportResult result;
        try {
            result = importer.importLivePlan(document, CurrentUser.username());
        } catch (DataIntegrityViolationException e) {
            throw UnstorableValues.refused(body, e);
        }
        return ResponseEntity.created(URI.create("/api/plans/" + result.plan().getId()))
                .body(new ImportResponse(
                        result.plan().getId(), result.plan().getName(), result.differences(), result.importedVenues()));
    }

    @GetMapping(value = "/api/plans/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> export(@PathVariable long id) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        byte[] body = writer.write(exporter.export(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-" + id + ".json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    /** The current assignment, scored; pinned engagements sit at their pins. */
    @GetMapping(value = "/api/plans/{id}/solution", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> solution(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(solutionWriter.write(solutions.current(id)));
    }

    /** Makes a solution document the plan's assignment; its score is recomputed, never trusted. */
    @PutMapping(
            value = "/api/plans/{id}/solution",
            consumes = MediaType.ALL_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> importSolution(
            @PathVariable long id,
            @Parameter(description = "the revision the import was previewed on; a plan changed since is 409")
                    @RequestParam(required = false)
                    Long revision,
            HttpServletRequest request)
            throws IOException {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(solutionWriter.write(solutions.importSolution(id, request.getInputStream(), revision)));
    }

    /** What importing the solution document would change, saving nothing; a bad document is 400 as for the import. */
    @PostMapping(value = "/api/plans/{id}/solution/preview", consumes = MediaType.ALL_VALUE)
    ImportPreview previewSolution(@PathVariable long id, HttpServletRequest request) throws IOException {
        return solutions.preview(id, request.getInputStream());
    }
}
