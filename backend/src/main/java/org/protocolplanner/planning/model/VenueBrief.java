package org.protocolplanner.planning.model;

import java.util.Arrays;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * A venue as the solver is briefed on it: the problem fact for a site with a security grade, a prestige and
 * its row of the travel matrix (the stored one is {@code venue.Venue}). Two venues
 * are the same venue only when they are the same object (one per id).
 */
public final class VenueBrief {

    private final String id;
    private final String name;
    private final SecurityGrade securityGrade;
    private final int prestige;
    private final int index;
    private final int[] travelMinutesByIndex;
    private final int longestTravelMinutes;

    /**
     * @param index                its position in the travel matrix
     * @param travelMinutesByIndex travel minutes from this venue to the venue of each index
     */
    public VenueBrief(
            String id, String name, SecurityGrade securityGrade, int prestige, int index, int[] travelMinutesByIndex) {
        this.id = id;
        this.name = name;
        this.securityGrade = securityGrade;
        this.prestige = prestige;
        this.index = index;
        this.travelMinutesByIndex = travelMinutesByIndex;
        this.longestTravelMinutes = Arrays.stream(travelMinutesByIndex).max().orElse(0);
    }

    /** Travel minutes to {@code other}; 0 to itself. */
    public int travelMinutesTo(VenueBrief other) {
        return other == this ? 0 : travelMinutesByIndex[other.index];
    }

    /** No trip from here takes longer: bounds the gaps the travel-time rule has to look at. */
    public int longestTravelMinutes() {
        return longestTravelMinutes;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public SecurityGrade securityGrade() {
        return securityGrade;
    }

    public int prestige() {
        return prestige;
    }

    public int index() {
        return index;
    }

    @Override
    public String toString() {
        return id;
    }
}
