package org.protocolplanner.booking;

import java.util.Map;
import org.protocolplanner.shared.web.ConflictException;

/** Confirming would overlap a confirmed booking of the same space, or of one sharing its floor: the database's exclusion constraint refused it. */
class DoubleBookingException extends ConflictException {

    DoubleBookingException(String detail, Map<String, Object> properties) {
        super(detail, properties);
    }
}
