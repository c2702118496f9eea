package org.protocolplanner.runsheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.protocolplanner.booking.BookingPolicy;
import org.protocolplanner.booking.BookingResponse;
import org.protocolplanner.booking.BookingService;
import org.protocolplanner.booking.BookingStatus;
import org.protocolplanner.delegation.Delegation;
import org.protocolplanner.delegation.DelegationRepository;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanPolicy;
import org.protocolplanner.plan.PlanService;
import org.protocolplanner.runsheet.RunSheetRows.BookedPlace;
import org.protocolplanner.runsheet.RunSheetRows.Visit;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.shared.protocol.DelegationName;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.PageResponse;
import org.protocolplanner.venue.Space;
import org.protocolplanner.venue.SpaceRepository;
import org.protocolplanner.venue.Venue;
import org.protocolplanner.venue.VenueRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What run sheets and schedule spreadsheets print, read for the signed-in user. Whoever reads plans reads
 * every venue's day and the whole plan's; a venue manager reads only the days of the venues they manage, made
 * of the bookings the inbox shows them, redacted by the booking service itself (docs/decisions/0090).
 * Everything is in Beijing time, whatever zone the plan was planned in.
 */
@Service
public class RunSheets {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int BOOKINGS_PAGE = 500;

    /** A venue's day: its engagements and the motorcades arriving for them. */
    public record VenueDay(
            long planId,
            String planName,
            String venueId,
            String venueNameEn,
            String venueNameZh,
            LocalDate day,
            boolean redacted,
            List<ScheduleEntry> entries,
            List<MotorcadeArrival> arrivals) {}

    /** A plan's engagements of one or more days, every venue. */
    public record PlanSchedule(long planId, String planName, List<LocalDate> days, List<ScheduleEntry> entries) {

        public List<ScheduleEntry> on(LocalDate day) {
            return entries.stream().filter(entry -> entry.day().equals(day)).toList();
        }
    }

    /** A space with its venue's names in the catalogue, looked up once per request. */
    public record Place(
            String venueId, String venueNameEn, String venueNameZh, String spaceNameEn, String spaceNameZh) {}

    private final PlanService plans;
    private final EngagementRepository engagements;
    private final DelegationRepository delegations;
    private final SpaceRepository spaces;
    private final VenueRepository venues;
    private final BookingService bookings;

    RunSheets(
            PlanService plans,
            EngagementRepository engagements,
            DelegationRepository delegations,
            SpaceRepository spaces,
            VenueRepository venues,
            BookingService bookings) {
        this.venues = venues;
        this.plans = plans;
        this.engagements = engagements;
        this.delegations = delegations;
        this.spaces = spaces;
        this.bookings = bookings;
    }

    /**
     * @param day YYYY-MM-DD, a day of the plan in Beijing time
     * @throws NotFoundException for an unknown plan or venue, or a venue the manager does not manage
     * @throws InvalidRequestException naming {@code day} when it is no date or not a day of the plan
     */
    @Transactional(readOnly = true)
    public VenueDay venueDay(long planId, String venueId, String day) {
        PlannerUser user = CurrentUser.get();
        Plan plan = plans.load(planId);
        BookingPolicy.checkCanReadVenueBookings(user, venueId, plan);
        boolean redacted = BookingPolicy.redacts(user);
        LocalDate date = dayOf(plan, day);
        Venue venue = venues.findById(venueId).orElseThrow(() -> new NotFoundException("venue", venueId));
        Map<String, Place> venueSpaces = places(venue.getSpaces());
        List<ScheduleEntry> entries = redacted
                ? booked(plan, venueId, date, venueSpaces)
                : planned(plan, engagement -> venueSpaces.containsKey(engagement.getAssignedSpaceId()), venueId)
                        .stream()
                        .filter(entry -> entry.day().equals(date))
                        .toList();
        return new VenueDay(
                planId,
                plan.getName(),
                venueId,
                venue.getNameEn(),
                venue.getNameZh(),
                date,
                redacted,
                RunSheetRows.ordered(entries),
                RunSheetRows.arrivals(venueId, entries, visits(plan, date), planDelegations(planId)));
    }

