package org.protocolplanner.notification;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who is concerned: the protocol officers, or the managers of a venue; enabled accounts only. */
@Component
public class Recipients {

    private final JdbcTemplate jdbc;

    Recipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Long> officers() {
        return jdbc.queryForList("""
                select a.id from account a join account_role r on r.account_id = a.id
                where r.role = 'PROTOCOL_OFFICER' and a.enabled order by a.id""", Long.class);
    }

    public List<Long> managersOf(String venueId) {
        return jdbc.queryForList("""
                select a.id from account a join venue_manager m on m.account_id = a.id
                where m.venue_id = ? and a.enabled order by a.id""", Long.class, venueId);
    }
}
