package org.protocolplanner.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** A period in which a plan may not use a space, on top of the space's own blackouts. */
@Entity
@Table(name = "plan_closure")
public class PlanClosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    private int position;

    @Column(name = "space_id", nullable = false)
    private String spaceId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime start;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime end;

    private String reason;

    @Version
    private long version;

    protected PlanClosure() {}

    public PlanClosure(
            Long planId, int position, String spaceId, LocalDateTime start, LocalDateTime end, String reason) {
        this.planId = planId;
        this.position = position;
        this.spaceId = spaceId;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    /** The same period in another space: the one that stands for this one's space (see VenueMatches). */
    void moveTo(String spaceId) {
        this.spaceId = spaceId;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public int getPosition() {
        return position;
    }

    public String getSpaceId() {
        return spaceId;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public String getReason() {
        return reason;
    }

    public long getVersion() {
        return version;
    }
}
