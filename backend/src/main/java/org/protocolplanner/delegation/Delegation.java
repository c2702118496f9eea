package org.protocolplanner.delegation;

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
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.shared.protocol.HeadRank;

/** A foreign delegation of one plan; {@code ref} is its exchange-format id, unique within the plan. */
@Entity
@Table(name = "delegation")
public class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(nullable = false)
    private String ref;

    private int position;

    private String country;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "head_rank", nullable = false)
    private HeadRank headRank;

    private int size;

    @Column(nullable = false)
    private LocalDateTime arrival;

    @Column(nullable = false)
    private LocalDateTime departure;

    @Column(name = "hotel_venue_id")
    private String hotelVenueId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "separate_from", columnDefinition = "varchar(64)[]")
    private String[] separateFrom = new String[0];

    @Version
    private long version;

    protected Delegation() {}

    public Delegation(Long planId, String ref, int position) {
        this.planId = planId;
        this.ref = ref;
        this.position = position;
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

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public HeadRank getHeadRank() {
        return headRank;
    }

    public void setHeadRank(HeadRank headRank) {
        this.headRank = headRank;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }

    public LocalDateTime getArrival() {
        return arrival;
    }

    public LocalDateTime getDeparture() {
        return departure;
    }

    public void setStay(LocalDateTime arrival, LocalDateTime departure) {
        this.arrival = arrival;
        this.departure = departure;
    }

    public String getHotelVenueId() {
        return hotelVenueId;
    }

    public void setHotelVenueId(String hotelVenueId) {
        this.hotelVenueId = hotelVenueId;
    }

    public List<String> getSeparateFrom() {
        return List.of(separateFrom);
    }

    public void setSeparateFrom(List<String> separateFrom) {
        this.separateFrom = separateFrom.toArray(String[]::new);
    }

    public long getVersion() {
        return version;
    }

    /** A new delegation of a plan with every field of its exchange-format element. */
    public static Delegation from(Long planId, int position, DelegationDoc doc) {
        Delegation delegation = new Delegation(planId, doc.id(), position);
        delegation.apply(doc);
        return delegation;
    }

    /** Copies every field of the exchange format but the id. */
    public void apply(DelegationDoc doc) {
        setCountry(doc.country());
        setName(doc.name());
        setHeadRank(doc.headRank());
        setSize(doc.size());
        setStay(doc.arrival(), doc.departure());
        setHotelVenueId(doc.hotelVenueId());
        setSeparateFrom(doc.separateFrom());
    }
}
