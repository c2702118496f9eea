package org.protocolplanner.shared.protocol;

/** The rank of a delegation's head, which decides the security grade and prestige it is owed. */
public enum HeadRank {
    HEAD_OF_STATE(SecurityGrade.A, 9),
    HEAD_OF_GOVERNMENT(SecurityGrade.A, 9),
    DEPUTY_HEAD(SecurityGrade.B, 6),
    MINISTER(SecurityGrade.B, 6),
    SENIOR_OFFICIAL(SecurityGrade.C, 4),
    INTERNATIONAL_ORGANIZATION_HEAD(SecurityGrade.B, 6);

    private final SecurityGrade requiredGrade;
    private final int deservedPrestige;

    HeadRank(SecurityGrade requiredGrade, int deservedPrestige) {
        this.requiredGrade = requiredGrade;
        this.deservedPrestige = deservedPrestige;
    }

    /** The grade an engagement attended by this rank needs (docs/reference/exchange-format.md, derived values). */
    public SecurityGrade requiredGrade() {
        return requiredGrade;
    }

    /** The venue prestige this rank deserves (docs/reference/constraints.md, KPI "prestige gap"). */
    public int deservedPrestige() {
        return deservedPrestige;
    }
}
