package org.protocolplanner.runsheet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import org.protocolplanner.itinerary.ItineraryFonts;
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

/**
 * Printable run sheets: a venue's day and the master schedule of a day, signed in or by a calendar feed token
 * (docs/api.md, "Run sheets").
 */
@RestController
class RunSheetController {

    private final RunSheets runSheets;
    private final RunSheetPdf pdf;
    private final ReaderLanguage languages;
    private final FeedReader feedReader;

    RunSheetController(RunSheets runSheets, RunSheetPdf pdf, ReaderLanguage languages, FeedReader feedReader) {
        this.runSheets = runSheets;
        this.pdf = pdf;
        this.languages = languages;
        this.feedReader = feedReader;
    }

    @Operation(
            summary = "A venue's run sheet of one day (PDF)",
            description = "Every engagement of the plan at the "
                    + "venue that day, Beijing time, and the motorcades' arrival order. Venue managers: their own venues, "
                    + "from the bookings of a live plan, confidential engagements redacted as in the inbox.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/plans/{planId}/run-sheets/venues/{venueId}")
    ResponseEntity<byte[]> venueDay(
            @PathVariable long planId,
            @PathVariable String venueId,
            @Parameter(description = "YYYY-MM-DD, a day of the plan in Beijing time") @RequestParam(required = false)
                    String day,
            @Parameter(description = "en or zh; absent: the account's language") @RequestParam(required = false)
                    String lang) {
        return venueSheet(planId, venueId, day, lang);
    }

    @Operation(
            summary = "The master schedule of one day (PDF)",
            description =
                    "Every engagement of the plan that " + "day at every venue, Beijing time. Whoever reads plans.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/plans/{planId}/run-sheets/days/{day}")
    ResponseEntity<byte[]> planDay(
            @PathVariable long planId,
            @Parameter(description = "YYYY-MM-DD, a day of the plan in Beijing time") @PathVariable String day,
            @Parameter(description = "en or zh; absent: the account's language") @RequestParam(required = false)
                    String lang) {
        return daySheet(planId, day, lang);
    }

    @Operation(
            summary = "A venue's run sheet by calendar feed token (PDF)",
            description = "As the signed-in " + "endpoint, for the token's owner; every refusal is 404.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/feeds/{token}/plans/{planId}/run-sheets/venues/{venueId}.pdf")
    ResponseEntity<byte[]> venueDayByToken(
            @PathVariable String token,
            @PathVariable long planId,
            @PathVariable String venueId,
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String lang) {
        return feedReader.as(token, planId, () -> venueSheet(planId, venueId, day, lang));
    }

    @Operation(
            summary = "The master schedule of one day by calendar feed token (PDF)",
            description = "As the " + "signed-in endpoint, for the token's owner; every refusal is 404.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/feeds/{token}/plans/{planId}/run-sheets/days/{day}.pdf")
    ResponseEntity<byte[]> planDayByToken(
            @PathVariable String token,
            @PathVariable long planId,
            @PathVariable String day,
            @RequestParam(required = false) String lang) {
        return feedReader.as(token, planId, () -> daySheet(planId, day, lang));
    }

    private ResponseEntity<byte[]> venueSheet(long planId, String venueId, String day, String lang) {
        if (day == null || day.isBlank()) {
            throw new InvalidRequestException("day", Message.of("input.day-required"));
        }
        Wording wording = languages.of(lang);
        RunSheets.VenueDay sheet = runSheets.venueDay(planId, venueId, day);
        return printed(
                pdf.venueDay(sheet, wording),
                "run-sheet-" + venueId + "-" + sheet.day() + "-"
                        + wording.name().toLowerCase() + ".pdf");
    }

    private ResponseEntity<byte[]> daySheet(long planId, String day, String lang) {
        Wording wording = languages.of(lang);
        RunSheets.PlanSchedule schedule = runSheets.planDay(planId, day);
        LocalDate date = schedule.days().get(0);
        return printed(
                pdf.planDay(schedule, date, wording),
                "master-schedule-" + planId + "-" + date + "-" + wording.name().toLowerCase() + ".pdf");
    }

    /** Not cached by shared proxies: a token URL is a credential, and the sheet changes with every booking. */
    private static ResponseEntity<byte[]> printed(byte[] document, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline().filename(filename).build().toString())
                .header("Cache-Control", "private, no-store")
                .body(document);
    }

    /** As for itineraries: a Chinese run sheet without the CJK font on the server is 503 naming what to install. */
    @ExceptionHandler(ItineraryFonts.CjkFontUnavailableException.class)
    ProblemDetail fontUnavailable(ItineraryFonts.CjkFontUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }
}
