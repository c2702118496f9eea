package org.protocolplanner.tools.generator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.SecurityGrade;

/** The venues a summit may use, with every space flattened into a numbered room. */
final class SummitVenues {

    /**
     * A space, the index of its venue, and when it can be used; its features and its venue's grade
     * are copied out for the fit test, which runs for every room and engagement. {@code sharingFloor}
     * holds the other rooms it shares floor with (a divisible hall and its parts), whose bookings and
     * blackouts it must keep clear of too.
     */
    record Room(
            SpaceDoc space,
            int venue,
            SpaceCalendar calendar,
            Set<Feature> features,
            SecurityGrade grade,
            List<Integer> sharingFloor) {}

    private final List<VenueDoc> venues;
    private final List<Room> rooms = new ArrayList<>();
    private final Map<String, Integer> venueIndexById = new HashMap<>();

    SummitVenues(List<VenueDoc> venues, LocalDateTime horizonStart) {
        this.venues = List.copyOf(venues);
        Set<String> spaceIds = new HashSet<>();
        for (int v = 0; v < venues.size(); v++) {
            VenueDoc venue = venues.get(v);
            if (venueIndexById.put(venue.id(), v) != null) {
                throw new IllegalArgumentException("two venues have the id " + venue.id());
            }
            int firstRoom = rooms.size();
            for (SpaceDoc space : venue.spaces()) {
                if (!spaceIds.add(space.id())) {
                    throw new IllegalArgumentException("two spaces have the id " + space.id());
                }
                Set<Feature> features = EnumSet.noneOf(Feature.class);
                features.addAll(space.features());
                List<SpaceDoc> floor = new ArrayList<>();
                List<Integer> sharingFloor = new ArrayList<>();
                for (int s = 0; s < venue.spaces().size(); s++) {
                    SpaceDoc other = venue.spaces().get(s);
                    if (other != space && sharesFloor(space, other)) {
                        floor.add(other);
                        sharingFloor.add(firstRoom + s);
                    }
                }
                rooms.add(new Room(
                        space,
                        v,
                        new SpaceCalendar(space, floor, horizonStart),
                        features,
                        venue.securityGrade(),
                        List.copyOf(sharingFloor)));
            }
        }
    }

    /**
     * docs/reference/exchange-format.md: the same space, one a part of the other, or a part in common
     * (spaces of one venue).
     */
    private static boolean sharesFloor(SpaceDoc one, SpaceDoc other) {
        return one.id().equals(other.id())
                || one.parts().contains(other.id())
                || other.parts().contains(one.id())
                || one.parts().stream().anyMatch(other.parts()::contains);
    }

    List<VenueDoc> venues() {
        return venues;
    }

    VenueDoc venue(int index) {
        return venues.get(index);
    }

    int venueIndex(String id) {
        return venueIndexById.get(id);
    }

    Room room(int index) {
        return rooms.get(index);
    }

    int roomCount() {
        return rooms.size();
    }

    /**
     * The rooms whose fixed properties allow the engagement, in room order: capacity for its
     * layout, every required feature, and a venue grade at least the one it requires.
     */
    List<Integer> suitableRooms(ProposedEngagement engagement) {
        List<Integer> suitable = new ArrayList<>();
        for (int r = 0; r < rooms.size(); r++) {
            Room room = rooms.get(r);
            Integer capacity = room.space().capacity().get(engagement.layout());
            if (capacity != null
                    && capacity >= engagement.headcount()
                    && !room.grade().isBelow(engagement.requiredGrade())
                    && room.features().containsAll(engagement.requiredFeatures())) {
                suitable.add(r);
            }
        }
        return suitable;
    }
}
