package org.protocolplanner.itinerary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.protocolplanner.booking.BookingStatus;
import org.protocolplanner.booking.EngagementBookingStates.State;
import org.protocolplanner.shared.protocol.DelegationName;
import org.protocolplanner.shared.protocol.EventType;

/** The itinerary's wording in English and in Chinese, the latter in the terms of docs/reference/terminology-zh.md. */
enum ItineraryLanguage {
    EN(
            "Itinerary",
            "Plan",
            "All times are Beijing time (UTC+8).",
            "Time",
            "Engagement",
            "Venue and room",
            "Travel: %d min",
            "Same venue, no travel",
            "No scheduled engagements.",
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH),
            Map.ofEntries(
                    Map.entry(EventType.WELCOME_CEREMONY, "Welcome ceremony"),
                    Map.entry(EventType.BILATERAL_TALKS, "Bilateral talks"),
                    Map.entry(EventType.PLENARY, "Plenary session"),
                    Map.entry(EventType.STATE_BANQUET, "State banquet"),
                    Map.entry(EventType.RECEPTION, "Reception"),
                    Map.entry(EventType.SIGNING_CEREMONY, "Signing ceremony"),
                    Map.entry(EventType.PRESS_CONFERENCE, "Press conference"),
                    Map.entry(EventType.CULTURAL_VISIT, "Cultural visit"),
                    Map.entry(EventType.WORKING_LUNCH, "Working lunch"),
                    Map.entry(EventType.BRIEFING, "Briefing")),
            "Not yet requested from the venue",
            "Reason: %s",
            Map.of(
                    BookingStatus.REQUESTED, "Requested, awaiting the venue's answer",
                    BookingStatus.CONFIRMED, "Confirmed by the venue",
                    BookingStatus.DECLINED, "Declined by venue — being re-planned",
                    BookingStatus.LAPSED, "Not answered by the venue in time — under review",
                    BookingStatus.CANCELLED, "Booking cancelled — under review")),
    ZH(
            "日程安排",
            "活动方案",
            "以下时间均为北京时间（UTC+8）。",
            "时间",
            "活动",
            "场馆及厅室",
            "路途时间：%d 分钟",
            "同一场馆，无需转场",
            "暂无已排定的活动。",
            DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE", Locale.SIMPLIFIED_CHINESE),
            Map.ofEntries(
                    Map.entry(EventType.WELCOME_CEREMONY, "欢迎仪式"),
                    Map.entry(EventType.BILATERAL_TALKS, "双边会谈"),
                    Map.entry(EventType.PLENARY, "全体会议"),
                    Map.entry(EventType.STATE_BANQUET, "国宴"),
                    Map.entry(EventType.RECEPTION, "招待会"),
                    Map.entry(EventType.SIGNING_CEREMONY, "签字仪式"),
                    Map.entry(EventType.PRESS_CONFERENCE, "记者会"),
                    Map.entry(EventType.CULTURAL_VISIT, "参观活动"),
                    Map.entry(EventType.WORKING_LUNCH, "工作午宴"),
                    Map.entry(EventType.BRIEFING, "情况介绍会")),
            "尚未发送场馆确认",
            "原因：%s",
            Map.of(
                    BookingStatus.REQUESTED, "已发送场馆确认，待场馆答复",
                    BookingStatus.CONFIRMED, "场馆已确认",
                    BookingStatus.DECLINED, "场馆已婉拒，正在重新排期",
                    BookingStatus.LAPSED, "场馆逾期未答复，正在处理",
                    BookingStatus.CANCELLED, "场地预订已取消，正在处理"));

    final String title;
    final String plan;
    final String timeNote;
    final String timeHeading;
    final String engagementHeading;
    final String placeHeading;
    final String travel;
    final String sameVenue;
    final String nothingScheduled;
    private final DateTimeFormatter dayFormat;
    private final Map<EventType, String> types;
    private final String notRequested;
    private final String reason;
    private final Map<BookingStatus, String> bookingStates;

    ItineraryLanguage(
            String title,
            String plan,
            String timeNote,
            String timeHeading,
            String engagementHeading,
            String placeHeading,
            String travel,
            String sameVenue,
            String nothingScheduled,
            DateTimeFormatter dayFormat,
            Map<EventType, String> types,
            String notRequested,
            String reason,
            Map<BookingStatus, String> bookingStates) {
        this.title = title;
        this.plan = plan;
        this.timeNote = timeNote;
        this.timeHeading = timeHeading;
        this.engagementHeading = engagementHeading;
        this.placeHeading = placeHeading;
        this.travel = travel;
        this.sameVenue = sameVenue;
        this.nothingScheduled = nothingScheduled;
        this.dayFormat = dayFormat;
        this.types = types;
        this.notRequested = notRequested;
        this.reason = reason;
        this.bookingStates = bookingStates;
    }

    /** The {@code lang} parameter: en or zh. */
    static ItineraryLanguage of(String lang) {
        return switch (lang) {
            case "en" -> EN;
            case "zh" -> ZH;
            default -> null;
        };
    }

    String day(LocalDate date) {
        return dayFormat.format(date);
    }

    String type(EventType type) {
        return types.get(type);
    }

    /** The state of a stop's booking in words; {@code booking} null for a place not yet requested. */
    String booking(State booking) {
        return booking == null ? notRequested : bookingStates.get(booking.status());
    }

    /** The reason the venue (or whoever released the booking) gave. */
    String reason(String text) {
        return String.format(reason, text);
    }

    /** The delegation as this language names it (docs/decisions/0133). */
    String delegation(DelegationName name) {
        return name.in(this == ZH);
    }

    /** A catalogue name in this language; a Chinese name the catalogue lacks falls back to the English one. */
    String name(String english, String chinese) {
        return this == ZH && chinese != null && !chinese.isBlank() ? chinese : english;
    }
}
