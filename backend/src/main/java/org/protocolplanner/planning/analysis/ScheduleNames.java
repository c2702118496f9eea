package org.protocolplanner.planning.analysis;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.protocolplanner.planning.model.DelegationBrief;
import org.protocolplanner.planning.model.EngagementBrief;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.ScheduleHorizon;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.planning.model.VenueBrief;

/**
 * The names a sentence uses for the ids a justification carries, and the English wording of times,
 * enum values and counts. Built once per schedule; unknown ids are shown as the id itself.
 */
final class ScheduleNames {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ScheduleHorizon horizon;
    private final Map<String, String> events = new HashMap<>();
    private final Map<String, String> delegations = new HashMap<>();
    private final Map<String, String> venues = new HashMap<>();
    private final Map<String, String> spaces = new HashMap<>();

    ScheduleNames(ProtocolSchedule schedule) {
        this.horizon = schedule.getHorizon();
        schedule.getEngagements().forEach((EngagementBrief e) -> events.put(e.id(), e.title()));
        schedule.getDelegations().forEach((DelegationBrief d) -> delegations.put(d.id(), d.name()));
        schedule.getVenues().forEach((VenueBrief v) -> venues.put(v.id(), v.name()));
        // A space is named with its venue: "Grand Ballroom at China National Convention Center".
        schedule.getSpaces()
                .forEach((SpaceBrief s) ->
                        spaces.put(s.id(), s.name() + " at " + s.venue().name()));
    }

    String event(String id) {
        return events.getOrDefault(id, id);
    }

    String delegation(String id) {
        return delegations.getOrDefault(id, id);
    }

    String venue(String id) {
        return venues.getOrDefault(id, id);
    }

    String space(String id) {
        return spaces.getOrDefault(id, id);
    }

    /** A plan minute as the local date-time of the exchange format. */
    LocalDateTime time(int minute) {
        return horizon.timeOf(minute);
    }

    String timeText(int minute) {
        return TIME.format(time(minute));
    }

    /** The date of a day of the plan (0 for the horizon's first day), as ISO text. */
    String date(int day) {
        return horizon.timeOf(day * ScheduleHorizon.MINUTES_PER_DAY)
                .toLocalDate()
                .toString();
    }

    /** {@code THEATRE} as "theatre", {@code HEAD_OF_STATE} as "head of state". */
    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String words(Collection<? extends Enum<?>> values) {
        List<String> words = values.stream().map(ScheduleNames::words).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** Minutes since midnight as "07:30". */
    static String clock(int minuteOfDay) {
        return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }

    /** "1 minute", "20 minutes". */
    static String count(long n, String unit) {
        return n + " " + (n == 1 ? unit : unit + "s");
    }

    /** "1 person", "20 people". */
    static String people(long n) {
        return n + (n == 1 ? " person" : " people");
    }
}
