package org.protocolplanner.venue;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * What the catalogue API answers. A venue's {@code allowedActions} lists what the signed-in user may do with it
 * ({@link VenuePolicy}): the UI shows its editors from this list.
 */
public final class VenueResponses {

    private VenueResponses() {}

    /** The plan a venue came with while it is that plan's own, not the catalogue's (decision 0111). */
    public record ImportedWith(long planId, String planName) {

        static ImportedWith of(Venue v) {
            return v.isImported() ? new ImportedWith(v.getImportedWithPlanId(), v.getImportedWithPlanName()) : null;
        }
    }

    /**
     * One row of the catalogue list.
     *
     * @param importedWith null for a venue of the catalogue; the plan it came with for a plan's own venue
     * @param spaceNamesZh the Chinese names of those of its spaces that have one, by space id: a plan's document names
     *     spaces in English only, and screens that draw a plan show them in Chinese from here
     */
    public record VenueSummary(
            String id,
            String nameEn,
            @Nullable String nameZh,
            @Nullable String type,
            @Nullable String district,
            @Nullable Double lat,
            @Nullable Double lon,
            SecurityGrade securityGrade,
            int prestige,
            boolean gradingIsDemoAssumption,
            boolean synthetic,
            boolean incomplete,
            int spaceCount,
            Map<Layout, Integer> largestCapacity,
            @Nullable ImportedWith importedWith,
            Map<String, String> spaceNamesZh,

            @ArraySchema(
                    schema =
                            @Schema(
                                    allowableValues = {
                                        VenuePolicy.EDIT,
                                        VenuePolicy.DELETE,
                                        VenuePolicy.EDIT_SPACES,
                                        VenuePolicy.ADD_TO_CATALOGUE
                                    }))
            List<String> allowedActions) {

        static VenueSummary of(Venue v, List<String> allowedActions) {
            Map<Layout, Integer> largest = new java.util.EnumMap<>(Layout.class);
            v.getSpaces()
                    .forEach(space ->
                            space.getCapacity().forEach((layout, seats) -> largest.merge(layout, seats, Math::max)));
            return new VenueSummary(
                    v.getId(),
                    v.getNameEn(),
                    v.getNameZh(),
                    v.getVenueType(),
                    v.getDistrict(),
                    v.getLat(),
                    v.getLon(),
                    v.getSecurityGrade(),
                    v.getPrestige(),
                    v.isGradingIsDemoAssumption(),
                    v.isSynthetic(),
                    v.isIncomplete(),
                    v.getSpaces().size(),
                    largest,
                    ImportedWith.of(v),
                    chineseSpaceNames(v),
                    allowedActions);
        }

        private static Map<String, String> chineseSpaceNames(Venue v) {
            Map<String, String> names = new java.util.LinkedHashMap<>();
            for (Space space : v.getSpaces()) {
                if (space.getNameZh() != null && !space.getNameZh().isBlank()) {
                    names.put(space.getId(), space.getNameZh());
                }
            }
            return names;
        }
    }

    /** A venue with its spaces, sources and notes; {@code importedWith} as in {@link VenueSummary}. */
    public record VenueDetail(
            String id,
            String nameEn,
            @Nullable String nameZh,
            @Nullable String type,
            @Nullable String district,
            @Nullable Double lat,
            @Nullable Double lon,
            SecurityGrade securityGrade,
            int prestige,
            boolean gradingIsDemoAssumption,
            boolean synthetic,
            boolean incomplete,
            @Nullable String sources,
            @Nullable String notes,
            List<SpaceDetail> spaces,
            @Nullable ImportedWith importedWith,
            long version,

            @ArraySchema(
                    schema =
                            @Schema(
                                    allowableValues = {
                                        VenuePolicy.EDIT,
                                        VenuePolicy.DELETE,
                                        VenuePolicy.EDIT_SPACES,
                                        VenuePolicy.ADD_TO_CATALOGUE
                                    }))
            List<String> allowedActions) {

        static VenueDetail of(Venue v, List<String> allowedActions) {
            return new VenueDetail(
                    v.getId(),
                    v.getNameEn(),
                    v.getNameZh(),
                    v.getVenueType(),
                    v.getDistrict(),
                    v.getLat(),
                    v.getLon(),
                    v.getSecurityGrade(),
                    v.getPrestige(),
                    v.isGradingIsDemoAssumption(),
                    v.isSynthetic(),
                    v.isIncomplete(),
                    v.getSources(),
                    v.getNotes(),
                    v.getSpaces().stream().map(SpaceDetail::of).toList(),
                    ImportedWith.of(v),
                    v.getVersion(),
                    allowedActions);
        }
    }

    /** A window on every day ({@code weekday} absent) or on one weekday. */
    public record OpeningWindowDto(
            String from, String to, @Nullable DayOfWeek weekday) {}

    public record TimeRangeDto(String from, String to) {}

    /** A date closed all day, or open in {@code windows} only. */
    public record OpeningExceptionDto(LocalDate date, boolean closed, List<TimeRangeDto> windows) {}

    public record BlackoutDto(
            LocalDateTime start,
            LocalDateTime end,
            @Nullable String reason) {}

    /** @param parts the ids of the spaces of the venue this one is made of; empty unless it is divisible */
    public record SpaceDetail(
            String id,
            String nameEn,
            @Nullable String nameZh,
            Map<Layout, Integer> capacity,
            List<Feature> features,
            int turnoverMinutes,
            List<OpeningWindowDto> open,
            List<OpeningExceptionDto> exceptions,
            List<String> parts,
            List<BlackoutDto> blackouts,
            @Nullable String sources,
            @Nullable String notes,
            long version) {

        static SpaceDetail of(Space s) {
            return new SpaceDetail(
                    s.getId(),
                    s.getNameEn(),
                    s.getNameZh(),
                    s.getCapacity(),
                    s.getFeatures(),
                    s.getTurnoverMinutes(),
                    s.getOpeningHours().stream()
                            .map(o -> new OpeningWindowDto(
                                    OpeningWindow.format(o.fromMinute()),
                                    OpeningWindow.format(o.toMinute()),
                                    o.weekday()))
                            .toList(),
                    s.getOpeningExceptions().stream()
                            .map(e -> new OpeningExceptionDto(
                                    e.date(),
                                    e.isClosed(),
                                    e.windows().stream()
                                            .map(w -> new TimeRangeDto(
                                                    OpeningWindow.format(w.fromMinute()),
                                                    OpeningWindow.format(w.toMinute())))
                                            .toList()))
                            .toList(),
                    s.getParts(),
                    s.getBlackouts().stream()
                            .map(b -> new BlackoutDto(b.start(), b.end(), b.reason()))
                            .toList(),
                    s.getSources(),
                    s.getNotes(),
                    s.getVersion());
        }
    }

    public record AreaResponse(
            String id,
            String nameEn,
            @Nullable String nameZh,
            @Nullable String type,
            @Nullable String district,
            @Nullable Double lat,
            @Nullable Double lon,
            @Nullable String sources,
            @Nullable String notes) {

        static AreaResponse of(Area a) {
            return new AreaResponse(
                    a.getId(),
                    a.getNameEn(),
                    a.getNameZh(),
                    a.getAreaType(),
                    a.getDistrict(),
                    a.getLat(),
                    a.getLon(),
                    a.getSources(),
                    a.getNotes());
        }
    }
}
