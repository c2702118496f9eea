package org.protocolplanner.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.protocolplanner.runsheet.ReaderLanguage;
import org.protocolplanner.runsheet.Wording;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Spreadsheets to share: a plan's schedule and a reader's bookings, as .xlsx or CSV (docs/api.md, "Exports"). */
@RestController
class ExportController {

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final MediaType XLSX = MediaType.parseMediaType(XLSX_TYPE);
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ExportTables tables;
    private final ReaderLanguage languages;

    ExportController(ExportTables tables, ReaderLanguage languages) {
        this.tables = tables;
        this.languages = languages;
    }

    @Operation(
            summary = "A plan's schedule as a workbook",
            description = "One sheet per day of the plan (Beijing "
                    + "time), then Delegations and Bookings; headings in the reader's language. Whoever reads plans.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = XLSX_TYPE, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/plans/{planId}/schedule.xlsx")
    ResponseEntity<byte[]> planWorkbook(
            @PathVariable long planId,
            @Parameter(description = "en or zh; absent: the account's language") @RequestParam(required = false)
                    String lang) {
        Wording wording = languages.of(lang);
        return file(
                XlsxWriter.write(tables.plan(planId, wording)),
                XLSX,
                "plan-" + planId + "-schedule-" + code(wording) + ".xlsx");
    }

    @Operation(
            summary = "A plan's schedule, delegations or bookings as CSV",
            description = "The rows of one of the "
                    + "workbook's kinds of sheet: schedule (every day, with a Day column), delegations or bookings. UTF-8 "
                    + "with a byte order mark.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/plans/{planId}/schedule.csv")
    ResponseEntity<byte[]> planCsv(
            @PathVariable long planId,
            @Parameter(description = "schedule (default), delegations or bookings") @RequestParam(required = false)
                    String rows,
            @Parameter(description = "en or zh; absent: the account's language") @RequestParam(required = false)
                    String lang) {
        Wording wording = languages.of(lang);
        String kind = rows == null ? "schedule" : rows;
        Table table = switch (kind) {
            case "schedule" -> tables.schedule(planId, wording);
            case "delegations" -> tables.delegations(planId, wording);
            case "bookings" -> tables.bookings(planId, wording);
            default -> throw new InvalidRequestException("rows", Message.of("input.csv-rows"));
        };
        return file(CsvWriter.write(table), CSV, "plan-" + planId + "-" + kind + "-" + code(wording) + ".csv");
    }

    @Operation(
            summary = "My bookings as a workbook",
            description = "Every booking the reader may read; a venue "
                    + "manager's: their venues', confidential engagements redacted as in the inbox.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = XLSX_TYPE, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/bookings/export.xlsx")
    ResponseEntity<byte[]> bookingsWorkbook(
            @Parameter(description = "en or zh; absent: the account's language") @RequestParam(required = false)
                    String lang) {
        Wording wording = languages.of(lang);
        return file(
                XlsxWriter.write(List.of(tables.bookings(null, wording))), XLSX, "bookings-" + code(wording) + ".xlsx");
    }

    @Operation(
            summary = "My bookings as CSV",
            description = "The rows of the bookings workbook. UTF-8 with a byte " + "order mark.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/bookings/export.csv")
    ResponseEntity<byte[]> bookingsCsv(
            @Parameter(description = "en or zh; absent: the account's language") @RequestParam(required = false)
                    String lang) {
        Wording wording = languages.of(lang);
        return file(CsvWriter.write(tables.bookings(null, wording)), CSV, "bookings-" + code(wording) + ".csv");
    }

    private static String code(Wording wording) {
        return wording.chinese() ? "zh" : "en";
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header("Cache-Control", "private, no-store")
                .body(body);
    }
}
