package org.protocolplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Problem details speak the language of {@code Accept-Language}: Chinese for {@code zh-CN}, English without the
 * header or for a language the API does not speak. The path stays as the exchange format writes it, for programs;
 * the label beside it is the path as a person reads it.
 */
@IntegrationTest
class ProblemLanguageIT {

    private static final AtomicLong NEXT = new AtomicLong();

    @LocalServerPort
    int port;

    @Test
    void aFieldRefusedByBeanValidationIsNamedAndExplainedInChinese() {
        ObjectNode venue = venue().put("prestige", 11);

        JsonNode zh = send("POST", "/api/venues", venue.toString(), "zh-CN", 400);
        assertThat(zh.get("title").asString()).isEqualTo("请求有误");
        assertThat(zh.get("errors").get(0).get("path").asString()).isEqualTo("prestige");
        assertThat(zh.get("errors").get(0).get("label").asString()).isEqualTo("规格");
        assertThat(zh.get("errors").get(0).get("message").asString()).isEqualTo("不能大于 10");
        assertThat(zh.get("detail").asString()).isEqualTo("规格:不能大于 10");

        JsonNode en = send("POST", "/api/venues", venue.toString(), null, 400);
        assertThat(en.get("title").asString()).isEqualTo("Bad request");
        assertThat(en.get("errors").get(0).get("path").asString()).isEqualTo("prestige");
        assertThat(en.get("errors").get(0).get("label").asString()).isEqualTo("Prestige");
        assertThat(en.get("errors").get(0).get("message").asString()).isEqualTo("must be at most 10");
    }

    @Test
    void aMalformedImportedPlanKeepsItsJsonPathAndGetsAChineseLabelAndMessage() throws IOException {
        ObjectNode document = (ObjectNode) Api.json().readTree(example());
        ((ObjectNode) document.get("events").get(8)).put("headcount", 3.5);
        String body = document.toString();

        JsonNode zh = send("POST", "/api/plans/import", body, "zh-CN", 400);
        JsonNode error = zh.get("errors").get(0);
        assertThat(error.get("path").asString()).isEqualTo("events[8].headcount");
        assertThat(error.get("label").asString()).isEqualTo("活动 9 › 人数");
        assertThat(error.get("message").asString()).isEqualTo("必须是整数,而不是 3.5");

        JsonNode en = send("POST", "/api/plans/import", body, "fr-FR", 400);
        assertThat(en.get("errors").get(0).get("path").asString()).isEqualTo("events[8].headcount");
        assertThat(en.get("errors").get(0).get("label").asString()).isEqualTo("Engagement 9 › Headcount");
        assertThat(en.get("errors").get(0).get("message").asString())
                .isEqualTo("headcount must be a whole number, not 3.5");
    }

    @Test
    void aConflictAndAnUnknownIdAreWordedInChinese() {
        ObjectNode venue = venue();
        send("POST", "/api/venues", venue.toString(), null, 201);
        String id = venue.get("id").asString();

        JsonNode zh = send("POST", "/api/venues", venue.toString(), "zh-CN,zh;q=0.9,en;q=0.8", 409);
        assertThat(zh.get("title").asString()).isEqualTo("冲突");
        assertThat(zh.get("detail").asString()).isEqualTo("标识为“" + id + "”的场馆已存在。");
        JsonNode en = send("POST", "/api/venues", venue.toString(), "en", 409);
        assertThat(en.get("title").asString()).isEqualTo("Conflict");
        assertThat(en.get("detail").asString()).isEqualTo("A venue with id '" + id + "' already exists.");

        JsonNode missing = send("GET", "/api/plans/999999999", null, "zh-CN", 404);
        assertThat(missing.get("title").asString()).isEqualTo("未找到");
        assertThat(missing.get("detail").asString()).isEqualTo("未找到计划“999999999”。");
    }

    @Test
    void aRefusalOfTheSecurityFiltersIsWordedInChinese() {
        Api.Answer answer = Api.anonymous(port)
                .send(Api.anonymous(port)
                        .request("/api/plans")
                        .header("Accept-Language", "zh-CN")
                        .GET());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("title").asString()).isEqualTo("尚未登录");
        assertThat(answer.json().get("detail").asString()).isEqualTo("请先登录。");
    }

    private JsonNode send(String method, String path, String body, String language, int status) {
        Api officer = Api.as(port, "officer");
        HttpRequest.Builder request = officer.request(path)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        Api.Answer answer = officer.send(request);
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        return answer.json();
    }

    private static ObjectNode venue() {
        return Api.json()
                .createObjectNode()
                .put("id", "words-" + Long.toString(System.currentTimeMillis(), 36) + "-" + NEXT.incrementAndGet())
                .put("nameEn", "Words Hall")
                .put("prestige", 5);
    }

    private static byte[] example() throws IOException {
        try (InputStream in = ProblemLanguageIT.class.getResourceAsStream("/examples/hard-rules-plan.json")) {
            return in.readAllBytes();
        }
    }
}
