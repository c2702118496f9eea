package org.protocolplanner.audit;

import java.time.Instant;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.protocolplanner.shared.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change log, for administrators only (docs/reference/roles.md; the filter chain checks the role
 * before any parameter).
 */
@RestController
class AuditController {

    static final int MAX_PAGE_SIZE = 200;

    private final AuditQuery query;

    AuditController(AuditQuery query) {
        this.query = query;
    }

    /**
     * @param entity   one of {@link AuditedEntity}'s keys ({@code engagement}, {@code sign-in-address} ...)
     * @param entityId the audited id, for engagements and delegations {@code planId/ref}
     * @param user     the actor's username
     * @param from     inclusive, an ISO instant
     * @param to       exclusive, an ISO instant
     */
    @GetMapping("/api/audit")
    PageResponse<AuditEntry> audit(
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        AuditedEntity audited = entity == null
                ? null
                : AuditedEntity.byKey(entity)
                        .orElseThrow(() -> new InvalidRequestException("entity", Message.of("input.audit-entity")));
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidRequestException("to", Message.of("input.after", "from", Message.field("from")));
        }
        if (page < 0) {
            throw new InvalidRequestException("page", Message.of("input.must-be", Message.of("value.at-least", 0)));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException(
                    "size", Message.of("input.must-be", Message.of("value.range", 1, MAX_PAGE_SIZE)));
        }
        return query.find(new AuditQuery.Filter(audited, entityId, user, from, to), PageRequest.of(page, size));
    }
}
