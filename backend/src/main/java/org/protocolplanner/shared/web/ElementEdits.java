package org.protocolplanner.shared.web;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The rules every list of a plan edited element by element through the API shares (delegations,
 * engagements, closures): elements keep their document order, are found by their exchange-format id,
 * and a change names the version it was made on.
 */
public final class ElementEdits {

    private ElementEdits() {}

    /** A page of the list in document order, whatever order was asked for. */
    public static Pageable byPosition(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("position"));
    }

    /** The position of an element added at the end. */
    public static int nextPosition(List<Integer> positions) {
        return positions.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    /** Where {@code ref} is in the list; 404 when it is not there. */
    public static int indexOf(List<String> refs, String ref, String what) {
        int index = refs.indexOf(ref);
        if (index < 0) {
            throw new NotFoundException(what, ref);
        }
        return index;
    }

    /** 400 without a version in the body, 409 when it is not the stored one. */
    public static void checkVersion(String what, String ref, Long version, long current) {
        if (version == null) {
            throw new InvalidRequestException("version", Message.of("input.version-required", Message.thing(what)));
        }
        if (version != current) {
            throw new StaleVersionException(what, ref, current);
        }
    }

    /** An element's id is its identity in the plan's document: a change may repeat it, never alter it. */
    public static void checkSameId(String id, String ref) {
        if (id != null && !ref.equals(id)) {
            throw new InvalidRequestException("id", Message.of("input.element-id-fixed"));
        }
    }
}
