package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protocolplanner.booking.BookingFixtures.DAY;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No double booking, ever (docs/reference/roles.md): the exclusion constraint is the last word, across plans and
 * under any concurrency, and the API turns its refusal into 409 naming the booking in the way.
 */
@IntegrationTest
class DoubleBookingIT {

    static final int THREADS = 16;
    static final int ATTEMPTS_PER_THREAD = 64;
    /** Engagements per plan, alternating between the two halls. */
    static final int ENGAGEMENTS = 40;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sixteenThreadsConfirmingOverlappingRequestsOfTwoPlansNeverDoubleBookAHall() throws Exception {
        String venue = "race-" + System.nanoTime() % 1_000_000;
        Api officer = Api.signedIn(port, "officer");
        // Plan B asks for the same halls an hour later than plan A: each of its requests overlaps two of A's.
        List<Long> requests = new ArrayList<>();
        requests.addAll(publishedPlan(officer, venue, "Race A " + venue, 0));
        requests.addAll(publishedPlan(officer, venue, "Race B " + venue, 60));
        List<Api> clients = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            clients.add(Api.signedIn(port, "officer"));
        }

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger namedConflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Api client = clients.get(t);
            Random random = new Random(t);
            done.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                    long id = requests.get(random.nextInt(requests.size()));
                    Api.Answer answer = client.post("/api/bookings/" + id + "/confirm", null);
                    statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger())
                            .incrementAndGet();
                    if (answer.status() == 409 && answer.json().has("conflictingBookingId")) {
                        namedConflicts.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> thread : done) {
            thread.get(10, TimeUnit.MINUTES);
        }
        threads.shutdown();

        int attempts = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
        int confirmed = jdbc.queryForObject(
                "select count(*) from booking where status = 'CONFIRMED' and id = any(?)", Integer.class, (Object)
                        requests.toArray(Long[]::new));
        int overlaps = jdbc.queryForObject("""
                select count(*) from booking a join booking b
                  on a.id < b.id and a.space_id = b.space_id and a.busy && b.busy
                where a.status = 'CONFIRMED' and b.status = 'CONFIRMED' and a.space_id like ?""", Integer.class, venue + "%");
        int refused = statuses.getOrDefault(409, new AtomicInteger()).get();
        System.out.printf(
                "Double booking race: %d confirm attempts by %d threads, %d bookings confirmed,"
                        + " %d answered 200, %d refused with 409 (%d naming the conflicting booking), overlaps found: %d,"
                        + " statuses %s%n",
                attempts,
                THREADS,
                confirmed,
                statuses.getOrDefault(200, new AtomicInteger()).get(),
                refused,
                namedConflicts.get(),
                overlaps,
                statuses);

        assertThat(attempts).isGreaterThanOrEqualTo(1000);
        assertThat(statuses.keySet())
                .as("every attempt is confirmed or refused with 409, never 500")
                .containsOnly(200, 409);
        assertThat(refused).isPositive();
        assertThat(namedConflicts.get()).isEqualTo(refused);
        assertThat(overlaps).isZero();
        assertThat(confirmed)
                .as("each hour of a hall went to one plan or the other")
                .isGreaterThanOrEqualTo(ENGAGEMENTS / 2);
    }

    @Test
    void theDatabaseRefusesAnOverlappingConfirmedRowWrittenPastTheApplication() {
        String venue = "race-" + System.nanoTime() % 1_000_000;
        Api officer = Api.signedIn(port, "officer");
        List<Long> requests = publishedPlan(officer, venue, "Direct " + venue, 0);
        long confirmed = requests.get(0);
        assertThat(officer.post("/api/bookings/" + confirmed + "/confirm", null).status())
                .isEqualTo(200);

        assertThatThrownBy(() -> jdbc.update("""
                insert into booking (plan_id, space_id, status, starts_at, ends_at, busy_until)
                select plan_id, space_id, 'CONFIRMED', starts_at + interval '30 minutes',
                       ends_at + interval '30 minutes', busy_until + interval '30 minutes'
                from booking where id = ?""", confirmed))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("booking_no_double_confirmed")
                .rootCause()
                .isInstanceOf(SQLException.class)
                .satisfies(cause ->
                        assertThat(((SQLException) cause).getSQLState()).isEqualTo("23P01"));
    }

    /** A plan of {@link #ENGAGEMENTS} receptions in two halls, every two hours from 08:00 plus the offset. */
    private List<Long> publishedPlan(Api officer, String venue, String name, int offsetMinutes) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < ENGAGEMENTS; i++) {
            events.add(Map.of(
                    "id",
                    "reception-" + i,
                    "title",
                    "Reception " + i,
                    "type",
                    "RECEPTION",
                    "delegations",
                    List.of("guests"),
                    "headcount",
                    50,
                    "layout",
                    "RECEPTION",
                    "durationMinutes",
                    60));
        }
        Map<String, Object> document = Map.of(
                "format",
                "protocol-planner/plan",
                "version",
                1,
                "name",
                name,
                "horizon",
                Map.of("start", DAY.toString(), "end", DAY.plusDays(3).toString()),
                "venues",
                List.of(Map.of(
                        "id",
                        venue,
                        "name",
                        "Race venue",
                        "lat",
                        39.9,
                        "lon",
                        116.4,
                        "spaces",
                        List.of(hall(venue + "-hall-1"), hall(venue + "-hall-2")))),
                "delegations",
                List.of(Map.of(
                        "id",
                        "guests",
                        "name",
                        "Guests",
                        "headRank",
                        "MINISTER",
                        "size",
                        40,
                        "arrival",
                        DAY.toString(),
                        "departure",
                        DAY.plusDays(3).toString())),
                "events",
                events);
        Api.Answer imported = officer.post("/api/plans/import", document);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        String plan = imported.header("Location");
        for (int i = 0; i < ENGAGEMENTS; i++) {
            BookingFixtures.place(
                    jdbc,
                    plan,
                    "reception-" + i,
                    venue + "-hall-" + (i % 2 + 1),
                    DAY.plusHours(8 + 2L * (i / 2)).plusMinutes(offsetMinutes));
        }
        Api.Answer published = officer.post(plan + "/publish", Map.of());
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        assertThat(published.json().get("created").asInt()).isEqualTo(ENGAGEMENTS);
        return jdbc.queryForList(
                "select id from booking where plan_id = ? order by id", Long.class, BookingFixtures.planId(plan));
    }

    private static Map<String, Object> hall(String id) {
        return Map.of("id", id, "name", "Hall", "capacity", Map.of("RECEPTION", 200), "turnoverMinutes", 30);
    }
}
