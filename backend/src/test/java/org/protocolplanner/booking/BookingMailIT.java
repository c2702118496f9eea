package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.protocolplanner.booking.BookingFixtures.SECRET_TITLE;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.booking.BookingFixtures.Site;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.protocolplanner.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notifications by e-mail, end to end: a real SMTP server (GreenMail) on the port the test run gave the
 * application, and the mail read back from it. A venue manager's mail about a confidential engagement
 * carries its type, time and size but never its title.
 */
@IntegrationTest
class BookingMailIT {

    static final String MANAGER_MAIL = "manager@venues.test";
    static final String OFFICER_MAIL = "officer@protocol.test";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private GreenMail smtp;

    @BeforeEach
    void startMailServerAndGiveAddresses() {
        smtp = new GreenMail(new ServerSetup(TestMailServer.port(), TestMailServer.HOST, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        jdbc.update("update account set email = ? where username = 'manager'", MANAGER_MAIL);
        jdbc.update("update account set email = ? where username = 'officer'", OFFICER_MAIL);
    }

    @AfterEach
    void stopMailServerAndTakeAddressesBack() {
        jdbc.update("update account set email = null where username in ('manager', 'officer')");
        smtp.stop();
    }

    @Test
    void requestsAndAnswersAreMailedAndAManagersMailNeverNamesAConfidentialEngagement() throws Exception {
        Site site = Site.next("mail");
        Api officer = Api.signedIn(port, "officer");
        String plan = BookingFixtures.importPlaced(officer, jdbc, "Mail " + site.guesthouse(), site);
        assertThat(officer.post(plan + "/publish", Map.of()).status()).isEqualTo(200);

        MimeMessage request = awaitMail(MANAGER_MAIL, "Booking requests");
        String text = text(request);
        assertThat(request.getSubject()).contains("Test guesthouse");
        assertThat(request.getContentType())
                .as("plain text: no mail reader renders a title as HTML")
                .startsWith("text/plain");
        assertThat(text)
                .contains("Banquet hall", "STATE_BANQUET", "120 people", "confidential engagement")
                .doesNotContain(SECRET_TITLE)
                .doesNotContain("Ruritania");
        assertThat(awaitMail(OFFICER_MAIL, "Booking requests").getSubject())
                .as("the salon has no managers")
                .contains("Test heritage site");

        long banquet = jdbc.queryForObject(
                "select b.id from booking b join engagement e on e.id = b.engagement_id"
                        + " where b.plan_id = ? and e.ref = 'banquet'",
                Long.class,
                BookingFixtures.planId(plan));
        Api manager = Api.signedIn(port, "manager");
        assertThat(manager.post("/api/bookings/" + banquet + "/confirm", null).status())
                .isEqualTo(200);
        MimeMessage confirmed = awaitMail(OFFICER_MAIL, "Booking " + banquet + " confirmed");
        assertThat(text(confirmed)).as("officers may know the title").contains(SECRET_TITLE);

        assertThat(officer.post("/api/bookings/" + banquet + "/cancel", Map.of("reason", "The visit is off"))
                        .status())
                .isEqualTo(200);
        MimeMessage cancelled = awaitMail(MANAGER_MAIL, "Booking " + banquet + " cancelled");
        assertThat(text(cancelled)).contains("The visit is off").doesNotContain(SECRET_TITLE);
    }

    /** The decoded text, whatever transfer encoding the long lines were sent in. */
    private static String text(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    private MimeMessage awaitMail(String to, String subject) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> received(to, subject), found -> !found.isEmpty())
                .get(0);
    }

    private List<MimeMessage> received(String to, String subject) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getAllRecipients()[0].toString().equals(to)
                                && message.getSubject().contains(subject);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
