package org.protocolplanner.venue;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.security.Role;
import org.protocolplanner.shared.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The venue rows of the role matrix (docs/reference/roles.md), one method per capability: everyone signed in reads
 * the catalogue; administrators and officers create, edit and delete venues; a venue manager edits the spaces
 * of the venues they manage (decision 0013), and another venue is "not found" to them, so that they learn
 * nothing of it.
 */
final class VenuePolicy {

    static final String EDIT = "edit";
    static final String DELETE = "delete";
    static final String EDIT_SPACES = "editSpaces";
    static final String ADD_TO_CATALOGUE = "addToCatalogue";

    private VenuePolicy() {}

    /** A new venue in the catalogue. */
    static boolean canCreate(PlannerUser user) {
        return editsCatalogue(user);
    }

    /** The venue's own figures: names, type, place, grade, prestige. */
    static boolean canEdit(PlannerUser user) {
        return editsCatalogue(user);
    }

    /** Deleting it (409 while a booking refers to it, whoever asks). */
    static boolean canDelete(PlannerUser user) {
        return editsCatalogue(user);
    }

    /** Its spaces, capacities, opening hours and blackouts: catalogue editors, and the venue's own managers. */
    static boolean canEditSpaces(PlannerUser user, String venueId) {
        return editsCatalogue(user) || user.manages(venueId);
    }

    /** A plan's own venue into the shared catalogue: whoever may edit the catalogue (decision 0111). */
    static boolean canAddToCatalogue(PlannerUser user) {
        return editsCatalogue(user);
    }

    /** What the user may do with this venue, as its responses list them. */
    static List<String> allowedActions(PlannerUser user, Venue venue) {
        String venueId = venue.getId();
        List<String> actions = new ArrayList<>();
        if (canEdit(user)) {
            actions.add(EDIT);
        }
        if (canDelete(user)) {
            actions.add(DELETE);
        }
        if (canEditSpaces(user, venueId)) {
            actions.add(EDIT_SPACES);
        }
        if (venue.isImported() && canAddToCatalogue(user)) {
            actions.add(ADD_TO_CATALOGUE);
        }
        return List.copyOf(actions);
    }

    static void checkCanCreate(PlannerUser user) {
        if (!canCreate(user)) {
            throw new AccessDeniedException("venue managers edit the spaces of their venues, not the venue itself");
        }
    }

    /** Editing or deleting the venue itself: a manager is told 404 for another venue, 403 for their own. */
    static void checkCanEdit(PlannerUser user, String venueId) {
        checkCanEditSpaces(user, venueId);
        if (!canEdit(user)) {
            throw new AccessDeniedException("venue managers edit the spaces of their venues, not the venue itself");
        }
    }

    static void checkCanDelete(PlannerUser user, String venueId) {
        checkCanEditSpaces(user, venueId);
        if (!canDelete(user)) {
            throw new AccessDeniedException("venue managers edit the spaces of their venues, not the venue itself");
        }
    }

    /** As editing the venue itself: a manager is told 404 for another venue, 403 for their own. */
    static void checkCanAddToCatalogue(PlannerUser user, String venueId) {
        checkCanEditSpaces(user, venueId);
        if (!canAddToCatalogue(user)) {
            throw new AccessDeniedException("only the catalogue's editors add venues to it");
        }
    }

    static void checkCanEditSpaces(PlannerUser user, String venueId) {
        if (canEditSpaces(user, venueId)) {
            return;
        }
        if (!user.has(Role.VENUE_MANAGER)) {
            throw new AccessDeniedException("this role may not edit the catalogue");
        }
        throw new NotFoundException("venue", venueId);
    }

    /** The catalogue's editors: administrators and protocol officers. */
    private static boolean editsCatalogue(PlannerUser user) {
        return user.has(Role.ADMIN) || user.has(Role.PROTOCOL_OFFICER);
    }
}
