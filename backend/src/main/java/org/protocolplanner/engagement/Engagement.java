package org.protocolplanner.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * An engagement of one plan: who attends, its needs, window and order, and where it currently is
 * (the assignment). {@code ref} is its exchange-format id, unique within the plan.
 */
@Entity
@Table(name = "engagement")
public class Engagement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(nullable = false)
    private String ref;

    private int position;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventType type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "delegations", columnDefinition = "varchar(64)[]")
    private String[] delegations = new String[0];

    private int headcount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Layout layout;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_features", columnDefinition = "text[]")
    private String[] requiredFeatures = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(name = "min_security_grade", columnDefinition = "char(1)")
    private SecurityGrade minSecurityGrade;

    @Column(name = "earliest_start")
    private LocalDateTime earliestStart;

    @Column(name = "latest_end")
    private LocalDateTime latestEnd;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "preferred_spaces", columnDefinition = "varchar(64)[]")
    private String[] preferredSpaces = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "excluded_spaces", columnDefinition = "varchar(64)[]")
    private String[] excludedSpaces = new String[0];

    private int priority = 1;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "after_events", columnDefinition = "varchar(64)[]")
    private String[] afterEvents = new String[0];

    @Column(name = "pinned_space_id")
    private String pinnedSpaceId;

    @Column(name = "pinned_start")
    private LocalDateTime pinnedStart;

    @Column(name = "published_space_id")
    private String publishedSpaceId;

    @Column(name = "published_start")
    private LocalDateTime publishedStart;

    private boolean confidential;

    @Column(name = "assigned_space_id")
    private String assignedSpaceId;

    @Column(name = "assigned_start")
    private LocalDateTime assignedStart;

    @Version
    private long version;

    protected Engagement() {}

    public Engagement(Long planId, String ref, int position) {
        this.planId = planId;
        this.ref = ref;
        this.position = position;
    }

    public boolean isScheduled() {
        return assignedSpaceId != null && assignedStart != null;
    }

    public boolean isPinned() {
        return pinnedSpaceId != null;
    }

    public void assign(String spaceId, LocalDateTime start) {
        this.assignedSpaceId = spaceId;
        this.assignedStart = spaceId == null ? null : start;
        if (start == null) {
            this.assignedSpaceId = null;
        }
    }

    /** Pins the engagement where it is, or unpins it with {@code null}s; a pinned one sits at its pin. */
    public void pin(String spaceId, LocalDateTime start) {
        this.pinnedSpaceId = spaceId;
        this.pinnedStart = start;
        if (spaceId != null) {
            assign(spaceId, start);
        }
    }

    public Long getId() {
        return id;
    }

    /** The order in the plan's lists, as in its exchange document. */
    public void setPosition(int position) {
        this.position = position;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getRef() {
        return ref;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public List<String> getDelegations() {
        return List.of(delegations);
    }

    public void setDelegations(List<String> delegations) {
        this.delegations = delegations.toArray(String[]::new);
    }

    public int getHeadcount() {
        return headcount;
    }

    public void setHeadcount(int headcount) {
        this.headcount = headcount;
    }

    public Layout getLayout() {
        return layout;
    }

    public void setLayout(Layout layout) {
        this.layout = layout;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public List<Feature> getRequiredFeatures() {
        return Arrays.stream(requiredFeatures).map(Feature::valueOf).toList();
    }

    public void setRequiredFeatures(List<Feature> requiredFeatures) {
        this.requiredFeatures = requiredFeatures.stream().map(Feature::name).toArray(String[]::new);
    }

    public SecurityGrade getMinSecurityGrade() {
        return minSecurityGrade;
    }

    public void setMinSecurityGrade(SecurityGrade minSecurityGrade) {
        this.minSecurityGrade = minSecurityGrade;
    }

    public LocalDateTime getEarliestStart() {
        return earliestStart;
    }

    public LocalDateTime getLatestEnd() {
        return latestEnd;
    }

    public void setWindow(LocalDateTime earliestStart, LocalDateTime latestEnd) {
        this.earliestStart = earliestStart;
        this.latestEnd = latestEnd;
    }

    public List<String> getPreferredSpaces() {
        return List.of(preferredSpaces);
    }

    public void setPreferredSpaces(List<String> preferredSpaces) {
        this.preferredSpaces = preferredSpaces.toArray(String[]::new);
    }

    public List<String> getExcludedSpaces() {
        return List.of(excludedSpaces);
    }

    public void setExcludedSpaces(List<String> excludedSpaces) {
        this.excludedSpaces = excludedSpaces.toArray(String[]::new);
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public List<String> getAfterEvents() {
        return List.of(afterEvents);
    }

    public void setAfterEvents(List<String> afterEvents) {
        this.afterEvents = afterEvents.toArray(String[]::new);
    }

    public String getPinnedSpaceId() {
        return pinnedSpaceId;
    }

    public LocalDateTime getPinnedStart() {
        return pinnedStart;
    }

    public String getPublishedSpaceId() {
        return publishedSpaceId;
    }

    public LocalDateTime getPublishedStart() {
        return publishedStart;
    }

    public void setPublished(String spaceId, LocalDateTime start) {
        this.publishedSpaceId = spaceId;
        this.publishedStart = start;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public String getAssignedSpaceId() {
        return assignedSpaceId;
    }

    public LocalDateTime getAssignedStart() {
        return assignedStart;
    }

    public long getVersion() {
        return version;
    }

    /** A new engagement of a plan with every field of its exchange-format element. */
    public static Engagement from(Long planId, int position, EventDoc doc) {
        Engagement engagement = new Engagement(planId, doc.id(), position);
        engagement.apply(doc);
        return engagement;
    }

    /**
     * Copies every field of the exchange format but the id; a pinned engagement is assigned at its pin,
     * an unpinned one keeps its assignment.
     */
    public void apply(EventDoc doc) {
        setTitle(doc.title());
        setType(doc.type());
        setDelegations(doc.delegations());
        setHeadcount(doc.headcount());
        setLayout(doc.layout());
        setDurationMinutes(doc.durationMinutes());
        setRequiredFeatures(doc.requiredFeatures());
        setMinSecurityGrade(doc.minSecurityGrade());
        setWindow(doc.earliestStart(), doc.latestEnd());
        setPreferredSpaces(doc.preferredSpaces());
        setExcludedSpaces(doc.excludedSpaces());
        setPriority(doc.priority());
        setAfterEvents(doc.after());
        setConfidential(doc.confidential());
        Placement published = doc.published();
        setPublished(published == null ? null : published.spaceId(), published == null ? null : published.start());
        Placement pinned = doc.pinned();
        pin(pinned == null ? null : pinned.spaceId(), pinned == null ? null : pinned.start());
    }
}
