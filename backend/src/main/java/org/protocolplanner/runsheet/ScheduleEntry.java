package org.protocolplanner.runsheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.protocolplanner.booking.BookingStatus;
import org.protocolplanner.shared.protocol.DelegationName;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;

/**
 * One engagement on a run sheet or a schedule, in Beijing time. For a reader who sees a confidential
 * engagement only redacted (a venue manager), {@code engagementId}, {@code title}, {@code delegationIds} and
 * {@code delegationNames} are null, exactly the fields the bookings inbox leaves out.
 *
 * @param booking the state of the booking of the engagement's present place; null when none was requested
 */
public record ScheduleEntry(
        LocalDateTime start,
        LocalDateTime end,
        String venueId,
        String venueNameEn,
        String venueNameZh,
        String spaceId,
        String spaceNameEn,
        String spaceNameZh,
        String engagementId,
        String title,
        EventType type,
        boolean confidential,
        List<String> delegationIds,
        List<DelegationName> delegationNames,
        int headcount,
        Layout layout,
        List<Feature> needs,
        BookingStatus booking) {

    public boolean redacted() {
        return engagementId == null;
    }

    public LocalDate day() {
        return start.toLocalDate();
    }
}
