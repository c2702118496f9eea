package org.protocolplanner.exchange;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.protocolplanner.exchange.References.Kind;
import org.protocolplanner.shared.protocol.HeadRank;

/** Reads the delegations of a plan document; see {@link PlanParser}. */
final class DelegationParser {

    private final References references;

    DelegationParser(References references) {
        this.references = references;
    }

    DelegationDoc delegation(Node delegation) {
        if (!delegation.object()) {
            references.markIncomplete(Kind.DELEGATION);
            return null;
        }
        Node idNode = delegation.field("id");
        String id = idNode.id();
        references.declare(Kind.DELEGATION, idNode, id);
        String country = delegation.field("country").optionalString();
        String name = delegation.field("name").string();
        HeadRank rank = delegation.field("headRank").constant(HeadRank.class, "head rank");
        int size = delegation.field("size").integer(1, Integer.MAX_VALUE);
        LocalDateTime arrival = delegation.field("arrival").dateTime();
        Node departureNode = delegation.field("departure");
        LocalDateTime departure = departureNode.dateTime();
        departureNode.mustBeAfter(departure, arrival, "arrival");
        Node hotelNode = delegation.field("hotelVenueId");
        String hotel = hotelNode.optionalString();
        if (hotel != null) {
            references.refer(Kind.VENUE, hotelNode, hotel);
        }
        List<String> separateFrom = separateFrom(delegation.field("separateFrom"), id);
        return new DelegationDoc(id, country, name, rank, size, arrival, departure, hotel, separateFrom);
    }

    private List<String> separateFrom(Node list, String ownId) {
        Map<String, Node> others = list.distinctElements(Node::string);
        others.forEach((other, at) -> {
            if (other.equals(ownId)) {
                at.error("exchange.apart-from-itself", Node.quote(other));
            } else {
                references.refer(Kind.DELEGATION, at, other);
            }
        });
        return List.copyOf(others.keySet());
    }
}
