package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.booking.BookingFixtures.Site;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** DELETE /api/plans/{id}: a scenario goes at once; a live plan only once no venue counts on its bookings. */
@IntegrationTest
class PlanDeletionIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aScenarioIsDeletedAndItsLivePlanStays() {
        Api officer = Api.signedIn(port, "officer");
        String plan = BookingFixtures.importPlaced(officer, jdbc, "Deleted scenario's origin", Site.next("del"));
        String scenario = Api.signedIn(port, "planner")
                .post(plan + "/scenarios", Map.of("name", "Try the west"))
                .header("Location");

        assertThat(Api.signedIn(port, "planner").delete(scenario).status()).isEqualTo(204);

        assertThat(officer.get(scenario).status()).isEqualTo(404);
        assertThat(officer.get(plan).status()).isEqualTo(200);
    }

    @Test
    void aLivePlanWhoseBookingsStandIsKeptUntilTheyAreWithdrawn() {
        Api officer = Api.signedIn(port, "officer");
        String plan = BookingFixtures.importPlaced(officer, jdbc, "Published, then deleted", Site.next("del"));
        JsonNode requested = officer.post(plan + "/publish", Map.of()).json().get("requested");
        long confirmed = requested.get(0).get("id").asLong();
        assertThat(officer.post("/api/bookings/" + confirmed + "/confirm", Map.of())
                        .status())
                .isEqualTo(200);

        Api.Answer refused = officer.delete(plan);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("standingBookings").asInt()).isEqualTo(requested.size());
        assertThat(refused.json().get("detail").asString()).contains("withdraw or cancel them first");
        assertThat(officer.get(plan).status()).isEqualTo(200);
        assertThat(officer.get("/api/bookings/" + confirmed)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CONFIRMED");

        assertThat(officer.post("/api/bookings/" + confirmed + "/cancel", Map.of("reason", "Plan given up"))
                        .status())
                .isEqualTo(200);
        for (int i = 1; i < requested.size(); i++) {
            assertThat(officer.post(
                                    "/api/bookings/"
                                            + requested.get(i).get("id").asLong() + "/withdraw",
                                    Map.of())
                            .status())
                    .isEqualTo(200);
        }
        assertThat(officer.delete(plan).status()).isEqualTo(204);
        assertThat(officer.get(plan).status()).isEqualTo(404);
    }
}
