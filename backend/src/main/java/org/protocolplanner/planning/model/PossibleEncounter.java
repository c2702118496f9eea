package org.protocolplanner.planning.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two distinct engagements in which a separated pair of delegations could meet: one side attends
 * {@code first}, the other {@code second}. One fact per unordered pair of engagements and separation,
 * as delegation-separation counts; an engagement both sides attend is a meeting they agreed to and
 * pairs with nothing by itself.
 */
public record PossibleEncounter(Separation separation, EngagementBrief first, EngagementBrief second) {

    public static List<PossibleEncounter> of(List<Separation> separations, List<EngagementBrief> engagements) {
        List<PossibleEncounter> encounters = new ArrayList<>();
        for (Separation separation : separations) {
            Set<Set<EngagementBrief>> seen = new LinkedHashSet<>();
            for (EngagementBrief first : engagements) {
                if (!first.isAttendedBy(separation.one())) {
                    continue;
                }
                for (EngagementBrief second : engagements) {
                    if (first != second && second.isAttendedBy(separation.other()) && seen.add(Set.of(first, second))) {
                        encounters.add(new PossibleEncounter(separation, first, second));
                    }
                }
            }
        }
        return encounters;
    }
}
