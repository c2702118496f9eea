package org.protocolplanner.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.protocolplanner.venue.VenueRequests.VenueRequest;
import org.protocolplanner.venue.VenueService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The change log: who, when, what, before and after, in the change's own transaction, append-only. */
@IntegrationTest
class AuditIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    VenueService venues;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    @Test
    void aVenueEditIsLoggedWithWhoWhenAndTheValuesBeforeAndAfter() {
        Api officer = Api.as(port, "officer");
        Instant start = Instant.now().minusSeconds(1);
        String venue = "/api/venues/audit-test-pavilion";
        assertThat(officer.post("/api/venues", Map.of("id", "audit-test-pavilion", "nameEn", "Audit pavilion"))
                        .status())
                .isEqualTo(201);
        long version = officer.get(venue).json().get("version").asLong();
        Api.Answer renamed = officer.put(venue, Map.of("nameEn", "Audit pavilion (east)", "version", version));
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);

        JsonNode page = Api.as(port, "admin")
                .get("/api/audit?entity=venue&entityId=audit-test-pavilion&from=" + start)
                .json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
        JsonNode update = page.get("content").get(0);
        assertThat(update.get("actor").asString()).isEqualTo("officer");
        assertThat(update.get("action").asString()).isEqualTo("update");
        assertThat(Instant.parse(update.get("occurredAt").asString())).isAfter(start);
        assertThat(update.get("before").get("nameEn").asString()).isEqualTo("Audit pavilion");
        assertThat(update.get("after").get("nameEn").asString()).isEqualTo("Audit pavilion (east)");
        JsonNode create = page.get("content").get(1);
        assertThat(create.get("action").asString()).isEqualTo("create");
        assertThat(create.get("before").isNull()).isTrue();
    }

    @Test
    void aChangeWhoseTransactionFailsLeavesNoAuditRow() {
        Api.as(port, "officer").post("/api/venues", Map.of("id", "audit-rollback-hall", "nameEn", "Rollback hall"));
        long version = jdbc.queryForObject("select version from venue where id = 'audit-rollback-hall'", Long.class);
        long rowsBefore = auditRows("audit-rollback-hall");

        transaction.executeWithoutResult(status -> {
            signInAs("officer");
            try {
                venues.update(
                        "audit-rollback-hall",
                        new VenueRequest(
                                null, "Renamed and rolled back", null, null, null, null, null, null, null, version));
                assertThat(auditRows("audit-rollback-hall"))
                        .as("written inside the transaction")
                        .isEqualTo(rowsBefore + 1);
                status.setRollbackOnly();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });

        assertThat(auditRows("audit-rollback-hall")).isEqualTo(rowsBefore);
        assertThat(jdbc.queryForObject("select name_en from venue where id = 'audit-rollback-hall'", String.class))
                .isEqualTo("Rollback hall");
    }

    @Test
    void theLogRefusesToBeWrittenOutsideTheChangesTransaction() {
        assertThatThrownBy(() -> audit.record(AuditedEntity.VENUE, "x", "update", null, Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteARowTheApplicationWrote() {
        Api.as(port, "officer").post("/api/venues", Map.of("id", "audit-append-only-hall", "nameEn", "Hall"));
        long id = jdbc.queryForObject(
                "select max(id) from audit_log where entity_id = 'audit-append-only-hall'", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_log set after = null where id = ?", id))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where id = ?", id))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select after->>'nameEn' from audit_log where id = ?", String.class, id))
                .isEqualTo("Hall");
    }

    @Test
    void anImportedSolutionIsOneRowNamingEachEngagementThatMoved() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = officer.post("/api/plans/import", resource("/examples/hard-rules-plan.json"))
                .header("Location");
        String planId = plan.substring(plan.lastIndexOf('/') + 1);
        assertThat(officer.put(plan + "/solution", resource("/examples/hard-rules-solution.json"))
                        .status())
                .isEqualTo(200);

        JsonNode rows = Api.as(port, "admin")
                .get("/api/audit?entity=plan&entityId=" + planId)
                .json()
                .get("content");
        assertThat(rows.get(0).get("action").asString()).isEqualTo("import-solution");
        assertThat(rows.get(0).get("before").get("assignments").get("E1").isNull())
                .isTrue();
        assertThat(rows.get(0)
                        .get("after")
                        .get("assignments")
                        .get("E1")
                        .get("spaceId")
                        .asString())
                .isEqualTo("S1");
        assertThat(rows.get(0).get("after").get("assignments").has("E10"))
                .as("pinned, so not moved")
                .isFalse();
        assertThat(rows.get(1).get("action").asString()).isEqualTo("import");
        assertThat(rows.get(1).get("after").get("engagements").asInt()).isEqualTo(10);
    }

    @Test
    void administratorsFilterByUserAndTimeAndPage() {
        Instant start = Instant.now().minusSeconds(1);
        Api planner = Api.as(port, "planner");
        for (String language : List.of("zh", "en", "zh")) {
            planner.put("/api/me/preferences", Map.of("language", language));
        }
        Api admin = Api.as(port, "admin");
        JsonNode first =
                admin.get("/api/audit?user=planner&from=" + start + "&size=2").json();
        assertThat(first.get("totalElements").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("content")).hasSize(2);
        assertThat(first.get("content").get(0).get("after").get("language").asString())
                .isEqualTo("zh");
        JsonNode second = admin.get("/api/audit?user=planner&from=" + start + "&size=2&page=1")
                .json();
        assertThat(second.get("content")).hasSize(1);
        assertThat(second.get("content").get(0).get("before").get("language").asString())
                .isNotEqualTo(second.get("content")
                        .get(0)
                        .get("after")
                        .get("language")
                        .asString());
        assertThat(admin.get("/api/audit?user=planner&to=" + start)
                        .json()
                        .get("content")
                        .findValues("occurredAt"))
                .allMatch(at -> Instant.parse(at.asString()).isBefore(start));

        Api.Answer badEntity = admin.get("/api/audit?entity=banquet");
        assertThat(badEntity.status()).isEqualTo(400);
        assertThat(badEntity.json().get("errors").get(0).get("path").asString()).isEqualTo("entity");
        assertThat(admin.get("/api/audit?from=yesterday").status()).isEqualTo(400);
        assertThat(admin.get("/api/audit?size=500")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("path")
                        .asString())
                .isEqualTo("size");
    }

    @Test
    void secretsNeverReachTheLog() {
        Api admin = Api.as(port, "admin");
        String password = "correct horse battery staple";
        Api.Answer created = admin.post(
                "/api/accounts",
                Map.of(
                        "username",
                        "audit-secret-keeper",
                        "displayName",
                        "Secret keeper",
                        "password",
                        password,
                        "roles",
                        List.of("PLANNER")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(admin.post("/api/accounts/" + id + "/password-reset", Map.of("password", password + " again"))
                        .status())
                .isEqualTo(200);
        String token = Api.as(port, "admin")
                .post("/api/me/feed-token", "")
                .json()
                .get("token")
                .asString();

        String hash = jdbc.queryForObject("select password_hash from account where id = ?", String.class, id);
        String feedHash =
                jdbc.queryForObject("select feed_token_hash from account where username = 'admin'", String.class);
        List<String> log = jdbc.queryForList(
                "select coalesce(before::text, '') || coalesce(after::text, '')"
                        + " from audit_log where entity_type = 'account'",
                String.class);
        assertThat(String.join("\n", log))
                .contains("audit-secret-keeper")
                .doesNotContain(password, hash, "{bcrypt}", token, feedHash);
        assertThat(jdbc.queryForList(
                        "select action from audit_log where entity_id = 'admin' and entity_type =" + " 'account'",
                        String.class))
                .contains("issue-feed-token");
    }

    private long auditRows(String entityId) {
        return jdbc.queryForObject("select count(*) from audit_log where entity_id = ?", Long.class, entityId);
    }

    private void signInAs(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AuditIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
