package org.protocolplanner.venue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;

/**
 * A bookable hall, room, courtyard or garden of a venue. Its id is the exchange format's space id. A
 * divisible hall names its parts, other spaces of its venue that have no parts of their own.
 */
@Entity
@Table(name = "space")
public class Space {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    private int position;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "capacity_theatre")
    private Integer capacityTheatre;

    @Column(name = "capacity_banquet")
    private Integer capacityBanquet;

    @Column(name = "capacity_reception")
    private Integer capacityReception;

    @Column(name = "capacity_roundtable")
    private Integer capacityRoundtable;

    @Column(name = "capacity_classroom")
    private Integer capacityClassroom;

    @Column(name = "capacity_ceremony")
    private Integer capacityCeremony;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "features", columnDefinition = "text[]")
    private String[] features = new String[0];

    @Column(name = "turnover_minutes")
    private int turnoverMinutes;

    private String sources;

    private String notes;

    /** Null until first stored, so that saving a new venue inserts without a look-up first. */
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "space_opening_window", joinColumns = @JoinColumn(name = "space_id"))
    @OrderColumn(name = "position")
    private List<SpaceOpeningWindow> openingHours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "space_blackout", joinColumns = @JoinColumn(name = "space_id"))
    @OrderColumn(name = "position")
    private List<Blackout> blackouts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "space_part", joinColumns = @JoinColumn(name = "space_id"))
    @OrderColumn(name = "position")
    @Column(name = "part_id")
    private List<String> parts = new ArrayList<>();

    protected Space() {}

    Space(Venue venue, String id, String nameEn, int position) {
        this.venue = venue;
        this.id = id;
        this.nameEn = nameEn;
        this.position = position;
    }

    public boolean hasAnyCapacity() {
        return !getCapacity().isEmpty();
    }

    /** The layouts this space can take with their capacity, in {@link Layout} order. */
    public Map<Layout, Integer> getCapacity() {
        Map<Layout, Integer> capacity = new EnumMap<>(Layout.class);
        putIfKnown(capacity, Layout.THEATRE, capacityTheatre);
        putIfKnown(capacity, Layout.BANQUET, capacityBanquet);
        putIfKnown(capacity, Layout.RECEPTION, capacityReception);
        putIfKnown(capacity, Layout.ROUNDTABLE, capacityRoundtable);
        putIfKnown(capacity, Layout.CLASSROOM, capacityClassroom);
        putIfKnown(capacity, Layout.CEREMONY, capacityCeremony);
        return capacity;
    }

    public void setCapacity(Map<Layout, Integer> capacity) {
        capacityTheatre = capacity.get(Layout.THEATRE);
        capacityBanquet = capacity.get(Layout.BANQUET);
        capacityReception = capacity.get(Layout.RECEPTION);
        capacityRoundtable = capacity.get(Layout.ROUNDTABLE);
        capacityClassroom = capacity.get(Layout.CLASSROOM);
        capacityCeremony = capacity.get(Layout.CEREMONY);
    }

    private static void putIfKnown(Map<Layout, Integer> capacity, Layout layout, Integer seats) {
        if (seats != null) {
            capacity.put(layout, seats);
        }
    }

    public List<Feature> getFeatures() {
        return java.util.Arrays.stream(features).map(Feature::valueOf).toList();
    }

    public void setFeatures(List<Feature> features) {
        this.features = features.stream().map(Feature::name).toArray(String[]::new);
    }

    public String getId() {
        return id;
    }

    public Venue getVenue() {
        return venue;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public int getTurnoverMinutes() {
        return turnoverMinutes;
    }

    public void setTurnoverMinutes(int turnoverMinutes) {
        this.turnoverMinutes = turnoverMinutes;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public List<SpaceOpeningWindow> getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(List<SpaceOpeningWindow> openingHours) {
        this.openingHours.clear();
        this.openingHours.addAll(openingHours);
    }

    public List<Blackout> getBlackouts() {
        return blackouts;
    }

    public void setBlackouts(List<Blackout> blackouts) {
        this.blackouts.clear();
        this.blackouts.addAll(blackouts);
    }

    /** The ids of the spaces of its venue this space is made of, in document order; empty unless divisible. */
    public List<String> getParts() {
        return List.copyOf(parts);
    }

    public void setParts(List<String> parts) {
        this.parts.clear();
        this.parts.addAll(parts);
    }

    /** Forgets {@code spaceId} as a part, for when that space is deleted; whether it was one. */
    boolean removePart(String spaceId) {
        return parts.remove(spaceId);
    }
}
