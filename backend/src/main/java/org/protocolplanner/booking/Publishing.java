package org.protocolplanner.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanMarks;
import org.protocolplanner.plan.PlanPolicy;
import org.protocolplanner.plan.PlanService;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a live plan: every scheduled engagement gets a request for its space and busy interval,
 * unless a request or confirmed booking for exactly that already exists; requests that no longer match
 * are withdrawn. A confirmed engagement that moved keeps its confirmed booking (a derived closure for the
 * solver) and its new request names it as the booking it replaces (docs/reference/roles.md, moving a confirmed
 * engagement). Each engagement's place is recorded as published, which {@code plan-stability} keeps.
 */
@Service
class Publishing {

    static final int DEFAULT_ANSWER_HOURS = 48;
    static final int MAX_ANSWER_HOURS = 30 * 24;

    private final PlanService plans;
    private final PlanMarks marks;
    private final EngagementRepository engagements;
    private final BookingRepository bookings;
    private final BookingPlaces places;
    private final BookingNotices notices;
    private final BookingViews views;
    private final Clock clock;
    private final AuditLog audit;

    Publishing(
            PlanService plans,
            PlanMarks marks,
            EngagementRepository engagements,
            BookingRepository bookings,
            BookingPlaces places,
            BookingNotices notices,
            BookingViews views,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.plans = plans;
        this.marks = marks;
        this.engagements = engagements;
        this.bookings = bookings;
        this.places = places;
        this.notices = notices;
        this.views = views;
        this.clock = clock;
    }

    /** @param answerWithinHours how long the venues have to answer, 1 h to 30 days; null for 48 h */
    @Transactional
    public PublishResponse publish(long planId, Integer answerWithinHours) {
        int hours = answerWithinHours == null ? DEFAULT_ANSWER_HOURS : answerWithinHours;
        if (hours < 1 || hours > MAX_ANSWER_HOURS) {
            throw new InvalidRequestException("answerWithinHours", Message.of("input.answer-within-hours"));
        }
        Plan plan = plans.load(planId);
        PlannerUser user = CurrentUser.get();
        PlanPolicy.checkCanPublish(user, plan);
        Instant now = clock.instant();
        Instant answerBy = now.plus(Duration.ofHours(hours));
        Map<Long, List<Booking>> open =
                bookings
                        .findByPlanIdAndStatusIn(planId, List.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED))
                        .stream()
                        .filter(booking -> booking.getEngagementId() != null)
                        .collect(Collectors.groupingBy(Booking::getEngagementId));
        List<Booking> withdrawn = new ArrayList<>();
        List<Booking> created = new ArrayList<>();
        int unchanged = 0;
        for (Engagement engagement : engagements.findByPlanIdOrderByPosition(planId)) {
            List<Booking> held = open.getOrDefault(engagement.getId(), List.of());
            if (!engagement.isScheduled()) {
                held.stream()
                        .filter(b -> b.getStatus() == BookingStatus.REQUESTED)
                        .forEach(withdrawn::add);
                engagement.setPublished(null, null);
                continue;
            }
            BookingPlaces.Place place = places.of(plan, engagement);
            boolean matched = held.stream().anyMatch(b -> b.isFor(place.spaceId(), place.start(), place.end()));
            held.stream()
                    .filter(b -> b.getStatus() == BookingStatus.REQUESTED)
                    .filter(b -> !b.isFor(place.spaceId(), place.start(), place.end()))
                    .forEach(withdrawn::add);
            if (matched) {
                unchanged++;
            } else {
                Long replaces = held.stream()
                        .filter(b -> b.getStatus() == BookingStatus.CONFIRMED)
                        .map(Booking::getId)
                        .findFirst()
                        .orElse(null);
                created.add(new Booking(
                        planId,
                        engagement.getId(),
                        place.spaceId(),
                        place.start(),
                        place.end(),
                        place.busyUntil(),
                        now,
                        answerBy,
                        replaces));
            }
            engagement.setPublished(engagement.getAssignedSpaceId(), engagement.getAssignedStart());
        }
        String actor = CurrentUser.username();
        withdrawn.forEach(booking -> {
            AuditedBooking before = AuditedBooking.of(booking);
            booking.moveTo(BookingStatus.WITHDRAWN, actor, "no longer needed after re-publishing", now);
            audit.record(AuditedEntity.BOOKING, booking.getId(), "withdraw", before, AuditedBooking.of(booking));
        });
        // The withdrawals first: an engagement has at most one open request (booking_one_open_request).
        bookings.flush();
        List<Long> createdIds =
                bookings.saveAllAndFlush(created).stream().map(Booking::getId).toList();
        created.forEach(booking ->
                audit.record(AuditedEntity.BOOKING, booking.getId(), "request", null, AuditedBooking.of(booking)));
        // The engagements' published places follow from the requests; one row for the plan says when.
        Map<String, Object> publication = new LinkedHashMap<>();
        publication.put("answerBy", answerBy);
        publication.put("requested", created.size());
        publication.put("withdrawn", withdrawn.size());
        publication.put("unchanged", unchanged);
        audit.record(AuditedEntity.PLAN, planId, "publish", null, publication);
        marks.published(planId);
        notices.withdrawn(withdrawn.stream().map(Booking::getId).toList());
        notices.requested(planId, plan.getName(), createdIds, answerBy);
        return new PublishResponse(
                planId,
                answerBy,
                created.size(),
                withdrawn.size(),
                unchanged,
                views.findAll(createdIds, false).stream()
                        .map(booking -> booking.shownTo(user))
                        .toList());
    }
}
