package org.protocolplanner.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An occasion with a horizon: its delegations, engagements, weights, venues, closures and
 * assignment. A LIVE plan is real; a SCENARIO is a what-if copy of one.
 */
@Entity
@Table(name = "plan")
public class Plan {

    public enum Kind {
        LIVE,
        SCENARIO
    }

    public enum ScenarioStatus {
        DRAFT,
        PROPOSED,
        ADOPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind = Kind.LIVE;

    @Enumerated(EnumType.STRING)
    @Column(name = "scenario_status")
    private ScenarioStatus scenarioStatus;

    private long revision;

    @Column(name = "problem_revision")
    private long problemRevision;

    @Column(name = "origin_plan_id")
    private Long originPlanId;

    @Column(name = "origin_revision")
    private Long originRevision;

    /** A scenario's view of its origin at the copy, to tell what changed there since (see PlanFingerprint). */
    @Column(name = "origin_fingerprint")
    private String originFingerprint;

    @Column(name = "time_zone", nullable = false)
    private String timeZone = "Asia/Shanghai";

    @Column(name = "horizon_start", nullable = false)
    private LocalDateTime horizonStart;

    @Column(name = "horizon_end", nullable = false)
    private LocalDateTime horizonEnd;

    @Column(name = "grain_minutes")
    private int grainMinutes = 15;

    @Column(name = "travel_speed_kmh")
    private double travelSpeedKmh = 35;

    @Column(name = "travel_road_factor")
    private double travelRoadFactor = 1.3;

    @Column(name = "travel_fixed_minutes")
    private int travelFixedMinutes = 10;

    @Column(name = "needs_replan")
    private boolean needsReplan;

    @Column(name = "needs_attention")
    private boolean needsAttention;

    @Column(name = "created_by")
    private String createdBy;

    /** Set while a solve owns the plan's assignment; edits are refused meanwhile (docs/reference/roles.md). */
    private boolean solving;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "plan_venue", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "venue_id")
    private List<String> venueIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_weight", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanWeight> weights = new ArrayList<>();

    protected Plan() {}

    public Plan(String name, LocalDateTime horizonStart, LocalDateTime horizonEnd) {
        this.name = name;
        this.horizonStart = horizonStart;
        this.horizonEnd = horizonEnd;
    }

    /** Any change to the plan's content moves its revision (docs/reference/roles.md). */
    public void markRevised() {
        revision++;
        problemRevision++;
    }

    /**
     * A change of where engagements are placed, and of nothing else (the pins included): moves the revision
     * but not the problem revision, so that kept scoring drafts are brought up to date rather than rebuilt.
     */
    public void markMoved() {
        revision++;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Kind getKind() {
        return kind;
    }

    public ScenarioStatus getScenarioStatus() {
        return scenarioStatus;
    }

    public void makeScenarioOf(Plan origin, String originFingerprint) {
        this.kind = Kind.SCENARIO;
        this.scenarioStatus = ScenarioStatus.DRAFT;
        this.originPlanId = origin.getId();
        this.originRevision = origin.getRevision();
        this.originFingerprint = originFingerprint;
    }

    public String getOriginFingerprint() {
        return originFingerprint;
    }

    public void setScenarioStatus(ScenarioStatus scenarioStatus) {
        this.scenarioStatus = scenarioStatus;
    }

    public long getRevision() {
        return revision;
    }

    public long getProblemRevision() {
        return problemRevision;
    }

    public Long getOriginPlanId() {
        return originPlanId;
    }

    public Long getOriginRevision() {
        return originRevision;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public LocalDateTime getHorizonStart() {
        return horizonStart;
    }

    public LocalDateTime getHorizonEnd() {
        return horizonEnd;
    }

    public void setHorizon(LocalDateTime start, LocalDateTime end, int grainMinutes) {
        this.horizonStart = start;
        this.horizonEnd = end;
        this.grainMinutes = grainMinutes;
    }

    public int getGrainMinutes() {
        return grainMinutes;
    }

    public double getTravelSpeedKmh() {
        return travelSpeedKmh;
    }

    public double getTravelRoadFactor() {
        return travelRoadFactor;
    }

    public int getTravelFixedMinutes() {
        return travelFixedMinutes;
    }

    public void setTravel(double speedKmh, double roadFactor, int fixedMinutes) {
        this.travelSpeedKmh = speedKmh;
        this.travelRoadFactor = roadFactor;
        this.travelFixedMinutes = fixedMinutes;
    }

    public boolean isNeedsReplan() {
        return needsReplan;
    }

    public boolean isNeedsAttention() {
        return needsAttention;
    }

    public boolean isSolving() {
        return solving;
    }

    public void setSolving(boolean solving) {
        this.solving = solving;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public long getVersion() {
        return version;
    }

    public List<String> getVenueIds() {
        return venueIds;
    }

    public void setVenueIds(List<String> venueIds) {
        this.venueIds.clear();
        this.venueIds.addAll(venueIds);
    }

    public List<PlanWeight> getWeights() {
        return weights;
    }

    public void setWeights(List<PlanWeight> weights) {
        this.weights.clear();
        this.weights.addAll(weights);
    }
}
