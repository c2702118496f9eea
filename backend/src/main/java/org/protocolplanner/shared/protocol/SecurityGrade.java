package org.protocolplanner.shared.protocol;

/** A venue's security grade: A is the highest. */
public enum SecurityGrade {
    A(3),
    B(2),
    C(1);

    private final int level;

    SecurityGrade(int level) {
        this.level = level;
    }

    /** 3 for A, 2 for B, 1 for C: the difference of two levels is the number of grade steps. */
    public int level() {
        return level;
    }

    public boolean isBelow(SecurityGrade other) {
        return level < other.level;
    }

    public static SecurityGrade higher(SecurityGrade a, SecurityGrade b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.level >= b.level ? a : b;
    }
}
