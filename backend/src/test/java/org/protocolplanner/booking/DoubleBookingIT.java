package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protocolplanner.booking.BookingFixtures.DAY;

import java.sql.SQLException;
import java.time.LocalDateTime;
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
import java.util.function.IntFunction;
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

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger namedConflicts = new AtomicInteger();
        race(requests, ATTEMPTS_PER_THREAD, statuses, namedConflicts);

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

    /**
     * Hall AB is made of halls A and B. Each plan asks for AB, A and B at once every two hours, plan B an
     * hour after plan A: every request shares floor with overlapping requests of the same and of the other
     * space. However the confirms race, no two confirmed bookings share floor and overlap, and a request
     * left unconfirmed is refused because of a confirmed one that does.
     */
    @Test
    void sixteenThreadsConfirmingOverlappingWholeAndPartRequestsNeverShareFloor() throws Exception {
        String venue = "floor-" + System.nanoTime() % 1_000_000;
        Api officer = Api.signedIn(port, "officer");
        List<Map<String, Object>> spaces = List.of(
                dividedHall(venue + "-ab", venue + "-a", venue + "-b"),
                dividedHall(venue + "-a"),
                dividedHall(venue + "-b"));
        List<String> order = List.of(venue + "-ab", venue + "-a", venue + "-b");
        List<Long> requests = new ArrayList<>();
        for (int offset : new int[] {0, 60}) {
            requests.addAll(publishedPlan(
                    officer,
                    venue,
                    "Floor " + offset + " " + venue,
                    spaces,
                    i -> new Place(
                            order.get(i % 3), DAY.plusHours(8 + 2L * (i / 3)).plusMinutes(offset))));
        }

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger namedConflicts = new AtomicInteger();
        race(requests, ATTEMPTS_PER_THREAD / 2, statuses, namedConflicts);
        int raced = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
        int sharedFloorOverlaps = sharedFloorOverlaps(venue);

        // Whatever the race left requested is confirmed now, one by one: confirmed, or refused for a reason.
        int sweptRefusals = 0;
        int refusedForAnotherSpace = 0;
        for (long id : requests) {
            if (!"REQUESTED".equals(jdbc.queryForObject("select status from booking where id = ?", String.class, id))) {
                continue;
            }
            Api.Answer answer = officer.post("/api/bookings/" + id + "/confirm", null);
            if (answer.status() == 409) {
                sweptRefusals++;
                long other = answer.json().get("conflictingBookingId").asLong();
                assertThat(sharesFloorAndOverlaps(id, other))
                        .as("booking %d is refused for confirmed booking %d: %s", id, other, answer.text())
                        .isTrue();
                if (answer.json().get("detail").asString().contains("which shares floor with")) {
                    refusedForAnotherSpace++;
                }
            } else {
                assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            }
        }
        int confirmed = jdbc.queryForObject(
                "select count(*) from booking where status = 'CONFIRMED' and id = any(?)", Integer.class, (Object)
                        requests.toArray(Long[]::new));
        System.out.printf(
                "Shared floor race: %d confirm attempts by %d threads, statuses %s (%d refusals naming the booking"
                        + " in the way), shared-floor overlaps after the race: %d; sweep of the rest: %d refused"
                        + " (%d for a booking of another space), %d of %d requests confirmed in the end%n",
                raced,
                THREADS,
                statuses,
                namedConflicts.get(),
                sharedFloorOverlaps,
                sweptRefusals,
                refusedForAnotherSpace,
                confirmed,
                requests.size());

        assertThat(raced).isGreaterThanOrEqualTo(500);
        assertThat(statuses.keySet())
                .as("every attempt is confirmed or refused with 409, never 500")
                .containsOnly(200, 409);
        assertThat(namedConflicts.get()).isEqualTo(statuses.get(409).get());
        assertThat(sharedFloorOverlaps).isZero();
        assertThat(sharedFloorOverlaps(venue)).isZero();
        assertThat(refusedForAnotherSpace)
                .as("a whole kept out by a confirmed part, or a part by its confirmed whole")
                .isPositive();
    }

    /**
     * Pairs of confirmed bookings of the venue's spaces that overlap and share floor, by the format's words:
     * the same space, one a part of the other, or a part in common.
     */
    private int sharedFloorOverlaps(String venue) {
        return jdbc.queryForObject(
                "select count(*) from booking a join booking b on a.id < b.id and a.busy && b.busy"
                        + " where a.status = 'CONFIRMED' and b.status = 'CONFIRMED' and a.space_id like ? and "
                        + sharesFloor("a", "b"),
                Integer.class,
                venue + "%");
    }

    private boolean sharesFloorAndOverlaps(long request, long confirmed) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select c.status = 'CONFIRMED' and r.busy && c.busy and " + sharesFloor("r", "c")
                        + " from booking r, booking c where r.id = ? and c.id = ?",
                Boolean.class,
                request,
                confirmed));
    }

    /** Whether the bookings {@code a} and {@code b} of a query are of spaces that share floor, read from the parts. */
    private static String sharesFloor(String a, String b) {
        return """
                (%1$s.space_id = %2$s.space_id
                 or exists (select 1 from space_part p where p.space_id = %1$s.space_id and p.part_id = %2$s.space_id)
                 or exists (select 1 from space_part p where p.space_id = %2$s.space_id and p.part_id = %1$s.space_id)
                 or exists (select 1 from space_part p join space_part q on q.part_id = p.part_id
                            where p.space_id = %1$s.space_id and q.space_id = %2$s.space_id))""".formatted(a, b);
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

    /**
     * {@link #THREADS} officers, each signed in on its own, confirm requests picked at random all at once,
     * counting the answers by status and the refusals that name the booking in the way.
     */
    private void race(
            List<Long> requests,
            int attemptsPerThread,
            Map<Integer, AtomicInteger> statuses,
            AtomicInteger namedConflicts)
            throws Exception {
        List<Api> clients = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            clients.add(Api.signedIn(port, "officer"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Api client = clients.get(t);
            Random random = new Random(t);
            done.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < attemptsPerThread; i++) {
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
    }

    /** A plan of {@link #ENGAGEMENTS} receptions in two halls, every two hours from 08:00 plus the offset. */
    private List<Long> publishedPlan(Api officer, String venue, String name, int offsetMinutes) {
        return publishedPlan(
                officer,
                venue,
                name,
                List.of(hall(venue + "-hall-1"), hall(venue + "-hall-2")),
                i -> new Place(
                        venue + "-hall-" + (i % 2 + 1),
                        DAY.plusHours(8 + 2L * (i / 2)).plusMinutes(offsetMinutes)));
    }

    private record Place(String spaceId, LocalDateTime start) {}

    /** A plan of {@link #ENGAGEMENTS} receptions in these spaces of one venue, placed as {@code place} says, published. */
    private List<Long> publishedPlan(
            Api officer, String venue, String name, List<Map<String, Object>> spaces, IntFunction<Place> place) {
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
                List.of(Map.of("id", venue, "name", "Race venue", "lat", 39.9, "lon", 116.4, "spaces", spaces)),
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
            Place at = place.apply(i);
            BookingFixtures.place(jdbc, plan, "reception-" + i, at.spaceId(), at.start());
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

    private static Map<String, Object> dividedHall(String id, String... parts) {
        return Map.of(
                "id",
                id,
                "name",
                "Hall " + id.substring(id.lastIndexOf('-') + 1).toUpperCase(),
                "capacity",
                Map.of("RECEPTION", 200),
                "turnoverMinutes",
                30,
                "parts",
                List.of(parts));
    }
}
