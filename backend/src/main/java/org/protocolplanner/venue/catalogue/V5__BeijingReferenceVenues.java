package org.protocolplanner.venue.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.venue.catalogue.ReferenceCatalogue.ReferenceArea;
import org.protocolplanner.venue.catalogue.ReferenceCatalogue.ReferenceSpace;
import org.protocolplanner.venue.catalogue.ReferenceCatalogue.ReferenceVenue;
import org.springframework.stereotype.Component;

/**
 * Loads the real Beijing venues into the catalogue, once per database, as Flyway reference data:
 * every deployment starts with them, and a venue an officer later deletes does not come back.
 * Boot hands Flyway every {@code JavaMigration} bean.
 */
@Component
public class V5__BeijingReferenceVenues extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        ReferenceCatalogue catalogue = ReferenceCatalogueMapper.load();
        Connection connection = context.getConnection();
        try (PreparedStatement venue = connection.prepareStatement("""
                insert into venue (id, name_en, name_zh, venue_type, district, lat, lon, sources, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement space = connection.prepareStatement("""
                insert into space (id, venue_id, position, name_en, name_zh, capacity_theatre, capacity_banquet,
                                   sources, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement area = connection.prepareStatement("""
                insert into area (id, name_en, name_zh, area_type, district, lat, lon, sources, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (ReferenceVenue v : catalogue.venues()) {
                bind(
                        venue,
                        v.id(),
                        v.nameEn(),
                        v.nameZh(),
                        v.type(),
                        v.district(),
                        v.lat(),
                        v.lon(),
                        v.sources(),
                        v.notes());
                venue.executeUpdate();
                int position = 0;
                for (ReferenceSpace s : v.spaces()) {
                    bind(
                            space,
                            s.id(),
                            v.id(),
                            position++,
                            s.nameEn(),
                            s.nameZh(),
                            s.capacity().get(Layout.THEATRE),
                            s.capacity().get(Layout.BANQUET),
                            s.sources(),
                            s.notes());
                    space.executeUpdate();
                }
            }
            for (ReferenceArea a : catalogue.areas()) {
                bind(
                        area,
                        a.id(),
                        a.nameEn(),
                        a.nameZh(),
                        a.type(),
                        a.district(),
                        a.lat(),
                        a.lon(),
                        a.sources(),
                        a.notes());
                area.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.OTHER);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }
}
