package org.protocolplanner.booking;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.security.UserActions;
import org.springframework.stereotype.Component;

/** Which requests the user answers, for {@code GET /api/me}: the inbox shows those. */
@Component
class BookingUserActions implements UserActions {

    static final String ANSWER_OWN_VENUES = "answerOwnVenueBookings";
    static final String ANSWER_UNMANAGED_VENUES = "answerUnmanagedVenueBookings";

    @Override
    public List<String> allowedActions(PlannerUser user) {
        List<String> actions = new ArrayList<>();
        if (BookingPolicy.answersOwnVenues(user)) {
            actions.add(ANSWER_OWN_VENUES);
        }
        if (BookingPolicy.answersUnmanagedVenues(user)) {
            actions.add(ANSWER_UNMANAGED_VENUES);
        }
        return actions;
    }
}
