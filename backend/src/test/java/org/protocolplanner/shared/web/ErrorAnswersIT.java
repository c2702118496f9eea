package org.protocolplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Client mistakes are 4xx problems naming what is wrong; a real fault is a 500 problem without a trace. */
@IntegrationTest
class ErrorAnswersIT {

    @LocalServerPort
    int port;

    @Test
    void anUnknownPlanIs404() {
        Api.Answer answer = Api.as(port, "officer").get("/api/plans/999999");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("detail").asString()).contains("999999");
    }

    @Test
    void aStaleUpdateIs409WithTheCurrentVersion() {
        Api officer = Api.as(port, "officer");
        Api.Answer created = officer.post("/api/plans", """
                {"name": "Spring forum", "horizonStart": "2027-05-10T00:00", "horizonEnd": "2027-05-12T00:00"}""");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String plan = created.header("Location");
        String update = """
                {"name": "Spring forum %s", "horizonStart": "2027-05-10T00:00", "horizonEnd": "2027-05-12T00:00",
                 "version": %d}""";
        assertThat(officer.put(plan, update.formatted("A", 0)).status()).isEqualTo(200);
        Api.Answer stale = officer.put(plan, update.formatted("B", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(officer.get(plan).json().get("name").asString()).isEqualTo("Spring forum A");
    }

    @Test
    void aBadFieldIs400NamingTheField() {
        Api.Answer answer = Api.as(port, "officer").post("/api/plans", """
                {"name": "", "horizonStart": "2027-05-10T00:00", "horizonEnd": "2027-05-12T00:00"}""");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("path").asString()).isEqualTo("name");
        Api.Answer badDate = Api.as(port, "officer").post("/api/plans", """
                {"name": "x", "horizonStart": "tomorrow", "horizonEnd": "2027-05-12T00:00"}""");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("path").asString()).isEqualTo("horizonStart");
    }

    @Test
    void anEngagementEditIsCheckedByTheExchangeFormatRules() {
        Api officer = Api.as(port, "officer");
        String plan = officer.post("/api/plans", """
                {"name": "Edits", "horizonStart": "2027-05-10T00:00", "horizonEnd": "2027-05-12T00:00"}""").header("Location");
        Api.Answer unknownDelegation = officer.post(plan + "/engagements", """
                {"id": "ev-1", "title": "Talks", "type": "BILATERAL_TALKS", "delegations": ["del-nobody"],
                 "headcount": 10, "layout": "ROUNDTABLE", "durationMinutes": 60}""");
        assertThat(unknownDelegation.status()).isEqualTo(400);
        assertThat(unknownDelegation.json().get("errors").get(0).get("path").asString())
                .isEqualTo("delegations[0]");

        assertThat(officer.post(plan + "/delegations", """
                {"id": "del-ke", "name": "Kenya", "headRank": "HEAD_OF_STATE", "size": 20,
                 "arrival": "2027-05-10T08:00", "departure": "2027-05-11T20:00"}""").status()).isEqualTo(201);
        Api.Answer created = officer.post(plan + "/engagements", """
                {"id": "ev-1", "title": "Talks", "type": "BILATERAL_TALKS", "delegations": ["del-ke"],
                 "headcount": 10, "layout": "ROUNDTABLE", "durationMinutes": 60}""");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(officer.delete(plan + "/delegations/del-ke").status()).isEqualTo(409);
        JsonNode planNow = officer.get(plan).json();
        assertThat(planNow.get("revision").asLong()).isEqualTo(2);
    }

    @Test
    void aServerFaultIs500WithoutATrace() {
        Api.Answer answer = Api.as(port, "officer").get("/api/test-only/fault");
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.text()).doesNotContain("ClassCastException", "at org.", "java.lang");
    }
}
