package org.protocolplanner.venue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.VenueDoc;

/** Converts catalogue venues to and from the exchange format's venue shape. */
public final class VenueDocuments {

    private VenueDocuments() {}

    /** A complete venue as a plan document describes it; callers leave out venues without coordinates. */
    public static VenueDoc toDocument(Venue venue) {
        List<SpaceDoc> spaces =
                venue.getSpaces().stream().map(VenueDocuments::toDocument).toList();
        return new VenueDoc(
                venue.getId(),
                venue.getNameEn(),
                venue.getLat(),
                venue.getLon(),
                venue.getSecurityGrade(),
                venue.getPrestige(),
                spaces);
    }

    /** Like {@link #toDocument(Venue)}, but a venue without coordinates gets NaN so that any document value differs. */
    public static VenueDoc toComparableDocument(Venue venue) {
        List<SpaceDoc> spaces =
                venue.getSpaces().stream().map(VenueDocuments::toDocument).toList();
        return new VenueDoc(
                venue.getId(),
                venue.getNameEn(),
                venue.getLat() == null ? Double.NaN : venue.getLat(),
                venue.getLon() == null ? Double.NaN : venue.getLon(),
                venue.getSecurityGrade(),
                venue.getPrestige(),
                spaces);
    }

    public static SpaceDoc toDocument(Space space) {
        return new SpaceDoc(
                space.getId(),
                space.getNameEn(),
                space.getCapacity(),
                space.getFeatures(),
                space.getTurnoverMinutes(),
                space.getOpeningHours().stream()
                        .map(o -> new OpeningWindow(o.fromMinute(), o.toMinute()))
                        .toList(),
                space.getParts(),
                space.getBlackouts().stream()
                        .map(b -> new Period(b.start(), b.end(), b.reason()))
                        .toList());
    }

    /** A new catalogue venue made from a document's venue. */
    public static Venue fromDocument(VenueDoc doc) {
        Venue venue = new Venue(doc.id(), doc.name());
        venue.setCoordinates(doc.lat(), doc.lon());
        venue.setSecurityGrade(doc.securityGrade());
        venue.setPrestige(doc.prestige());
        doc.spaces().forEach(space -> addSpace(venue, space));
        return venue;
    }

    public static Space addSpace(Venue venue, SpaceDoc doc) {
        Space space = venue.addSpace(doc.id(), doc.name());
        space.setCapacity(doc.capacity());
        space.setFeatures(doc.features());
        space.setTurnoverMinutes(doc.turnoverMinutes());
        space.setOpeningHours(doc.open().stream()
                .map(o -> new SpaceOpeningWindow(o.fromMinute(), o.toMinute()))
                .toList());
        space.setParts(doc.parts());
        space.setBlackouts(doc.blackouts().stream()
                .map(b -> new Blackout(b.start(), b.end(), b.reason()))
                .toList());
        return space;
    }

    /**
     * Where a document's venue differs from the catalogue's: one entry per differing field, with
     * the document's path ({@code venues[2].spaces[0].capacity}), so the importer can say what the
     * catalogue kept.
     */
    public static List<CatalogueDifference> differences(String path, VenueDoc document, VenueDoc catalogue) {
        List<CatalogueDifference> differences = new ArrayList<>();
        compare(differences, path + ".name", document.name(), catalogue.name());
        compare(differences, path + ".lat", document.lat(), catalogue.lat());
        compare(differences, path + ".lon", document.lon(), catalogue.lon());
        compare(differences, path + ".securityGrade", document.securityGrade(), catalogue.securityGrade());
        compare(differences, path + ".prestige", document.prestige(), catalogue.prestige());
        for (int i = 0; i < document.spaces().size(); i++) {
            SpaceDoc space = document.spaces().get(i);
            String spacePath = path + ".spaces[" + i + "]";
            catalogue.spaces().stream()
                    .filter(s -> s.id().equals(space.id()))
                    .findFirst()
                    .ifPresentOrElse(
                            known -> compareSpace(differences, spacePath, space, known),
                            () -> differences.add(new CatalogueDifference(
                                    spacePath,
                                    space.id(),
                                    null,
                                    "space not in the catalogue; added to the catalogue venue")));
        }
        return differences;
    }

    private static void compareSpace(
            List<CatalogueDifference> differences, String path, SpaceDoc document, SpaceDoc catalogue) {
        compare(differences, path + ".name", document.name(), catalogue.name());
        compare(differences, path + ".capacity", document.capacity(), catalogue.capacity());
        compare(differences, path + ".features", document.features(), catalogue.features());
        compare(differences, path + ".turnoverMinutes", document.turnoverMinutes(), catalogue.turnoverMinutes());
        compare(differences, path + ".open", document.open(), catalogue.open());
        compare(differences, path + ".parts", document.parts(), catalogue.parts());
        compare(differences, path + ".blackouts", document.blackouts(), catalogue.blackouts());
    }

    private static void compare(List<CatalogueDifference> differences, String path, Object document, Object catalogue) {
        if (!Objects.equals(document, catalogue)) {
            differences.add(new CatalogueDifference(
                    path, String.valueOf(document), String.valueOf(catalogue), "the catalogue's value was kept"));
        }
    }
}
