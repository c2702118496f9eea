package org.protocolplanner.itinerary;

import org.protocolplanner.plan.PlanPolicy;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A delegation's printable itinerary: whoever reads plans may print it (docs/reference/roles.md); managers 403. */
@RestController
class ItineraryController {

    private final DelegationSchedule schedules;
    private final ItineraryPdf pdf;

    ItineraryController(DelegationSchedule schedules, ItineraryPdf pdf) {
        this.schedules = schedules;
        this.pdf = pdf;
    }

    @GetMapping("/api/plans/{id}/delegations/{delegationId}/itinerary.pdf")
    ResponseEntity<byte[]> itinerary(
            @PathVariable long id, @PathVariable String delegationId, @RequestParam(defaultValue = "en") String lang) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        ItineraryLanguage language = ItineraryLanguage.of(lang);
        if (language == null) {
            throw new InvalidRequestException("lang", Message.of("input.lang"));
        }
        byte[] document = pdf.render(schedules.of(id, delegationId), language);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename("itinerary-" + delegationId + "-" + lang + ".pdf")
                                .build()
                                .toString())
                .body(document);
    }

    /**
     * The server lacks the font Chinese needs: not the caller's mistake and not a fault in the code, but a
     * missing piece of the installation, which the message names; 503 until it is installed.
     */
    @ExceptionHandler(ItineraryFonts.CjkFontUnavailableException.class)
    ProblemDetail fontUnavailable(ItineraryFonts.CjkFontUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }
}
