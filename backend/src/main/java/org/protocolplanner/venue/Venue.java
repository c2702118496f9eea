package org.protocolplanner.venue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.shared.protocol.SecurityGrade;

/** A site of the shared catalogue. Its id is the exchange format's venue id. */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    private String id;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "venue_type")
    private String venueType;

    private String district;

    private Double lat;

    private Double lon;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_grade", nullable = false, columnDefinition = "char(1)")
    private SecurityGrade securityGrade = SecurityGrade.C;

    private int prestige = 5;

    @Column(name = "grading_is_demo_assumption")
    private boolean gradingIsDemoAssumption;

    private boolean synthetic;

    private String sources;

    private String notes;

    /** The plan this venue came with, while it is that plan's own rather than the catalogue's (decision 0111). */
    @Column(name = "imported_with_plan_id")
    private Long importedWithPlanId;

    @Column(name = "imported_with_plan_name")
    private String importedWithPlanName;

    /** Null until first stored, so that saving a new venue inserts without a look-up first. */
    @Version
    private Long version;

    @OneToMany(mappedBy = "venue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Space> spaces = new ArrayList<>();

    protected Venue() {}

    public Venue(String id, String nameEn) {
        this.id = id;
        this.nameEn = nameEn;
    }

    /**
     * A venue without coordinates, or without a space that has a capacity, cannot be planned
     * until someone completes it (docs/reference/roles.md, "Words").
     */
    public boolean isIncomplete() {
        return lat == null || lon == null || spaces.stream().noneMatch(Space::hasAnyCapacity);
    }

    public Space addSpace(String spaceId, String spaceNameEn) {
        Space space = new Space(this, spaceId, spaceNameEn, spaces.size());
        spaces.add(space);
        return space;
    }

    public void removeSpace(Space space) {
        spaces.remove(space);
        for (int i = 0; i < spaces.size(); i++) {
            spaces.get(i).setPosition(i);
        }
    }

    public String getId() {
        return id;
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

    public String getVenueType() {
        return venueType;
    }

    public void setVenueType(String venueType) {
        this.venueType = venueType;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public Double getLat() {
        return lat;
    }

    public Double getLon() {
        return lon;
    }

    public void setCoordinates(Double lat, Double lon) {
        this.lat = lat;
        this.lon = lon;
    }

    public SecurityGrade getSecurityGrade() {
        return securityGrade;
    }

    public void setSecurityGrade(SecurityGrade securityGrade) {
        this.securityGrade = securityGrade;
    }

    public int getPrestige() {
        return prestige;
    }

    public void setPrestige(int prestige) {
        this.prestige = prestige;
    }

    public boolean isGradingIsDemoAssumption() {
        return gradingIsDemoAssumption;
    }

    public void setGradingIsDemoAssumption(boolean gradingIsDemoAssumption) {
        this.gradingIsDemoAssumption = gradingIsDemoAssumption;
    }

    public boolean isSynthetic() {
        return synthetic;
    }

    public void setSynthetic(boolean synthetic) {
        this.synthetic = synthetic;
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

    /** Whether the venue is a plan's own, brought by its import, and not (yet) in the shared catalogue. */
    public boolean isImported() {
        return importedWithPlanId != null;
    }

    public Long getImportedWithPlanId() {
        return importedWithPlanId;
    }

    public String getImportedWithPlanName() {
        return importedWithPlanName;
    }

    /** Keeps a venue an import brought apart from the catalogue, as the importing plan's own. */
    public void keepAsImportedWith(long planId, String planName) {
        this.importedWithPlanId = planId;
        this.importedWithPlanName = planName;
    }

    /** Makes a plan's own venue one of the shared catalogue. */
    void addToCatalogue() {
        this.importedWithPlanId = null;
        this.importedWithPlanName = null;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public List<Space> getSpaces() {
        return spaces;
    }
}
