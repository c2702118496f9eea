package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.protocolplanner.booking.BookingFixtures;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The role matrix of docs/reference/roles.md, cell by cell: every endpoint of docs/api.md for every role and
 * for no sign-in, with the expected status typed in from the matrix in docs/api.md, not derived from the security
 * configuration. A cell that expects a change to succeed gets a world of its own (a new summit day, its
 * bookings, its scenario), so that cells never depend on each other's changes; the others share one world.
 * Confidential engagements: where a cell answers 200 with a booking's engagement, venue managers must not
 * see its title, and the other roles must.
 */
@IntegrationTest
class RoleMatrixIT {

    /** The columns, in the order of docs/reference/roles.md, after "not signed in". */
    enum Caller {
        NOBODY(null),
        ADMIN("admin"),
        PROTOCOL_OFFICER("officer"),
        PLANNER("planner"),
        VENUE_MANAGER("manager");

        final String demoAccount;

        Caller(String demoAccount) {
            this.demoAccount = demoAccount;
        }
    }

    /** Whether the answer shows a confidential engagement, and so must hide its title from managers. */
    enum Confidential {
        NO,
        SHOWN_BUT_NOT_TO_MANAGERS,
        NEVER_TO_MANAGERS
    }

    /** One row of the matrix: a request and the status per column. */
    record Row(
            String name,
            String method,
            Function<World, String> path,
            Function<World, Object> body,
            Confidential confidential,
            int... statuses) {}

    private static final List<Row> MATRIX = new ArrayList<>();

    private static void row(
            String method,
            String name,
            Function<World, String> path,
            Function<World, Object> body,
            int nobody,
            int admin,
            int officer,
            int planner,
            int manager) {
        MATRIX.add(new Row(
                method + " " + name, method, path, body, Confidential.NO, nobody, admin, officer, planner, manager));
    }

    private static void get(
            String name, Function<World, String> path, int nobody, int admin, int officer, int planner, int manager) {
        row("GET", name, path, null, nobody, admin, officer, planner, manager);
    }

    private static void getConfidential(
            String name,
            Function<World, String> path,
            Confidential confidential,
            int nobody,
            int admin,
            int officer,
            int planner,
            int manager) {
        MATRIX.add(new Row("GET " + name, "GET", path, null, confidential, nobody, admin, officer, planner, manager));
    }

