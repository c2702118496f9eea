package org.protocolplanner.notification;

/**
 * What one notification says: its kind and subject, the plan it is about (readers see their notifications
 * grouped by plan), the counts of a notice about many bookings, and its e-mail subject and English text.
 * The UI words it in its reader's language from the kind, the plan's name and the counts.
 *
 * @param planId       the plan it is about; null for none
 * @param bookingCount how many bookings a notice about several counts (requests of a publish); else null
 * @param venueCount   at how many venues those bookings are; else null
 * @param subject      the e-mail's subject line
 * @param message      the text, stored and mailed as given: the caller words it for its readers
 */
public record Notice(
        NotificationKind kind,
        String subjectType,
        String subjectId,
        Long planId,
        String planName,
        Integer bookingCount,
        Integer venueCount,
        String subject,
        String message) {

    /** A notice about one thing of a plan (a booking, the plan itself), without counts. */
    public static Notice about(
            NotificationKind kind,
            String subjectType,
            String subjectId,
            long planId,
            String planName,
            String subject,
            String message) {
        return new Notice(kind, subjectType, subjectId, planId, planName, null, null, subject, message);
    }
}
