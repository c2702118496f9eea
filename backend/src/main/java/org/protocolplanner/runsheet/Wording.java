package org.protocolplanner.runsheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.protocolplanner.booking.BookingStatus;
import org.protocolplanner.shared.protocol.DelegationName;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.HeadRank;
import org.protocolplanner.shared.protocol.Layout;

/**
 * The words of run sheets and spreadsheets in English and Chinese, the latter in the terms of
 * docs/reference/terminology-zh.md.
 */
public enum Wording {
    EN(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH)),
    ZH(DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE", Locale.SIMPLIFIED_CHINESE));

    /** Each phrase as {english, chinese}. */
    private static final Map<String, String[]> PHRASES = Map.ofEntries(
            Map.entry("runSheet", new String[] {"Run sheet", "场馆日程单"}),
            Map.entry("masterSchedule", new String[] {"Master schedule", "总日程表"}),
            Map.entry("plan", new String[] {"Plan", "活动方案"}),
            Map.entry("timeNote", new String[] {"All times are Beijing time (UTC+8).", "以下时间均为北京时间（UTC+8）。"}),
            Map.entry("redactionNote", new String[] {
                "Confidential engagements show no title or attendees, and bring no listed motorcade.",
                "涉密活动不显示名称及出席代表团，其车队抵达亦不列出。"
            }),
            Map.entry("day", new String[] {"Day", "日期"}),
            Map.entry("time", new String[] {"Time", "时间"}),
            Map.entry("start", new String[] {"Start", "开始"}),
            Map.entry("end", new String[] {"End", "结束"}),
            Map.entry("venue", new String[] {"Venue", "场馆"}),
            Map.entry("space", new String[] {"Space", "厅室"}),
            Map.entry("engagementId", new String[] {"Engagement id", "活动编号"}),
            Map.entry("engagement", new String[] {"Engagement", "活动"}),
            Map.entry("type", new String[] {"Type", "活动类型"}),
            Map.entry("delegations", new String[] {"Delegations", "代表团"}),
            Map.entry("headcount", new String[] {"Headcount", "人数"}),
            Map.entry("layout", new String[] {"Layout", "布置"}),
            Map.entry("needs", new String[] {"Needs", "所需设施"}),
            Map.entry("booking", new String[] {"Booking", "场地预订"}),
            Map.entry("notRequested", new String[] {"not requested", "未发送"}),
            Map.entry("confidential", new String[] {"Confidential", "涉密"}),
            Map.entry("motorcades", new String[] {"Motorcade arrivals", "车队抵达顺序"}),
            Map.entry("noMotorcades", new String[] {"No motorcade arrivals.", "无车队抵达。"}),
            Map.entry("arrival", new String[] {"Arrival", "抵达"}),
            Map.entry("rank", new String[] {"Rank", "级别"}),
            Map.entry("nothingScheduled", new String[] {"No engagements this day.", "当日无活动。"}),
            Map.entry("id", new String[] {"Id", "编号"}),
            Map.entry("country", new String[] {"Country", "国家"}),
            Map.entry("delegation", new String[] {"Delegation", "代表团"}),
            Map.entry("size", new String[] {"Size", "人数"}),
            Map.entry("departure", new String[] {"Departure", "离开"}),
            Map.entry("hotel", new String[] {"Hotel", "下榻地"}),
            Map.entry("status", new String[] {"Status", "状态"}),
            Map.entry("answerBy", new String[] {"Answer by", "答复期限"}),
            Map.entry("reason", new String[] {"Reason", "原因"}),
            Map.entry("bookings", new String[] {"Bookings", "场地预订"}),
            Map.entry("attendees", new String[] {"Attendees", "出席代表团"}));

    private static final Map<EventType, String> TYPES_ZH = new EnumMap<>(Map.ofEntries(
            Map.entry(EventType.WELCOME_CEREMONY, "欢迎仪式"), Map.entry(EventType.BILATERAL_TALKS, "双边会谈"),
            Map.entry(EventType.PLENARY, "全体会议"), Map.entry(EventType.STATE_BANQUET, "国宴"),
            Map.entry(EventType.RECEPTION, "招待会"), Map.entry(EventType.SIGNING_CEREMONY, "签字仪式"),
            Map.entry(EventType.PRESS_CONFERENCE, "记者会"), Map.entry(EventType.CULTURAL_VISIT, "参观活动"),
            Map.entry(EventType.WORKING_LUNCH, "工作午宴"), Map.entry(EventType.BRIEFING, "情况介绍会")));
    private static final Map<EventType, String> TYPES_EN = new EnumMap<>(Map.of(EventType.PLENARY, "plenary session"));
    private static final Map<Layout, String> LAYOUTS_ZH = new EnumMap<>(Map.of(
            Layout.THEATRE,
            "剧院式",
            Layout.BANQUET,
            "宴会式",
            Layout.RECEPTION,
            "酒会式",
            Layout.ROUNDTABLE,
            "圆桌式",
            Layout.CLASSROOM,
            "课桌式",
            Layout.CEREMONY,
            "仪式布置"));
    private static final Map<Feature, String> FEATURES_ZH = new EnumMap<>(Map.of(
            Feature.INTERPRETATION,
            "同声传译",
            Feature.STAGE,
            "舞台",
            Feature.PRESS_AREA,
            "记者区",
            Feature.KITCHEN,
            "厨房",
            Feature.ACCESSIBLE,
            "无障碍",
            Feature.OUTDOOR,
            "室外",
            Feature.SECURE_HOLDING_ROOM,
            "安保休息室",
            Feature.BROADCAST,
            "转播条件",
            Feature.HELIPAD,
            "直升机停机坪"));
    private static final Map<Feature, String> FEATURES_EN = new EnumMap<>(
            Map.of(Feature.INTERPRETATION, "simultaneous interpretation", Feature.BROADCAST, "broadcast facilities"));
    private static final Map<BookingStatus, String> STATUSES_ZH = new EnumMap<>(Map.of(
            BookingStatus.REQUESTED,
            "待确认",
            BookingStatus.CONFIRMED,
            "已确认",
            BookingStatus.DECLINED,
            "已婉拒",
            BookingStatus.LAPSED,
            "已逾期",
            BookingStatus.WITHDRAWN,
            "已撤回",
            BookingStatus.CANCELLED,
            "已取消"));
    private static final Map<HeadRank, String> RANKS_ZH = new EnumMap<>(Map.of(
            HeadRank.HEAD_OF_STATE,
            "国家元首",
            HeadRank.HEAD_OF_GOVERNMENT,
            "政府首脑",
            HeadRank.DEPUTY_HEAD,
            "副职领导人",
            HeadRank.MINISTER,
            "部长",
            HeadRank.SENIOR_OFFICIAL,
            "高级官员",
            HeadRank.INTERNATIONAL_ORGANIZATION_HEAD,
            "国际组织负责人"));

    private final DateTimeFormatter dayFormat;

    Wording(DateTimeFormatter dayFormat) {
        this.dayFormat = dayFormat;
    }

    /** The {@code lang} parameter: en or zh; null for anything else. */
    public static Wording of(String lang) {
        return switch (lang) {
            case "en" -> EN;
            case "zh" -> ZH;
            default -> null;
        };
    }

    public boolean chinese() {
        return this == ZH;
    }

    /** A phrase of the table above by its key. */
    public String says(String key) {
        String[] phrase = PHRASES.get(key);
        if (phrase == null) {
            throw new IllegalArgumentException("no phrase " + key);
        }
        return phrase[ordinal()];
    }

    public List<String> headings(String... keys) {
        return Arrays.stream(keys).map(this::says).toList();
    }

    public String day(LocalDate date) {
        return dayFormat.format(date);
    }

    public String type(EventType type) {
        return chinese() ? TYPES_ZH.get(type) : TYPES_EN.getOrDefault(type, words(type));
    }

    public String layout(Layout layout) {
        return layout == null ? "" : chinese() ? LAYOUTS_ZH.get(layout) : words(layout);
    }

    public String needs(List<Feature> needs) {
        return String.join(
                chinese() ? "、" : ", ",
                needs.stream()
                        .map(need -> chinese() ? FEATURES_ZH.get(need) : FEATURES_EN.getOrDefault(need, words(need)))
                        .toList());
    }

    /** A booking's state; null (nothing was requested for this place) in words too. */
    public String booking(BookingStatus status) {
        return status == null ? says("notRequested") : chinese() ? STATUSES_ZH.get(status) : words(status);
    }

    public String rank(HeadRank rank) {
        return chinese() ? RANKS_ZH.get(rank) : words(rank);
    }

    /** A catalogue name in this language; a Chinese name the catalogue lacks falls back to the English one. */
    public String name(String english, String chinese) {
        return chinese() && chinese != null && !chinese.isBlank() ? chinese : english;
    }

    /** The engagement's title, or for a redacted one its type marked confidential. */
    public String title(ScheduleEntry entry) {
        return entry.redacted() ? says("confidential") + (chinese() ? "：" : ": ") + type(entry.type()) : entry.title();
    }

    public String delegations(ScheduleEntry entry) {
        return entry.redacted() ? "" : delegations(entry.delegationNames());
    }

    /** Delegations as this language names them (docs/decisions/0133), in a list of this language. */
    public String delegations(List<DelegationName> names) {
        return String.join(
                chinese() ? "、" : ", ", names.stream().map(this::delegation).toList());
    }

    public String delegation(DelegationName name) {
        return name.in(chinese());
    }

    /** STATE_BANQUET as "state banquet". */
    private static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