    /** The master schedule of one day: every venue. Managers see no plans (403). */
    @Transactional(readOnly = true)
    public PlanSchedule planDay(long planId, String day) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        Plan plan = plans.load(planId);
        LocalDate date = dayOf(plan, day);
        List<ScheduleEntry> entries = planned(plan, booking -> true, null).stream()
                .filter(entry -> entry.day().equals(date))
                .toList();
        return new PlanSchedule(planId, plan.getName(), List.of(date), RunSheetRows.ordered(entries));
    }

    /** Every day of the plan, each with its engagements (an empty day too). Managers see no plans (403). */
    @Transactional(readOnly = true)
    public PlanSchedule planSchedule(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        Plan plan = plans.load(planId);
        return new PlanSchedule(
                planId, plan.getName(), days(plan), RunSheetRows.ordered(planned(plan, booking -> true, null)));
    }

    /** The plan's delegations in its order. Managers see no delegations (403). */
    @Transactional(readOnly = true)
    public List<Delegation> delegations(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        plans.load(planId);
        return delegations.findByPlanIdOrderByPosition(planId);
    }

    /** Every booking the user may read, optionally of one plan, redacted as the inbox redacts it; in time order. */
    public List<BookingResponse> bookings(Long planId, String venueId) {
        List<BookingResponse> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResponse<BookingResponse> answer =
                    bookings.list(null, venueId, planId, null, PageRequest.of(page, BOOKINGS_PAGE));
            all.addAll(answer.content());
            if (page + 1 >= answer.totalPages()) {
                return all;
            }
        }
    }

    /** The catalogue's names of these spaces and their venues, by space id; an unknown id is left out. */
    @Transactional(readOnly = true)
    public Map<String, Place> placesOf(Collection<String> spaceIds) {
        return places(spaces.findAllById(spaceIds));
    }

    /**
     * The days of the plan's horizon in Beijing: from the day it starts to the day it ends (an end at midnight
     * closes the day before).
     */
    public static List<LocalDate> days(Plan plan) {
        ZoneId zone = ZoneId.of(plan.getTimeZone());
        LocalDateTime start = beijing(plan.getHorizonStart(), zone);
        LocalDateTime end = beijing(plan.getHorizonEnd(), zone);
        LocalDate last = end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.isAfter(start)
                ? end.toLocalDate().minusDays(1)
                : end.toLocalDate();
        return start.toLocalDate().datesUntil(last.plusDays(1)).toList();
    }

    private static LocalDate dayOf(Plan plan, String day) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("day", Message.of("input.day-format"));
        }
        List<LocalDate> days = days(plan);
        if (!days.contains(date)) {
            throw new InvalidRequestException(
                    "day",
                    Message.of(
                            "input.day-of-plan",
                            days.get(0).toString(),
                            days.get(days.size() - 1).toString()));
        }
        return date;
    }

    private Map<String, Place> places(Collection<Space> found) {
        Map<String, Place> places = new HashMap<>();
        found.forEach(space -> places.put(
                space.getId(),
                new Place(
                        space.getVenue().getId(),
                        space.getVenue().getNameEn(),
                        space.getVenue().getNameZh(),
                        space.getNameEn(),
                        space.getNameZh())));
        return places;
    }

    /** The plan's scheduled engagements by its present assignment, with the state of their place's booking. */
    private List<ScheduleEntry> planned(Plan plan, Predicate<Engagement> where, String venueId) {
        ZoneId zone = ZoneId.of(plan.getTimeZone());
        List<Engagement> scheduled = engagements.findByPlanIdOrderByPosition(plan.getId()).stream()
                .filter(Engagement::isScheduled)
                .filter(where)
                .toList();
        Map<String, Place> places = places(spaces.findAllById(
                scheduled.stream().map(Engagement::getAssignedSpaceId).collect(Collectors.toSet())));
        Map<String, DelegationName> names = delegationNames(plan.getId());
        Map<String, List<BookedPlace>> booked = bookedPlaces(plan.getId(), venueId, zone);
        return scheduled.stream()
                .map(engagement -> {
                    Place place = places.get(engagement.getAssignedSpaceId());
                    LocalDateTime start = beijing(engagement.getAssignedStart(), zone);
                    return new ScheduleEntry(
                            start,
                            start.plusMinutes(engagement.getDurationMinutes()),
                            place.venueId(),
                            place.venueNameEn(),
                            place.venueNameZh(),
                            engagement.getAssignedSpaceId(),
                            place.spaceNameEn(),
                            place.spaceNameZh(),
                            engagement.getRef(),
                            engagement.getTitle(),
                            engagement.getType(),
                            engagement.isConfidential(),
                            engagement.getDelegations(),
                            engagement.getDelegations().stream()
                                    .map(ref -> names.getOrDefault(ref, new DelegationName(ref, null)))
                                    .toList(),
                            engagement.getHeadcount(),
                            engagement.getLayout(),
                            engagement.getRequiredFeatures(),
                            RunSheetRows.bookingState(
                                    engagement.getAssignedSpaceId(),
                                    start,
                                    booked.getOrDefault(engagement.getRef(), List.of())));
                })
                .toList();
    }

    /** The bookings of the plan (of one venue, or all) by engagement, their starts in Beijing time. */
    private Map<String, List<BookedPlace>> bookedPlaces(long planId, String venueId, ZoneId zone) {
        Map<String, List<BookedPlace>> byEngagement = new HashMap<>();
        for (BookingResponse booking : bookings(planId, venueId)) {
            if (booking.engagement() != null && booking.engagement().id() != null) {
                byEngagement
                        .computeIfAbsent(booking.engagement().id(), id -> new ArrayList<>())
                        .add(new BookedPlace(
                                booking.id(),
                                booking.spaceId(),
                                beijing(booking.localStart(), zone),
                                booking.status()));
            }
        }
        return byEngagement;
    }

    /**
     * A manager's view of the venue's day: the requested and confirmed bookings of this plan there, as the
     * booking service shows them to this manager (a confidential engagement without id, title or attendees).
     */
    private List<ScheduleEntry> booked(Plan plan, String venueId, LocalDate day, Map<String, Place> venueSpaces) {
        Map<String, List<String>> attendeeIds = new HashMap<>();
        engagements
                .findByPlanIdOrderByPosition(plan.getId())
                .forEach(engagement -> attendeeIds.put(engagement.getRef(), engagement.getDelegations()));
        List<ScheduleEntry> entries = new ArrayList<>();
        for (BookingResponse booking : bookings(plan.getId(), venueId)) {
            LocalDateTime start = LocalDateTime.ofInstant(booking.startsAt(), BEIJING);
            if (!start.toLocalDate().equals(day)
                    || booking.engagement() == null
                    || !Set.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED).contains(booking.status())) {
                continue;
            }
            BookingResponse.EngagementSummary engagement = booking.engagement();
            Place place = venueSpaces.get(booking.spaceId());
            boolean hidden = engagement.id() == null;
            entries.add(new ScheduleEntry(
                    start,
                    LocalDateTime.ofInstant(booking.endsAt(), BEIJING),
                    venueId,
                    place.venueNameEn(),
                    place.venueNameZh(),
                    booking.spaceId(),
                    place.spaceNameEn(),
                    place.spaceNameZh(),
                    engagement.id(),
                    engagement.title(),
                    EventType.valueOf(engagement.type()),
                    engagement.confidential(),
                    hidden ? null : attendeeIds.getOrDefault(engagement.id(), List.of()),
                    hidden
                            ? null
                            : engagement.attendees().stream()
                                    .map(attendee -> new DelegationName(attendee.name(), attendee.country()))
                                    .toList(),
                    engagement.headcount(),
                    engagement.layout() == null ? null : Layout.valueOf(engagement.layout()),
                    engagement.requiredFeatures().stream().map(Feature::valueOf).toList(),
                    booking.status()));
        }
        return entries;
    }

    /** Where each delegation is on the day by the plan's assignment, for the motorcades' arrivals. */
    private List<Visit> visits(Plan plan, LocalDate day) {
        ZoneId zone = ZoneId.of(plan.getTimeZone());
        List<Engagement> scheduled = engagements.findByPlanIdOrderByPosition(plan.getId()).stream()
                .filter(Engagement::isScheduled)
                .filter(engagement -> beijing(engagement.getAssignedStart(), zone)
                        .toLocalDate()
                        .equals(day))
                .toList();
        Set<String> spaceIds = new HashSet<>();
        scheduled.forEach(engagement -> spaceIds.add(engagement.getAssignedSpaceId()));
        Map<String, Place> places = places(spaces.findAllById(spaceIds));
        List<Visit> visits = new ArrayList<>();
        for (Engagement engagement : scheduled) {
            LocalDateTime start = beijing(engagement.getAssignedStart(), zone);
            for (String delegation : engagement.getDelegations()) {
                visits.add(new Visit(
                        delegation,
                        places.get(engagement.getAssignedSpaceId()).venueId(),
                        start,
                        start.plusMinutes(engagement.getDurationMinutes())));
            }
        }
        return visits;
    }

    private Map<String, PlanDelegation> planDelegations(long planId) {
        Map<String, PlanDelegation> byId = new LinkedHashMap<>();
        delegations
                .findByPlanIdOrderByPosition(planId)
                .forEach(d -> byId.put(
                        d.getRef(),
                        new PlanDelegation(
                                d.getRef(),
                                new DelegationName(d.getName(), d.getCountry()),
                                d.getHeadRank(),
                                d.getPosition())));
        return byId;
    }

    private Map<String, DelegationName> delegationNames(long planId) {
        Map<String, DelegationName> names = new HashMap<>();
        planDelegations(planId).values().forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    private static LocalDateTime beijing(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).withZoneSameInstant(BEIJING).toLocalDateTime();
    }
}
