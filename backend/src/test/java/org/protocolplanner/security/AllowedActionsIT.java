package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.protocolplanner.booking.BookingFixtures;
import org.protocolplanner.booking.BookingFixtures.Site;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What each role is told it may do ({@code allowedActions}, docs/api.md), which the UI shows its actions from:
 * the role matrix of docs/reference/roles.md as the demo accounts see one published summit day, its scenario, its
 * bookings and its venues. The lists are typed in from the matrix; {@link RoleMatrixIT} proves that the endpoints
 * answer the same.
 */
@IntegrationTest
class AllowedActionsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachRoleIsToldWhatTheMatrixLetsItDo() {
        Site site = Site.next("actions");
        Api officer = Api.signedIn(port, "officer");
        String plan = BookingFixtures.importPlaced(officer, jdbc, "Actions " + site.guesthouse(), site);
        long planId = BookingFixtures.planId(plan);
        // Signed in after the fixture made the demo manager manage the guesthouse.
        Api manager = Api.signedIn(port, "manager");
        Api planner = Api.signedIn(port, "planner");
        Api admin = Api.signedIn(port, "admin");
        assertThat(officer.post(plan + "/publish", Map.of()).status()).isEqualTo(200);

        // Officers change, solve and publish the live plan; planners copy it into scenarios; managers see no plans.
        List<String> livePlanActions = List.of("edit", "delete", "solve", "publish", "createScenario");
        assertThat(actions(officer.get(plan))).isEqualTo(livePlanActions);
        assertThat(actions(admin.get(plan))).isEqualTo(livePlanActions);
        assertThat(actions(planner.get(plan))).containsExactly("createScenario");
        assertThat(manager.get(plan).status()).isEqualTo(403);
        assertThat(StreamSupport.stream(
                                planner.get("/api/plans?size=100")
                                        .json()
                                        .get("content")
                                        .spliterator(),
                                false)
                        .filter(listed -> listed.get("id").asLong() == planId)
                        .map(AllowedActionsIT::actions)
                        .toList())
                .as("the plans list tells the same")
                .containsExactly(List.of("createScenario"));

        // Engagements: editable where the plan is.
        assertThat(actions(officer.get(plan + "/engagements/talks"))).containsExactly("edit", "delete");
        assertThat(actions(planner.get(plan + "/engagements/talks"))).isEmpty();

        // Bookings: the guesthouse's manager answers its requests; officers answer for the heritage site, which
        // has no managers, and withdraw any request; planners only read.
        long talks = bookingOf(planId, "talks");
        long briefing = bookingOf(planId, "briefing");
        assertThat(actions(manager.get("/api/bookings/" + talks))).containsExactly("confirm", "decline");
        assertThat(actions(officer.get("/api/bookings/" + talks))).containsExactly("withdraw");
        assertThat(actions(planner.get("/api/bookings/" + talks))).isEmpty();
        assertThat(actions(officer.get("/api/bookings/" + briefing))).containsExactly("confirm", "decline", "withdraw");
        assertThat(manager.get("/api/bookings/" + briefing).status()).isEqualTo(404);
        assertThat(actions(manager.post("/api/bookings/" + talks + "/confirm", null)))
                .as("a confirmed booking is cancelled, not answered")
                .containsExactly("cancel");
        assertThat(actions(officer.get("/api/bookings/" + talks))).containsExactly("cancel");

        // Venues: catalogue editors edit and delete any, and add the plan's own venues (these came with its import)
        // to the catalogue; a manager edits the spaces of their own only.
        String guesthouse = "/api/venues/" + site.guesthouse();
        String heritage = "/api/venues/" + site.heritageSite();
        assertThat(actions(officer.get(guesthouse))).containsExactly("edit", "delete", "editSpaces", "addToCatalogue");
        assertThat(actions(manager.get(guesthouse))).containsExactly("editSpaces");
        assertThat(actions(manager.get(heritage))).isEmpty();
        assertThat(actions(planner.get(heritage))).isEmpty();

        // A scenario, copied once the bookings are answered (an adoption needs the live plan as copied): planners
        // change, solve, compare and propose it; only officers adopt it.
        Api.Answer scenario = planner.post(plan + "/scenarios", Map.of("name", "What if"));
        assertThat(scenario.status()).as(scenario.text()).isEqualTo(201);
        String scenarioPath = scenario.header("Location");
        assertThat(actions(planner.get(scenarioPath))).containsExactly("edit", "delete", "solve", "compare", "propose");
        assertThat(actions(officer.get(scenarioPath)))
                .containsExactly("edit", "delete", "solve", "compare", "propose", "adopt");
        assertThat(actions(planner.post(scenarioPath + "/propose", null)))
                .as("a proposed scenario is not proposed again")
                .containsExactly("edit", "delete", "solve", "compare");
        Api.Answer adopted = officer.post(scenarioPath + "/adopt", null);
        assertThat(adopted.status()).as(adopted.text()).isEqualTo(200);
        assertThat(actions(adopted.json().get("scenario")))
                .as("an adopted scenario is read-only")
                .containsExactly("compare");

        // Beyond any one record: what /api/me offers.
        assertThat(actions(admin.get("/api/me")))
                .containsExactly("administer", "answerUnmanagedVenueBookings", "createPlan", "readPlans");
        assertThat(actions(officer.get("/api/me")))
                .containsExactly("answerUnmanagedVenueBookings", "createPlan", "readPlans");
        assertThat(actions(manager.get("/api/me"))).containsExactly("answerOwnVenueBookings");
        assertThat(actions(planner.get("/api/me"))).containsExactly("readPlans");
    }

    private long bookingOf(long planId, String eventId) {
        return jdbc.queryForObject(
                "select b.id from booking b join engagement e on e.id = b.engagement_id"
                        + " where b.plan_id = ? and e.ref = ? and b.status = 'REQUESTED'",
                Long.class,
                planId,
                eventId);
    }

    private static List<String> actions(Api.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return actions(answer.json());
    }

    private static List<String> actions(JsonNode resource) {
        return StreamSupport.stream(resource.get("allowedActions").spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }
}
