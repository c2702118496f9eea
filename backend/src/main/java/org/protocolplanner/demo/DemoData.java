package org.protocolplanner.demo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.PlanDocumentReader;
import org.protocolplanner.exchange.PlanDocumentWriter;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.plan.PlanImporter;
import org.protocolplanner.security.AccountBootstrap;
import org.protocolplanner.security.Role;
import org.protocolplanner.tools.generator.GeneratedSummit;
import org.protocolplanner.tools.generator.SummitGenerator;
import org.protocolplanner.tools.generator.SummitOptions;
import org.protocolplanner.tools.generator.SyntheticSite;
import org.protocolplanner.tools.generator.SyntheticVenueGenerator;
import org.protocolplanner.venue.Venue;
import org.protocolplanner.venue.VenueDocuments;
import org.protocolplanner.venue.VenueRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo: grades and prestige for the real venues (marked as demo assumptions), daily opening
 * hours and facilities for the venues of the demo venue manager (demo assumptions too), the divisible
 * plenary hall of the convention center's Phase II as a whole with two parts, synthetic
 * reception sites up to 456 in all (marked synthetic), a demo summit week imported through the same
 * path as a user's file, and the four demo accounts with password "demo". Loaded once per database.
 */
@Component
class DemoData {

    static final int RECEPTION_SITES = 456;
    static final int SUMMIT_DELEGATIONS = 50;
    static final long SEED = 2027;
    static final LocalDateTime SUMMIT_START = LocalDateTime.of(2027, 4, 12, 0, 0);
    static final int SUMMIT_DAYS = 7;
    /** Three side meetings per delegation bring 50 delegations to about 200 engagements. */
    static final int SUMMIT_SIDE_MEETINGS = 3;

    /**
     * The opening plenary is held and pinned in the China National Convention Center's plenary hall,
     * as organisers fix the plenary hall first; the demo manager manages it, so publishing the demo
     * summit always brings the manager a request to answer.
     */
    static final String PLENARY_HALL = "cncc-phase-i-plenary-hall";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final VenueRepository venues;
    private final PlanImporter importer;
    private final AccountBootstrap accounts;
    private final TransactionTemplate transaction;

    DemoData(
            VenueRepository venues, PlanImporter importer, AccountBootstrap accounts, TransactionTemplate transaction) {
        this.venues = venues;
        this.importer = importer;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    void load() {
        if (accountsExist()) {
            log.info("Demo mode: demo data already loaded. Sign in as admin, officer, planner or manager "
                    + "with password 'demo'.");
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            gradeRealVenues();
            addSyntheticSites();
        });
        transaction.executeWithoutResult(status -> importSummit());
        transaction.executeWithoutResult(status -> createAccounts());
        log.info(
                "Demo mode: loaded {} reception sites, the demo summit and the demo accounts in {} ms. "
                        + "Sign in as admin, officer, planner or manager, all with password 'demo'.",
                venues.count(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private boolean accountsExist() {
        return Boolean.TRUE.equals(transaction.execute(status -> accounts.exists("officer")));
    }

    private void gradeRealVenues() {
        for (Venue venue : venues.findAll()) {
            if (!venue.isSynthetic()) {
                DemoGrading.Grading grading = DemoGrading.forType(venue.getVenueType());
                venue.setSecurityGrade(grading.grade());
                venue.setPrestige(grading.prestige());
                venue.setGradingIsDemoAssumption(true);
                if (isManagedByDemoManager(venue)) {
                    DemoDivisibleHalls.divide(venue);
                    DemoOpeningHours.equipWhereMissing(venue);
                }
            }
        }
    }

    private void addSyntheticSites() {
        int count = RECEPTION_SITES - (int) venues.count();
        Horizon horizon = new Horizon(SUMMIT_START, SUMMIT_START.plusDays(SUMMIT_DAYS), Horizon.DEFAULT_GRAIN_MINUTES);
        for (SyntheticSite site : new SyntheticVenueGenerator(SEED).generate(Math.max(0, count), horizon)) {
            Venue venue = VenueDocuments.fromDocument(site.venue());
            venue.setNameZh(site.nameZh());
            venue.getSpaces()
                    .forEach(space -> space.setNameZh(site.spaceNamesZh().get(space.getId())));
            venue.setDistrict(site.district());
            venue.setVenueType(site.type());
            venue.setSynthetic(true);
            venue.setGradingIsDemoAssumption(true);
            venues.save(venue);
        }
    }

    /** The summit uses every complete venue of the catalogue, exactly as the catalogue holds it. */
    private void importSummit() {
        Horizon horizon = new Horizon(SUMMIT_START, SUMMIT_START.plusDays(SUMMIT_DAYS), Horizon.DEFAULT_GRAIN_MINUTES);
        List<VenueDoc> complete = venues.findAll().stream()
                .filter(venue -> !venue.isIncomplete())
                .map(venue -> VenueDocuments.toDocument(venue, horizon))
                .toList();
        SummitOptions options = SummitOptions.of(SUMMIT_DELEGATIONS, complete.size(), SUMMIT_DAYS, SEED)
                .withPairMeetings(SUMMIT_SIDE_MEETINGS)
                .withHorizonStart(SUMMIT_START)
                .withGivenVenues(complete)
                .withPlenarySpace(PLENARY_HALL);
        GeneratedSummit summit = SummitGenerator.generate(options);
        byte[] file = new PlanDocumentWriter().write(summit.plan());
        PlanDocument document = new PlanDocumentReader().read(file);
        importer.importLivePlan(document, "demo");
    }

    private void createAccounts() {
        accounts.createDemoAccount("admin", "Administrator", Role.ADMIN, Set.of());
        accounts.createDemoAccount("officer", "Protocol Officer", Role.PROTOCOL_OFFICER, Set.of());
        accounts.createDemoAccount("planner", "Planner", Role.PLANNER, Set.of());
        accounts.createDemoAccount("manager", "Venue Manager", Role.VENUE_MANAGER, managedByDemoManager());
    }

    /** Both China National Convention Center venues and every venue of the Yanqi Lake resort. */
    private Set<String> managedByDemoManager() {
        return venues.findAll().stream()
                .filter(DemoData::isManagedByDemoManager)
                .map(Venue::getId)
                .collect(Collectors.toSet());
    }

    static boolean isManagedByDemoManager(Venue venue) {
        return !venue.isSynthetic()
                && (venue.getNameEn().startsWith("China National Convention Center") || isAtYanqiLake(venue));
    }

    private static boolean isAtYanqiLake(Venue venue) {
        return "Huairou".equals(venue.getDistrict())
                && venue.getLat() != null
                && Math.abs(venue.getLat() - 40.390) < 0.01
                && Math.abs(venue.getLon() - 116.670) < 0.01;
    }
}
