package org.protocolplanner.demo;

import java.util.Locale;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * Security grades and prestige for the real venues in demo mode. These are planning judgements
 * that officers make, not published facts, so every venue graded here is marked as a demo assumption.
 */
final class DemoGrading {

    record Grading(SecurityGrade grade, int prestige) {}

    private DemoGrading() {}

    static Grading forType(String venueType) {
        String type = venueType == null ? "" : venueType.toLowerCase(Locale.ROOT);
        if (type.contains("state building") || type.contains("state guesthouse") || type.contains("leadership")) {
            return new Grading(SecurityGrade.A, 10);
        }
        if (type.contains("state guest villa") || type.contains("vip")) {
            return new Grading(SecurityGrade.A, 9);
        }
        if (type.contains("conference") || type.contains("convention")) {
            return new Grading(SecurityGrade.A, 8);
        }
        if (type.contains("airport")) {
            return new Grading(SecurityGrade.A, 6);
        }
        if (type.contains("ceremonial")) {
            return new Grading(SecurityGrade.A, 9);
        }
        if (type.contains("theatre") || type.contains("museum") || type.contains("heritage")) {
            return new Grading(SecurityGrade.B, 7);
        }
        if (type.contains("hotel")) {
            return new Grading(SecurityGrade.B, 6);
        }
        return new Grading(SecurityGrade.B, 5);
    }
}
