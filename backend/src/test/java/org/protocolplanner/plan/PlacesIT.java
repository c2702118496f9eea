package org.protocolplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.engagement.EngagementAssignmentIT.patch;
import static org.protocolplanner.engagement.EngagementAssignmentIT.version;
import static org.protocolplanner.engagement.EngagementAssignmentIT.workedExample;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/plans/{id}/engagements/{eventId}/places: where an engagement could go, on the worked example
 * (E6, a theatre briefing, is double-booked in the Hall; E4 fits only a room that is never open).
 */
@IntegrationTest
class PlacesIT {

    @LocalServerPort
    int port;

    @Test
    void listsTheBestPlacesAndTheBestScoresWhatMovingThereSaves() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);

        Api.Answer answer = officer.get(plan + "/engagements/E6/places?limit=3");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode options = answer.json();
        assertThat(options.get("eventId").asString()).isEqualTo("E6");
        assertThat(options.get("current").get("hard").asLong()).isEqualTo(-594);
        JsonNode places = options.get("places");
        assertThat(places).hasSize(3);
        JsonNode best = places.get(0);
        assertThat(best.get("spaceId").asString()).isEqualTo("S1");
        assertThat(best.get("spaceName").asString()).isEqualTo("Hall");
        assertThat(best.get("venueId").asString()).isEqualTo("V1");
        assertThat(best.get("venueName").asString()).isEqualTo("One");
        assertThat(best.get("breaksHardRules").asBoolean()).isFalse();
        assertThat(best.get("start").asString()).matches("2026-09-0\\dT\\d\\d:\\d\\d(:00)?");
        assertThat(best.get("difference").get("hard").asLong()).isPositive();
        assertThat(best.get("removed").get(0).get("sentence").asString()).isNotBlank();
        assertThat(best.get("removed").get(0).get("parameters").isObject()).isTrue();

        JsonNode saved = patch(
                        officer,
                        plan + "/engagements/E6/assignment",
                        "{\"spaceId\":\"S1\",\"start\":\"" + best.get("start").asString() + "\",\"version\":"
                                + version(officer, plan, "E6") + "}")
                .json();
        assertThat(saved.get("score")).isEqualTo(best.get("score"));
    }

    @Test
    void marksPlacesThatBreakAHardRuleWhenThereIsNoOtherAndListsThreeASpace() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);

        JsonNode places = officer.get(plan + "/engagements/E4/places").json().get("places");

        assertThat(places)
                .as("ten asked for by default, three of each of the two spaces listed")
                .hasSize(6);
        places.forEach(
                place -> assertThat(place.get("breaksHardRules").asBoolean()).isTrue());
    }

    @Test
    void refusesABadLimitAndAnswers404ForAnUnknownPlanOrEngagement() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);

        for (String limit : new String[] {"0", "51", "ten"}) {
            Api.Answer bad = officer.get(plan + "/engagements/E6/places?limit=" + limit);
            assertThat(bad.status()).as(limit).isEqualTo(400);
            assertThat(bad.json().get("errors").get(0).get("path").asString()).isEqualTo("limit");
        }
        assertThat(officer.get(plan + "/engagements/E99/places").status()).isEqualTo(404);
        assertThat(officer.get("/api/plans/999999/engagements/E6/places").status())
                .isEqualTo(404);
    }

    @Test
    void isForWhoeverReadsThePlan() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);
        String path = plan + "/engagements/E6/places?limit=1";

        assertThat(Api.as(port, "planner").get(path).status())
                .as("a planner reads live plans")
                .isEqualTo(200);
        assertThat(Api.as(port, "admin").get(path).status()).isEqualTo(200);
        assertThat(Api.as(port, "manager").get(path).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get(path).status()).isEqualTo(401);
    }
}
