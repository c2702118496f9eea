package org.protocolplanner.booking;

import java.util.Collection;
import org.protocolplanner.venue.SpaceBookings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the catalogue how many bookings refer to some spaces. */
@Component
class BookedSpaces implements SpaceBookings {

    private final JdbcTemplate jdbc;

    BookedSpaces(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int countFor(Collection<String> spaceIds) {
        Integer bookings =
                jdbc.queryForObject("select count(*) from booking where space_id = any (?)", Integer.class, (Object)
                        spaceIds.toArray(String[]::new));
        return bookings == null ? 0 : bookings;
    }
}
