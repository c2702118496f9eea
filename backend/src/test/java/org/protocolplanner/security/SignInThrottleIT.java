package org.protocolplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.FromAddress;
import org.protocolplanner.support.IntegrationTest;
import org.protocolplanner.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in throttling instead of lock-outs: five failures per name and per address, then one attempt at a
 * time after a growing delay (429 with {@code Retry-After}); parallel guesses are claimed before their
 * password is checked; the owner's known address is throttled by its own failures only. Each test fails
 * sign-ins from loopback addresses of its own (127.0.0.20-79), so that the address every other test uses
 * is never throttled; the clock is stopped, so that seconds of delay do not depend on the machine's speed.
 */
@IntegrationTest
class SignInThrottleIT {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void timeRunsNormally() {
        clock.reset();
    }

    @Test
    void parallelGuessesBeyondTheAllowanceAreRefusedWithoutAPasswordCheck() throws Exception {
        create("throttle-parallel");
        clock.stop();
        int guesses = 32;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(guesses);
        List<FromAddress.Answer> answers = new ArrayList<>();
        try {
            List<Future<FromAddress.Answer>> sent = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String password = "guess-" + i;
                sent.add(threads.submit(() -> {
                    start.await();
                    return FromAddress.of(port, "127.0.0.20").basic("/api/me", "throttle-parallel", password);
                }));
            }
            start.countDown();
            for (Future<FromAddress.Answer> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            threads.shutdownNow();
        }
        long checked = answers.stream().filter(answer -> answer.status() == 401).count();
        long refused = answers.stream().filter(answer -> answer.status() == 429).count();
        System.out.printf(
                "%d parallel wrong passwords: %d checked (401), %d refused unchecked (429)%n",
                guesses, checked, refused);
        assertThat(checked + refused).as("every answer is 401 or 429").isEqualTo(guesses);
        assertThat(checked).isBetween(1L, (long) SignInThrottle.FREE_FAILURES);
        assertThat(answers.stream().filter(answer -> answer.status() == 429)).allSatisfy(answer -> {
            assertThat(answer.header("Retry-After")).isNotNull();
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("retryAfterSeconds").asLong()).isPositive();
        });
        assertThat(jdbc.queryForObject(
                        "select failures from sign_in_throttle where subject = ?",
                        Integer.class,
                        "account:throttle-parallel"))
                .as("failures counted: the passwords checked")
                .isEqualTo((int) checked);
        assertThat(jdbc.queryForObject(
                        "select pending from sign_in_throttle where subject = ?",
                        Integer.class,
                        "account:throttle-parallel"))
                .as("no claim is left behind")
                .isZero();
    }

    @Test
    void aStrangersGuessesDoNotShutTheOwnerOutOfAKnownAddress() {
        create("throttle-owner");
        FromAddress owner = FromAddress.of(port, "127.0.0.30");
        assertThat(owner.basic("/api/me", "throttle-owner", Api.DEMO_PASSWORD).status())
                .isEqualTo(200);
        clock.stop();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            // One failure from each of five addresses: no address reaches five, only the name does.
            assertThat(FromAddress.of(port, "127.0.0." + (31 + i))
                            .basic("/api/me", "throttle-owner", "guess")
                            .status())
                    .isEqualTo(401);
        }
        FromAddress.Answer stranger = FromAddress.of(port, "127.0.0.36").basic("/api/me", "throttle-owner", "guess");
        assertThat(stranger.status()).isEqualTo(429);
        assertThat(stranger.header("Retry-After")).isEqualTo("1");
        assertThat(FromAddress.of(port, "127.0.0.36")
                        .formSignIn("throttle-owner", Api.DEMO_PASSWORD)
                        .status())
                .as("even the right password is not checked from an unknown address")
                .isEqualTo(429);

        assertThat(owner.basic("/api/me", "throttle-owner", Api.DEMO_PASSWORD).status())
                .isEqualTo(200);
        assertThat(owner.formSignIn("throttle-owner", Api.DEMO_PASSWORD).status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select actor from audit_log where entity_type = 'account'"
                                + " and entity_id = 'throttle-owner' and action = 'throttled'",
                        String.class))
                .isEqualTo("sign-in from 127.0.0.35");
    }

    @Test
    void theDelayDoublesWithEveryFailureBeyondTheAllowance() {
        create("throttle-slow");
        FromAddress guesser = FromAddress.of(port, "127.0.0.40");
        clock.stop();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertThat(guesser.basic("/api/me", "throttle-slow", "guess").status())
                    .isEqualTo(401);
        }
        for (long delay : new long[] {1, 2, 4, 8}) {
            FromAddress.Answer refused = guesser.basic("/api/me", "throttle-slow", "guess");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isEqualTo(Long.toString(delay));
            clock.moveForward(Duration.ofSeconds(delay).minusMillis(1));
            assertThat(guesser.basic("/api/me", "throttle-slow", "guess").status())
                    .isEqualTo(429);
            clock.moveForward(Duration.ofMillis(1));
            assertThat(guesser.basic("/api/me", "throttle-slow", "guess").status())
                    .as("after %d s", delay)
                    .isEqualTo(401);
        }
        assertThat(guesser.basic("/api/me", "throttle-slow", Api.DEMO_PASSWORD).header("Retry-After"))
                .isEqualTo("16");
        assertThat(SignInThrottle.delayAfter(100)).isEqualTo(SignInThrottle.MAX_DELAY);
        clock.moveForward(Duration.ofSeconds(16));
        assertThat(guesser.basic("/api/me", "throttle-slow", Api.DEMO_PASSWORD).status())
                .isEqualTo(200);
    }

    @Test
    void oneAddresssFailuresThrottleEveryNameFromIt() {
        clock.stop();
        FromAddress guesser = FromAddress.of(port, "127.0.0.50");
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertThat(guesser.basic("/api/me", "throttle-guess-" + i, "guess").status())
                    .isEqualTo(401);
        }
        assertThat(guesser.basic("/api/me", "planner", Api.DEMO_PASSWORD).status())
                .isEqualTo(429);
        assertThat(FromAddress.of(port, "127.0.0.51")
                        .basic("/api/me", "planner", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where entity_type = 'sign-in-address'"
                                + " and entity_id = '127.0.0.50' and action = 'throttled'",
                        Integer.class))
                .isEqualTo(1);
        clock.moveForward(SignInThrottle.FIRST_DELAY);
        assertThat(guesser.basic("/api/me", "planner", Api.DEMO_PASSWORD).status())
                .isEqualTo(200);
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLastOne() {
        create("throttle-slow-typist");
        FromAddress typist = FromAddress.of(port, "127.0.0.60");
        clock.stop();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES - 1; i++) {
            assertThat(typist.basic("/api/me", "throttle-slow-typist", "typo").status())
                    .isEqualTo(401);
        }
        clock.moveForward(SignInThrottle.FORGET_AFTER.plusMinutes(1));
        assertThat(typist.basic("/api/me", "throttle-slow-typist", "typo").status())
                .isEqualTo(401);
        assertThat(typist.basic("/api/me", "throttle-slow-typist", "typo").status())
                .isEqualTo(401);
        assertThat(typist.basic("/api/me", "throttle-slow-typist", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aPasswordResetForgivesTheNamesFailures() {
        long id = create("throttle-reset");
        clock.stop();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertThat(FromAddress.of(port, "127.0.0." + (70 + i))
                            .basic("/api/me", "throttle-reset", "guess")
                            .status())
                    .isEqualTo(401);
        }
        FromAddress fresh = FromAddress.of(port, "127.0.0.75");
        assertThat(fresh.basic("/api/me", "throttle-reset", Api.DEMO_PASSWORD).status())
                .isEqualTo(429);
        assertThat(Api.as(port, "admin")
                        .post("/api/accounts/" + id + "/password-reset", Map.of("password", "another demo password"))
                        .status())
                .isEqualTo(200);
        assertThat(fresh.basic("/api/me", "throttle-reset", "another demo password")
                        .status())
                .isEqualTo(200);
    }

    private long create(String username) {
        Api.Answer created = Api.as(port, "admin")
                .post(
                        "/api/accounts",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                username,
                                "password",
                                Api.DEMO_PASSWORD,
                                "roles",
                                List.of("PLANNER")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
