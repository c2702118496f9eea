package org.protocolplanner.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A place on the map that is not bookable: a ceremonial avenue, the Central Axis, an embassy district. */
@Entity
@Table(name = "area")
public class Area {

    @Id
    private String id;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "area_type")
    private String areaType;

    private String district;

    private Double lat;

    private Double lon;

    private String sources;

    private String notes;

    @Version
    private long version;

    protected Area() {}

    public Area(
            String id,
            String nameEn,
            String nameZh,
            String areaType,
            String district,
            Double lat,
            Double lon,
            String sources,
            String notes) {
        this.id = id;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.areaType = areaType;
        this.district = district;
        this.lat = lat;
        this.lon = lon;
        this.sources = sources;
        this.notes = notes;
    }

    public String getId() {
        return id;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getAreaType() {
        return areaType;
    }

    public String getDistrict() {
        return district;
    }

    public Double getLat() {
        return lat;
    }

    public Double getLon() {
        return lon;
    }

    public String getSources() {
        return sources;
    }

    public String getNotes() {
        return notes;
    }
}