    static {
        // Operations and the OpenAPI document: health public, metrics administrators, docs anyone signed in.
        get("/actuator/health", w -> "/actuator/health", 200, 200, 200, 200, 200);
        get("/actuator/prometheus", w -> "/actuator/prometheus", 401, 200, 403, 403, 403);
        get("/v3/api-docs", w -> "/v3/api-docs", 401, 200, 200, 200, 200);
        get("/swagger-ui/index.html", w -> "/swagger-ui/index.html", 401, 200, 200, 200, 200);

        // What the sign-in page offers (the office directory or not): public, as the page is.
        get("/api/sign-in-options", w -> "/api/sign-in-options", 200, 200, 200, 200, 200);

        // Own account, preferences and calendar feed token: everyone signed in.
        get("/api/me", w -> "/api/me", 401, 200, 200, 200, 200);
        // The start page: what needs the signed-in user now, per role (OverviewIT checks each role's part).
        get("/api/overview", w -> "/api/overview", 401, 200, 200, 200, 200);
        row(
                "PUT",
                "/api/me/preferences",
                w -> "/api/me/preferences",
                w -> Map.of("language", "en"),
                401,
                200,
                200,
                200,
                200);
        row("POST", "/api/me/feed-token", w -> "/api/me/feed-token", w -> "", 401, 200, 200, 200, 200);
        row("DELETE", "/api/me/feed-token", w -> "/api/me/feed-token", null, 401, 204, 204, 204, 204);

        // Calendar feeds by token (always asked for without sign-in; the column is the token owner's role,
        // "nobody" an unknown token): public, 404 for an unknown or revoked token and for what the owner may not see.
        getConfidential(
                "/feeds/{token}/venues/{own venue}.ics",
                w -> "/feeds/" + w.feedToken() + "/venues/" + w.site.guesthouse() + ".ics",
                Confidential.SHOWN_BUT_NOT_TO_MANAGERS,
                404,
                200,
                200,
                200,
                200);
        get(
                "/feeds/{token}/venues/{another venue}.ics",
                w -> "/feeds/" + w.feedToken() + "/venues/" + w.site.heritageSite() + ".ics",
                404,
                200,
                200,
                200,
                404);
        get(
                "/feeds/{token}/plans/{id}/delegations/{delegationId}.ics",
                w -> "/feeds/" + w.feedToken() + "/plans/" + w.planId() + "/delegations/ruritania.ics",
                404,
                200,
                200,
                200,
                404);
        get(
                "/feeds/{revoked token}/venues/{own venue}.ics",
                w -> "/feeds/" + w.revokedFeedToken() + "/venues/" + w.site.guesthouse() + ".ics",
                404,
                404,
                404,
                404,
                404);
        get(
                "/feeds/{token}/plans/{id}/run-sheets/venues/{own venue}.pdf",
                w -> "/feeds/" + w.feedToken()
                        + "/plans/" + w.planId() + "/run-sheets/venues/" + w.site.guesthouse() + ".pdf?day="
                        + BookingFixtures.DAY.toLocalDate(),
                404,
                200,
                200,
                200,
                200);
        get(
                "/feeds/{token}/plans/{id}/run-sheets/venues/{another venue}.pdf",
                w -> "/feeds/" + w.feedToken()
                        + "/plans/" + w.planId() + "/run-sheets/venues/" + w.site.heritageSite() + ".pdf?day="
                        + BookingFixtures.DAY.toLocalDate(),
                404,
                200,
                200,
                200,
                404);
        get(
                "/feeds/{token}/plans/{id}/run-sheets/days/{day}.pdf",
                w -> "/feeds/" + w.feedToken() + "/plans/" + w.planId() + "/run-sheets/days/"
                        + BookingFixtures.DAY.toLocalDate() + ".pdf",
                404,
                200,
                200,
                200,
                404);

        // The catalogue: read by all; venues created, edited, deleted by administrators and officers; a
        // manager edits the spaces of own venues, another venue is 404, the venue itself 403.
        get("/api/venues", w -> "/api/venues", 401, 200, 200, 200, 200);
        get("/api/venues/{venueId}", w -> "/api/venues/" + w.venues().guesthouse(), 401, 200, 200, 200, 200);
        get("/api/areas", w -> "/api/areas", 401, 200, 200, 200, 200);
        get("/api/map-tiles", w -> "/api/map-tiles", 401, 200, 200, 200, 200);
        row(
                "POST",
                "/api/venues",
                w -> "/api/venues",
                w -> Map.of("id", w.venues().guesthouse() + "-annex", "nameEn", "Annex"),
                401,
                201,
                201,
                403,
                403);
        row(
                "PUT",
                "/api/venues/{own venue}",
                w -> "/api/venues/" + w.venues().guesthouse(),
                w -> Map.of(
                        "nameEn",
                        "Renamed guesthouse",
                        "version",
                        w.version("/api/venues/" + w.venues().guesthouse())),
                401,
                200,
                200,
                403,
                403);
        row(
                "PUT",
                "/api/venues/{another venue}",
                w -> "/api/venues/" + w.venues().heritageSite(),
                w -> Map.of(
                        "nameEn",
                        "Renamed site",
                        "version",
                        w.version("/api/venues/" + w.venues().heritageSite())),
                401,
                200,
                200,
                403,
                404);
        row(
                "DELETE",
                "/api/venues/{own venue}",
                w -> "/api/venues/" + w.venues().guesthouse(),
                null,
                401,
                204,
                204,
                403,
                403);
        row(
                "DELETE",
                "/api/venues/{another venue}",
                w -> "/api/venues/" + w.venues().heritageSite(),
                null,
                401,
                204,
                204,
                403,
                404);
        row(
                "POST",
                "/api/venues/{own venue}/spaces",
                w -> "/api/venues/" + w.venues().guesthouse() + "/spaces",
                w -> Map.of("id", w.venues().guesthouse() + "-garden", "nameEn", "Garden"),
                401,
                201,
                201,
                403,
                201);
        row(
                "POST",
                "/api/venues/{another venue}/spaces",
                w -> "/api/venues/" + w.venues().heritageSite() + "/spaces",
                w -> Map.of("id", w.venues().heritageSite() + "-garden", "nameEn", "Garden"),
                401,
                201,
                201,
                403,
                404);
        row(
                "PUT",
                "/api/venues/{own venue}/spaces/{spaceId}",
                w -> "/api/venues/" + w.venues().guesthouse() + "/spaces/"
                        + w.venues().meetingRoom(),
                w -> w.spaceChange(w.venues().guesthouse(), w.venues().meetingRoom()),
                401,
                200,
                200,
                403,
                200);
        row(
                "PUT",
                "/api/venues/{another venue}/spaces/{spaceId}",
                w -> "/api/venues/" + w.venues().heritageSite() + "/spaces/"
                        + w.venues().salon(),
                w -> w.spaceChange(w.venues().heritageSite(), w.venues().salon()),
                401,
                200,
                200,
                403,
                404);
        row(
                "DELETE",
                "/api/venues/{own venue}/spaces/{spaceId}",
                w -> "/api/venues/" + w.venues().guesthouse() + "/spaces/"
                        + w.venues().meetingRoom(),
                null,
                401,
                200,
                200,
                403,
                200);
        row(
                "DELETE",
                "/api/venues/{another venue}/spaces/{spaceId}",
                w -> "/api/venues/" + w.venues().heritageSite() + "/spaces/"
                        + w.venues().salon(),
                null,
                401,
                200,
                200,
                403,
                404);

        // A plan's own venue (the fixture's came with its import) into the catalogue: whoever edits the catalogue;
        // a manager is 403 for own venues, 404 for others.
        row(
                "POST",
                "/api/venues/{own imported venue}/add-to-catalogue",
                w -> w.importedVenue(w.site.guesthouse()),
                w -> "",
                401,
                200,
                200,
                403,
                403);
        row(
                "POST",
                "/api/venues/{another imported venue}/add-to-catalogue",
                w -> w.importedVenue(w.site.heritageSite()),
                w -> "",
                401,
                200,
                200,
                403,
                404);

        // Live plans: read by administrators, officers and planners; changed by administrators and officers.
        get("/api/plans", w -> "/api/plans", 401, 200, 200, 200, 403);
        get("/api/plans/{id}", World::plan, 401, 200, 200, 200, 403);
        row(
                "POST",
                "/api/plans",
                w -> "/api/plans",
                w -> Map.of(
                        "name", "Matrix plan", "horizonStart", "2027-05-10T00:00", "horizonEnd", "2027-05-12T00:00"),
                401,
                201,
                201,
                403,
                403);
        row("PUT", "/api/plans/{id}", World::plan, World::planChange, 401, 200, 200, 403, 403);
        row("DELETE", "/api/plans/{id}", World::plan, null, 401, 204, 204, 403, 403);
        row("POST", "/api/plans/import", w -> "/api/plans/import", World::planDocument, 401, 201, 201, 403, 403);
        get("/api/plans/{id}/export", w -> w.plan() + "/export", 401, 200, 200, 200, 403);
        get("/api/plans/{id}/solution", w -> w.plan() + "/solution", 401, 200, 200, 200, 403);
        row(
                "PUT",
                "/api/plans/{id}/solution",
                w -> w.plan() + "/solution",
                w -> w.solution(w.plan()),
                401,
                200,
                200,
                403,
                403);
        get("/api/plans/{id}/delegations", w -> w.plan() + "/delegations", 401, 200, 200, 200, 403);
        row(
                "POST",
                "/api/plans/{id}/delegations",
                w -> w.plan() + "/delegations",
                w -> World.newDelegation(),
                401,
                201,
                201,
                403,
                403);
        row(
                "PUT",
                "/api/plans/{id}/delegations/{delegationId}",
                w -> w.plan() + "/delegations/ruritania",
                w -> w.renamed(w.plan() + "/delegations", "ruritania", "name"),
                401,
                200,
                200,
                403,
                403);
        row(
                "DELETE",
                "/api/plans/{id}/delegations/{delegationId}",
                w -> w.plan() + "/delegations/" + w.extraDelegation(w.plan()),
                null,
                401,
                204,
                204,
                403,
                403);
        get("/api/plans/{id}/engagements", w -> w.plan() + "/engagements", 401, 200, 200, 200, 403);
        get("/api/plans/{id}/engagements/{eventId}", w -> w.plan() + "/engagements/talks", 401, 200, 200, 200, 403);
        row(
                "POST",
                "/api/plans/{id}/engagements",
                w -> w.plan() + "/engagements",
                w -> World.newEngagement(),
                401,
                201,
                201,
                403,
                403);
        row(
                "PUT",
                "/api/plans/{id}/engagements/{eventId}",
                w -> w.plan() + "/engagements/talks",
                w -> w.renamed(w.plan() + "/engagements", "talks", "title"),
                401,
                200,
                200,
                403,
                403);
        row(
                "DELETE",
                "/api/plans/{id}/engagements/{eventId}",
                w -> w.plan() + "/engagements/briefing",
                null,
                401,
                204,
                204,
                403,
                403);
        row(
                "PATCH",
                "/api/plans/{id}/engagements/{eventId}/assignment",
                w -> w.plan() + "/engagements/talks/assignment",
                w -> w.move(w.plan()),
                401,
                200,
                200,
                403,
                403);
        get("/api/plans/{id}/closures", w -> w.plan() + "/closures", 401, 200, 200, 200, 403);
        row(
                "POST",
                "/api/plans/{id}/closures",
                w -> w.plan() + "/closures",
                World::newClosure,
                401,
                201,
                201,
                403,
                403);
        row(
                "DELETE",
                "/api/plans/{id}/closures/{closureId}",
                w -> w.plan() + "/closures/" + w.closure(w.plan()),
                null,
                401,
                204,
                204,
                403,
                403);
        get("/api/plans/{id}/weights", w -> w.plan() + "/weights", 401, 200, 200, 200, 403);
        row(
                "PUT",
                "/api/plans/{id}/weights",
                w -> w.plan() + "/weights",
                w -> Map.of("weights", Map.of(), "version", w.version(w.plan())),
                401,
                200,
                200,
                403,
                403);
        row(
                "POST",
                "/api/plans/{id}/solve",
                w -> w.plan() + "/solve",
                w -> Map.of("timeLimitSeconds", 5, "stepLimit", 1),
                401,
                202,
                202,
                403,
                403);
        get("/api/plans/{id}/solve", w -> w.solved() + "/solve", 401, 200, 200, 200, 403);
        get("/api/plans/{id}/solve/events", w -> w.solved() + "/solve/events", 401, 200, 200, 200, 403);
        row("DELETE", "/api/plans/{id}/solve", w -> w.solving() + "/solve", null, 401, 200, 200, 403, 403);
        get("/api/plans/{id}/score-analysis", w -> w.plan() + "/score-analysis", 401, 200, 200, 200, 403);
        get(
                "/api/plans/{id}/engagements/{eventId}/places",
                w -> w.plan() + "/engagements/talks/places?limit=3",
                401,
                200,
                200,
                200,
                403);
        row(
                "POST",
                "/api/plans/{id}/score-preview",
                w -> w.plan() + "/score-preview",
                World::preview,
                401,
                200,
                200,
                403,
                403);
        row("POST", "/api/plans/{id}/publish", w -> w.plan() + "/publish", w -> "", 401, 200, 200, 403, 403);
        // A plan's own venues and the catalogue venues of their names: read as plans are; accepting a match is an
        // edit of the plan (the fixture's venues have none: 400 once the role may).
        get("/api/plans/{id}/imported-venues", w -> w.plan() + "/imported-venues", 401, 200, 200, 200, 403);
        row(
                "POST",
                "/api/plans/{id}/imported-venues/{venueId}/accept-match",
                w -> w.plan() + "/imported-venues/" + w.site.guesthouse() + "/accept-match",
                w -> Map.of("catalogueVenueId", "no-such-venue"),
                401,
                400,
                400,
                403,
                403);
        get(
                "/api/plans/{id}/delegations/{delegationId}/itinerary.pdf",
                w -> w.plan() + "/delegations/ruritania/itinerary.pdf",
                401,
                200,
                200,
                200,
                403);

        // Run sheets and spreadsheets: whoever reads plans; a manager the run sheets of own venues (another
        // venue's is 404) and own bookings. PDFs and workbooks are binary: RunSheetIT and ExportIT read them back.
        get(
                "/api/plans/{id}/run-sheets/venues/{own venue}",
                w -> w.plan() + "/run-sheets/venues/" + w.site.guesthouse() + "?day="
                        + BookingFixtures.DAY.toLocalDate(),
                401,
                200,
                200,
                200,
                200);
        get(
                "/api/plans/{id}/run-sheets/venues/{another venue}",
                w -> w.plan() + "/run-sheets/venues/" + w.site.heritageSite() + "?day="
                        + BookingFixtures.DAY.toLocalDate(),
                401,
                200,
                200,
                200,
                404);
        get(
                "/api/plans/{id}/run-sheets/days/{day}",
                w -> w.plan() + "/run-sheets/days/" + BookingFixtures.DAY.toLocalDate(),
                401,
                200,
                200,
                200,
                403);
        get("/api/plans/{id}/schedule.xlsx", w -> w.plan() + "/schedule.xlsx", 401, 200, 200, 200, 403);
        getConfidential(
                "/api/plans/{id}/schedule.csv",
                w -> w.plan() + "/schedule.csv",
                Confidential.SHOWN_BUT_NOT_TO_MANAGERS,
                401,
                200,
                200,
                200,
                403);

        row(
                "POST",
                "/api/plans/{id}/solution/preview",
                w -> w.plan() + "/solution/preview",
                w -> w.solution(w.plan()),
                401,
                200,
                200,
                403,
                403);
        // Undo: a caller takes back only their own last change, offered to them by GET …/undo.
        get("/api/plans/{id}/undo (nothing to undo)", w -> w.plan() + "/undo", 401, 404, 404, 404, 403);
        row(
                "POST",
                "/api/plans/{id}/undo",
                w -> w.plan() + "/undo",
                w -> w.importToUndo(w.plan()),
                401,
                200,
                200,
                403,
                403);
        // Scenarios: planners too, except adoption; a scenario is never published.
        row("POST", "/api/plans/{live id}/scenarios", w -> w.plan() + "/scenarios", w -> "", 401, 201, 201, 201, 403);
        get("/api/plans/{scenario}", World::scenario, 401, 200, 200, 200, 403);
        row("PUT", "/api/plans/{scenario}", World::scenario, w -> w.planChange(w.scenario()), 401, 200, 200, 200, 403);
        row("DELETE", "/api/plans/{scenario}", World::scenario, null, 401, 204, 204, 204, 403);
        row(
                "POST",
                "/api/plans/{scenario}/undo",
                w -> w.scenario() + "/undo",
                w -> w.importToUndo(w.scenario()),
                401,
                200,
                200,
                200,
                403);
        row(
                "PUT",
                "/api/plans/{scenario}/solution",
                w -> w.scenario() + "/solution",
                w -> w.solution(w.scenario()),
                401,
                200,
                200,
                200,
                403);
        row(
                "POST",
                "/api/plans/{scenario}/delegations",
                w -> w.scenario() + "/delegations",
                w -> World.newDelegation(),
                401,
                201,
                201,
                201,
                403);
        row(
                "PUT",
                "/api/plans/{scenario}/delegations/{delegationId}",
                w -> w.scenario() + "/delegations/ruritania",
                w -> w.renamed(w.scenario() + "/delegations", "ruritania", "name"),
                401,
                200,
                200,
                200,
                403);
        row(
                "DELETE",
                "/api/plans/{scenario}/delegations/{delegationId}",
                w -> w.scenario() + "/delegations/" + w.extraDelegation(w.scenario()),
                null,
                401,
                204,
                204,
                204,
                403);
        row(
                "POST",
                "/api/plans/{scenario}/engagements",
                w -> w.scenario() + "/engagements",
                w -> World.newEngagement(),
                401,
                201,
                201,
                201,
                403);
        row(
                "PUT",
                "/api/plans/{scenario}/engagements/{eventId}",
                w -> w.scenario() + "/engagements/talks",
                w -> w.renamed(w.scenario() + "/engagements", "talks", "title"),
                401,
                200,
                200,
                200,
                403);
        row(
                "DELETE",
                "/api/plans/{scenario}/engagements/{eventId}",
                w -> w.scenario() + "/engagements/briefing",
                null,
                401,
                204,
                204,
                204,
                403);
        row(
                "PATCH",
                "/api/plans/{scenario}/engagements/{eventId}/assignment",
                w -> w.scenario() + "/engagements/talks/assignment",
                w -> w.move(w.scenario()),
                401,
                200,
                200,
                200,
                403);
        row(
                "POST",
                "/api/plans/{scenario}/closures",
                w -> w.scenario() + "/closures",
                World::newClosure,
                401,
                201,
                201,
                201,
                403);
        row(
                "DELETE",
                "/api/plans/{scenario}/closures/{closureId}",
                w -> w.scenario() + "/closures/" + w.closure(w.scenario()),
                null,
                401,
                204,
                204,
                204,
                403);
        row(
                "PUT",
                "/api/plans/{scenario}/weights",
                w -> w.scenario() + "/weights",
                w -> Map.of("weights", Map.of(), "version", w.version(w.scenario())),
                401,
                200,
                200,
                200,
                403);
        row(
                "POST",
                "/api/plans/{scenario}/solve",
                w -> w.scenario() + "/solve",
                w -> Map.of("timeLimitSeconds", 5, "stepLimit", 1),
                401,
                202,
                202,
                202,
                403);
        row(
                "POST",
                "/api/plans/{scenario}/score-preview",
                w -> w.scenario() + "/score-preview",
                World::preview,
                401,
                200,
                200,
                200,
                403);
        get(
                "/api/plans/{scenario}/engagements/{eventId}/places",
                w -> w.scenario() + "/engagements/talks/places?limit=3",
                401,
                200,
                200,
                200,
                403);
        get("/api/plans/{scenario}/comparison", w -> w.scenario() + "/comparison", 401, 200, 200, 200, 403);
        get("/api/plans/{scenario}/export", w -> w.scenario() + "/export", 401, 200, 200, 200, 403);
        row("POST", "/api/plans/{scenario}/propose", w -> w.scenario() + "/propose", w -> "", 401, 200, 200, 200, 403);
        row("POST", "/api/plans/{scenario}/adopt", w -> w.scenario() + "/adopt", w -> "", 401, 200, 200, 403, 403);
        row("POST", "/api/plans/{scenario}/publish", w -> w.scenario() + "/publish", w -> "", 401, 409, 409, 403, 403);

        // Bookings: read by all, managers their own venues' only (another venue's is 404); answers by a
        // venue's managers, or by administrators and officers for a venue without managers.
        getConfidential(
                "/api/bookings",
                w -> "/api/bookings?plan=" + w.planId() + "&size=50",
                Confidential.SHOWN_BUT_NOT_TO_MANAGERS,
                401,
                200,
                200,
                200,
                200);
        getConfidential(
                "/api/bookings/{own venue's}",
                w -> "/api/bookings/" + w.booking(w.site.banquetHall()),
                Confidential.SHOWN_BUT_NOT_TO_MANAGERS,
                401,
                200,
                200,
                200,
                200);
        get(
                "/api/bookings/{unmanaged venue's}",
                w -> "/api/bookings/" + w.booking(w.site.salon()),
                401,
                200,
                200,
                200,
                404);
        get("/api/bookings/export.xlsx", w -> "/api/bookings/export.xlsx", 401, 200, 200, 200, 200);
        getConfidential(
                "/api/bookings/export.csv",
                w -> "/api/bookings/export.csv",
                Confidential.SHOWN_BUT_NOT_TO_MANAGERS,
                401,
                200,
                200,
                200,
                200);
        row(
                "POST",
                "/api/bookings/answers/undo",
                w -> "/api/bookings/answers/undo",
                World::answerToUndo,
                401,
                200,
                200,
                403,
                200);
        row(
                "POST",
                "/api/bookings/{own venue's}/confirm",
                w -> "/api/bookings/" + w.booking(w.site.banquetHall()) + "/confirm",
                w -> "",
                401,
                403,
                403,
                403,
                200);
        row(
                "POST",
                "/api/bookings/{unmanaged venue's}/confirm",
                w -> "/api/bookings/" + w.booking(w.site.salon()) + "/confirm",
                w -> "",
                401,
                200,
                200,
                403,
                404);
        row(
                "POST",
                "/api/bookings/{own venue's}/decline",
                w -> "/api/bookings/" + w.booking(w.site.banquetHall()) + "/decline",
                w -> Map.of("reason", "closed for repairs"),
                401,
                403,
                403,
                403,
                200);
        row(
                "POST",
                "/api/bookings/{unmanaged venue's}/decline",
                w -> "/api/bookings/" + w.booking(w.site.salon()) + "/decline",
                w -> Map.of("reason", "closed for repairs"),
                401,
                200,
                200,
                403,
                404);
        row(
                "POST",
                "/api/bookings/{own venue's confirmed}/cancel",
                w -> "/api/bookings/" + w.confirmed(w.site.banquetHall(), "manager") + "/cancel",
                w -> Map.of("reason", "flooded"),
                401,
                200,
                200,
                403,
                200);
        row(
                "POST",
                "/api/bookings/{unmanaged venue's confirmed}/cancel",
                w -> "/api/bookings/" + w.confirmed(w.site.salon(), "officer") + "/cancel",
                w -> Map.of("reason", "flooded"),
                401,
                200,
                200,
                403,
                404);
        row(
                "POST",
                "/api/bookings/{own venue's}/withdraw",
                w -> "/api/bookings/" + w.booking(w.site.banquetHall()) + "/withdraw",
                w -> "",
                401,
                200,
                200,
                403,
                403);
        row(
                "POST",
                "/api/bookings/{unmanaged venue's}/withdraw",
                w -> "/api/bookings/" + w.booking(w.site.salon()) + "/withdraw",
                w -> "",
                401,
                200,
                200,
                403,
                404);

        // Notifications: everyone's own; another's is 404. The manager's request notice never names the banquet.
        getConfidential(
                "/api/notifications",
                w -> "/api/notifications?size=200",
                Confidential.NEVER_TO_MANAGERS,
                401,
                200,
                200,
                200,
                200);
        get("/api/notifications/unread-count", w -> "/api/notifications/unread-count", 401, 200, 200, 200, 200);
        get("/api/notifications/plans", w -> "/api/notifications/plans", 401, 200, 200, 200, 200);
        row(
                "POST",
                "/api/notifications/read",
                w -> "/api/notifications/read?plan=" + w.planId(),
                w -> "",
                401,
                200,
                200,
                200,
                200);
        row(
                "POST",
                "/api/notifications/{the manager's}/read",
                w -> "/api/notifications/" + w.managersNotification() + "/read",
                w -> "",
                401,
                404,
                404,
                404,
                200);

        // Accounts and the audit log: administrators only.
        get("/api/accounts", w -> "/api/accounts", 401, 200, 403, 403, 403);
        row(
                "POST",
                "/api/accounts",
                w -> "/api/accounts",
                w -> Map.of(
                        "username",
                        w.site.guesthouse(),
                        "displayName",
                        "New planner",
                        "password",
                        "x",
                        "roles",
                        List.of("PLANNER")),
                401,
                201,
                403,
                403,
                403);
        row(
                "PUT",
                "/api/accounts/{accountId}",
                w -> "/api/accounts/" + w.account(),
                w -> Map.of("displayName", "Renamed", "roles", List.of("PLANNER"), "version", 0),
                401,
                200,
                403,
                403,
                403);
        row(
                "POST",
                "/api/accounts/{accountId}/disable",
                w -> "/api/accounts/" + w.account() + "/disable",
                w -> "",
                401,
                200,
                403,
                403,
                403);
        row(
                "POST",
                "/api/accounts/{accountId}/enable",
                w -> "/api/accounts/" + w.account() + "/enable",
                w -> "",
                401,
                200,
                403,
                403,
                403);
        row(
                "POST",
                "/api/accounts/{accountId}/password-reset",
                w -> "/api/accounts/" + w.account() + "/password-reset",
                w -> Map.of("password", "a brand new password"),
                401,
                200,
                403,
                403,
                403);
        get("/api/audit", w -> "/api/audit?entity=booking", 401, 200, 403, 403, 403);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static World shared;

    static Stream<Arguments> cells() {
        return MATRIX.stream()
                .flatMap(row -> Stream.of(Caller.values()).map(caller -> Arguments.of(row.name(), caller, row)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void theRoleMatrixHolds(String name, Caller caller, Row row) {
        int expected = row.statuses()[caller.ordinal()];
        boolean changes = !row.method().equals("GET") && expected / 100 == 2;
        World world = changes ? new World(this, true) : sharedWorld();
        boolean feed = row.name().startsWith("GET /feeds/");
        world.feedOwner = caller;
        String path = row.path().apply(world);
        Object body = row.body() == null ? null : row.body().apply(world);
        Api api = feed || caller == Caller.NOBODY ? Api.anonymous(port) : Api.as(port, caller.demoAccount);

        Answer answer = send(api, row.method(), path, body);

        assertThat(answer.status())
                .as("%s as %s: %s", row.name(), caller, answer.text())
                .isEqualTo(expected);
        if (expected == 200 && row.confidential() != Confidential.NO) {
            boolean manager = caller == Caller.VENUE_MANAGER;
            if (manager) {
                assertThat(answer.text()).doesNotContain(BookingFixtures.SECRET_TITLE);
            } else if (row.confidential() == Confidential.SHOWN_BUT_NOT_TO_MANAGERS) {
                assertThat(answer.text()).contains(BookingFixtures.SECRET_TITLE);
            }
        }
    }

    private synchronized World sharedWorld() {
        if (shared == null) {
            shared = new World(this, false);
            shared.booking(shared.site.banquetHall());
        }
        shared.test = this;
        return shared;
    }

    record Answer(int status, String text) {}

    private Answer send(Api api, String method, String path, Object body) {
        if (path.endsWith("/solve/events")) {
            // A stream: the status and headers are the cell; the body is not awaited.
            try {
                HttpResponse<InputStream> response = java.net.http.HttpClient.newHttpClient()
                        .sendAsync(api.request(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream())
                        .get(30, TimeUnit.SECONDS);
                response.body().close();
                return new Answer(response.statusCode(), "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new IllegalStateException(e);
            }
        }
        Api.Answer answer = switch (method) {
            case "GET" -> api.get(path);
            case "DELETE" -> api.delete(path);
            case "POST" -> api.post(path, body);
            case "PUT" -> api.put(path, body);
            case "PATCH" ->
                api.send(api.request(path)
                        .header("Content-Type", "application/json")
                        .method(
                                "PATCH",
                                HttpRequest.BodyPublishers.ofByteArray(
                                        Api.json().writeValueAsBytes(body))));
            default -> throw new IllegalArgumentException(method);
        };
        return new Answer(answer.status(), answer.text());
    }

    /**
     * A summit day of its own (BookingFixtures): a guesthouse the demo manager manages, a heritage site
     * without managers, three engagements placed, one of them a confidential banquet. Everything else is
     * made when a cell first asks for it, by the role that may make it.
     */
    static final class World {

        final BookingFixtures.Site site = BookingFixtures.Site.next("matrix");
        RoleMatrixIT test;
        Caller feedOwner;
        private String plan;
        private String scenario;
        private boolean published;
        private boolean venuesCreated;
        private String solved;
        private final Map<Caller, String> feedTokens = new EnumMap<>(Caller.class);
        private final Map<Caller, String> revokedTokens = new EnumMap<>(Caller.class);
        private Long account;
        private final Map<String, String> extraDelegations = new java.util.HashMap<>();
        private final Map<String, Long> closures = new java.util.HashMap<>();

        /** A world of one cell only, which that cell may change. */
        final boolean fresh;

        World(RoleMatrixIT test, boolean fresh) {
            this.test = test;
            this.fresh = fresh;
        }

        private Api officer() {
            return Api.as(test.port, "officer");
        }

        /** The two venues in the catalogue, without a plan that would keep them from being deleted. */
        BookingFixtures.Site venues() {
            if (plan == null && !venuesCreated) {
                Api admin = Api.as(test.port, "admin");
                assertThat(admin.post("/api/venues", Map.of("id", site.guesthouse(), "nameEn", "Test guesthouse"))
                                .status())
                        .isEqualTo(201);
                assertThat(admin.post(
                                        "/api/venues/" + site.guesthouse() + "/spaces",
                                        Map.of("id", site.meetingRoom(), "nameEn", "Meeting room"))
                                .status())
                        .isEqualTo(201);
                assertThat(admin.post("/api/venues", Map.of("id", site.heritageSite(), "nameEn", "Test heritage site"))
                                .status())
                        .isEqualTo(201);
                assertThat(admin.post(
                                        "/api/venues/" + site.heritageSite() + "/spaces",
                                        Map.of("id", site.salon(), "nameEn", "Salon"))
                                .status())
                        .isEqualTo(201);
                test.jdbc.update(
                        "insert into venue_manager (venue_id, account_id) select ?, id from account"
                                + " where username = 'manager'",
                        site.guesthouse());
                venuesCreated = true;
            }
            return site;
        }

        /**
         * The add-to-catalogue path of a venue the plan's import brought, renamed apart from the catalogue venues
         * of {@link #venues()}, whose names it shares (the catalogue refuses a second venue of one name).
         */
        String importedVenue(String venueId) {
            plan();
            test.jdbc.update("update venue set name_en = name_en || ' ' || id where id = ?", venueId);
            return "/api/venues/" + venueId + "/add-to-catalogue";
        }

        String plan() {
            if (plan == null) {
                plan = BookingFixtures.importPlaced(officer(), test.jdbc, "Matrix summit day", site);
            }
            return plan;
        }

        long planId() {
            return BookingFixtures.planId(plan());
        }

        String scenario() {
            if (scenario == null) {
                Api.Answer created = Api.as(test.port, "planner").post(plan() + "/scenarios", "");
                assertThat(created.status()).as(created.text()).isEqualTo(201);
                scenario = created.header("Location");
            }
            return scenario;
        }

        long booking(String spaceId) {
            if (!published) {
                Api.Answer publish = officer().post(plan() + "/publish", "");
                assertThat(publish.status()).as(publish.text()).isEqualTo(200);
                published = true;
            }
            return test.jdbc.queryForObject(
                    "select max(id) from booking where plan_id = ? and space_id = ?", Long.class, planId(), spaceId);
        }

        long confirmed(String spaceId, String by) {
            long id = booking(spaceId);
            assertThat(Api.as(test.port, by)
                            .post("/api/bookings/" + id + "/confirm", "")
                            .status())
                    .isEqualTo(200);
            return id;
        }

        /** A batch confirming the request of this space, at the version the caller would have read. */
        Object batchConfirm(String spaceId) {
            long id = booking(spaceId);
            return Map.of(
                    "answer",
                    "confirm",
                    "bookings",
                    List.of(Map.of("id", id, "version", version("/api/bookings/" + id))));
        }

        long managersNotification() {
            booking(site.banquetHall());
            return test.jdbc.queryForObject(
                    "select max(n.id) from notification n join account a on a.id = n.account_id"
                            + " where a.username = 'manager'",
                    Long.class);
        }

        /** A plan solved once for a single step, finished. */
        String solved() {
            if (solved == null) {
                solved = plan();
                officer().post(solved + "/solve", Map.of("timeLimitSeconds", 5, "stepLimit", 1));
                await().atMost(Duration.ofMinutes(2))
                        .until(() -> List.of("FINISHED", "STOPPED")
                                .contains(officer()
                                        .get(solved + "/solve")
                                        .json()
                                        .get("state")
                                        .asString()));
            }
            return solved;
        }

        /** A plan being solved, for a cell that stops it; the shared plan is never set solving. */
        String solving() {
            if (!fresh) {
                return plan();
            }
            Api.Answer started = officer().post(plan() + "/solve", Map.of("timeLimitSeconds", 60));
            assertThat(started.status()).as(started.text()).isEqualTo(202);
            return plan();
        }

        String feedToken() {
            if (feedOwner == Caller.NOBODY) {
                return "unknown-token-unknown-token-unknown-token-unk";
            }
            return feedTokens.computeIfAbsent(feedOwner, role -> issueToken(role, "feed"));
        }

        String revokedFeedToken() {
            if (feedOwner == Caller.NOBODY) {
                return "never-issued-token-never-issued-token-never-i";
            }
            return revokedTokens.computeIfAbsent(feedOwner, role -> {
                String username = feedAccount(role, "revoked");
                String token = Api.as(test.port, username)
                        .post("/api/me/feed-token", "")
                        .json()
                        .get("token")
                        .asString();
                assertThat(Api.as(test.port, username)
                                .delete("/api/me/feed-token")
                                .status())
                        .isEqualTo(204);
                return token;
            });
        }

        /** Feed owners of their own, so that the token cells of the demo accounts never revoke these. */
        private String issueToken(Caller role, String kind) {
            String username = feedAccount(role, kind);
            return Api.as(test.port, username)
                    .post("/api/me/feed-token", "")
                    .json()
                    .get("token")
                    .asString();
        }

        private String feedAccount(Caller role, String kind) {
            String username = site.guesthouse() + "-" + kind + "-" + role.ordinal();
            Map<String, Object> account = new java.util.HashMap<>(Map.of(
                    "username",
                    username,
                    "displayName",
                    username,
                    "password",
                    Api.DEMO_PASSWORD,
                    "roles",
                    List.of(role.name())));
            if (role == Caller.VENUE_MANAGER) {
                account.put("managedVenueIds", List.of(site.guesthouse()));
            }
            Api.Answer created = Api.as(test.port, "admin").post("/api/accounts", account);
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            return username;
        }

        long account() {
            if (account == null) {
                Api.Answer created = Api.as(test.port, "admin")
                        .post(
                                "/api/accounts",
                                Map.of(
                                        "username",
                                        site.guesthouse() + "-account",
                                        "displayName",
                                        "Matrix",
                                        "password",
                                        Api.DEMO_PASSWORD,
                                        "roles",
                                        List.of("PLANNER")));
                assertThat(created.status()).as(created.text()).isEqualTo(201);
                account = created.json().get("id").asLong();
            }
            return account;
        }

        long version(String path) {
            return Api.as(test.port, "admin").get(path).json().get("version").asLong();
        }

        Object spaceChange(String venueId, String spaceId) {
            JsonNode venue =
                    Api.as(test.port, "admin").get("/api/venues/" + venueId).json();
            for (JsonNode space : venue.get("spaces")) {
                if (space.get("id").asString().equals(spaceId)) {
                    return Map.of(
                            "nameEn",
                            "Renamed room",
                            "capacity",
                            Map.of("ROUNDTABLE", 45),
                            "version",
                            space.get("version").asLong());
                }
            }
            throw new IllegalStateException("no space " + spaceId);
        }

        Object planChange() {
            return planChange(plan());
        }

        Object planChange(String planPath) {
            JsonNode current = Api.as(test.port, "admin").get(planPath).json();
            return Map.of(
                    "name",
                    "Renamed summit day",
                    "horizonStart",
                    current.get("horizonStart").asString(),
                    "horizonEnd",
                    current.get("horizonEnd").asString(),
                    "venueIds",
                    List.of(site.guesthouse(), site.heritageSite()),
                    "version",
                    current.get("version").asLong());
        }

        Object planDocument() {
            return BookingFixtures.summitDay("Matrix import", site);
        }

        /**
         * The caller's own last change of the plan, as its undo names it: the caller imports the plan's own solution
         * first where their role may (a change that moves nothing is still one to undo); 0 where there is none.
         */
        Object importToUndo(String planPath) {
            if (feedOwner == Caller.NOBODY) {
                return Map.of("step", 0);
            }
            Api caller = Api.as(test.port, feedOwner.demoAccount);
            caller.put(planPath + "/solution", solution(planPath));
            return stepOf(caller.get(planPath + "/undo"));
        }

        /** The caller's own last answer, given first where their role may: a manager's own venue, else an unmanaged one. */
        Object answerToUndo() {
            if (feedOwner == Caller.NOBODY) {
                return Map.of("step", 0);
            }
            Api caller = Api.as(test.port, feedOwner.demoAccount);
            long id = booking(feedOwner == Caller.VENUE_MANAGER ? site.banquetHall() : site.salon());
            caller.post("/api/bookings/" + id + "/confirm", "");
            return stepOf(caller.get("/api/bookings/answers/undo"));
        }

        private static Map<String, Long> stepOf(Api.Answer offered) {
            return Map.of(
                    "step", offered.status() == 200 ? offered.json().get("step").asLong() : 0L);
        }

        Object solution(String planPath) {
            return Api.as(test.port, "admin").get(planPath + "/solution").text();
        }

        /** The element as the plan's list shows it (delegations have no GET of their own), renamed. */
        Object renamed(String listPath, String ref, String field) {
            ObjectNode element = null;
            for (JsonNode candidate : Api.as(test.port, "admin")
                    .get(listPath + "?size=200")
                    .json()
                    .get("content")) {
                if (candidate.get("id").asString().equals(ref)) {
                    element = (ObjectNode) candidate;
                }
            }
            assertThat(element).as(ref + " in " + listPath).isNotNull();
            element.put(field, "Renamed " + ref);
            element.remove("assignment");
            return element;
        }

        /** A delegation nothing refers to, added once per plan (a scenario may have copied it already). */
        String extraDelegation(String planPath) {
            return extraDelegations.computeIfAbsent(planPath, path -> {
                String delegations = Api.as(test.port, "admin")
                        .get(path + "/delegations?size=200")
                        .text();
                if (delegations.contains("\"matrix-extra\"")) {
                    return "matrix-extra";
                }
                Api.Answer added = Api.as(test.port, "admin").post(path + "/delegations", newDelegation());
                assertThat(added.status()).as(added.text()).isEqualTo(201);
                return "matrix-extra";
            });
        }

        long closure(String planPath) {
            return closures.computeIfAbsent(planPath, path -> {
                Api.Answer added = Api.as(test.port, "admin").post(path + "/closures", newClosure());
                assertThat(added.status()).as(added.text()).isEqualTo(201);
                return added.json().get("id").asLong();
            });
        }

        Object newClosure() {
            return Map.of(
                    "spaceId",
                    site.salon(),
                    "start",
                    BookingFixtures.DAY.plusDays(2).toString(),
                    "end",
                    BookingFixtures.DAY.plusDays(2).plusHours(4).toString(),
                    "reason",
                    "sweep");
        }

        Object move(String planPath) {
            long version = Api.as(test.port, "admin")
                    .get(planPath + "/engagements/talks")
                    .json()
                    .get("version")
                    .asLong();
            return Map.of(
                    "spaceId",
                    site.meetingRoom(),
                    "start",
                    BookingFixtures.DAY.plusHours(14).toString(),
                    "pinned",
                    false,
                    "version",
                    version);
        }

        Object preview() {
            return Map.of(
                    "eventId",
                    "talks",
                    "spaceId",
                    site.meetingRoom(),
                    "start",
                    BookingFixtures.DAY.plusHours(15).toString());
        }

        static Object newDelegation() {
            return Map.of(
                    "id",
                    "matrix-extra",
                    "country",
                    "GR",
                    "name",
                    "Graustark",
                    "headRank",
                    "MINISTER",
                    "size",
                    6,
                    "arrival",
                    BookingFixtures.DAY.toString(),
                    "departure",
                    BookingFixtures.DAY.plusDays(2).toString());
        }

        static Object newEngagement() {
            return Map.of(
                    "id",
                    "matrix-visit",
                    "title",
                    "Cultural visit",
                    "type",
                    "CULTURAL_VISIT",
                    "delegations",
                    List.of("freedonia"),
                    "headcount",
                    8,
                    "layout",
                    "RECEPTION",
                    "durationMinutes",
                    60);
        }
    }
}
