package org.protocolplanner.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.stereotype.Component;

/**
 * Writes feed events as an iCalendar document in Beijing time: every start and end is a local time
 * with {@code TZID=Asia/Shanghai}, and the document carries that zone's VTIMEZONE.
 *
 * <p>The VTIMEZONE is made here from Java's zone rules, as one observance from the zone's last
 * transition on, rather than taken from ical4j's registry: with ical4j 4.1.1 the registry's
 * tzurl.org definition of Asia/Shanghai (DST rules of 1986-1991 with UNTIL) gave +09:00 for 2027,
 * so a 19:00 start was written as 20:00, and an observance whose TZOFFSETFROM differs from its
 * TZOFFSETTO was read back as +09:00 as well. China has kept UTC+8 without daylight saving since
 * 1991, so one observance with equal offsets is exact for every date a plan can hold.
 */
@Component
class BeijingCalendar {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    BeijingCalendar(Clock clock) {
        this.clock = clock;
    }

    String write(String name, List<FeedEvent> events) {
        Calendar calendar = new Calendar()
                .withProdId("-//Protocol Planner//Calendar feeds//EN")
                .withDefaults()
                .getFluentTarget();
        // The name calendar clients show for the subscription (a widely read extension).
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", BEIJING.getId()));
        calendar.add(beijingTimeZone());
        Instant stamp = clock.instant();
        events.forEach(event -> calendar.add(toVEvent(event, stamp)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent toVEvent(FeedEvent event, Instant stamp) {
        VEvent vevent = new VEvent(false);
        ParameterList beijing = new ParameterList(List.of(new TzId(BEIJING.getId())));
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(stamp));
        vevent.add(new DtStart<>(beijing, LocalDateTime.ofInstant(event.start(), BEIJING)));
        vevent.add(new DtEnd<>(beijing, LocalDateTime.ofInstant(event.end(), BEIJING)));
        vevent.add(new Summary(event.summary()));
        vevent.add(new Location(event.location()));
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        vevent.add(new Status(event.tentative() ? Status.VALUE_TENTATIVE : Status.VALUE_CONFIRMED));
        return vevent;
    }

    private static VTimeZone beijingTimeZone() {
        ZoneRules rules = BEIJING.getRules();
        ZoneOffsetTransition last = rules.previousTransition(Instant.now());
        if (rules.nextTransition(last.getInstant()) != null) {
            throw new IllegalStateException(
                    BEIJING + " has changing offsets again: one observance no longer describes it");
        }
        ZoneOffset offset = last.getOffsetAfter();
        Standard standard = new Standard();
        standard.add(new DtStart<>(last.getDateTimeAfter()));
        standard.add(new TzOffsetFrom(offset));
        standard.add(new TzOffsetTo(offset));
        standard.add(new TzName("CST"));
        VTimeZone zone = new VTimeZone();
        zone.add(new net.fortuna.ical4j.model.property.TzId(BEIJING.getId()));
        zone.add(standard);
        return zone;
    }
}
