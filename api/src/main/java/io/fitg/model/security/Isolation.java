package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.util.List;

/**
 * How two networks are isolated from each other (x.4.1 网络隔离; 1.4.4 有效隔离).
 *
 * @param id          a stable id, cited in findings
 * @param between     the two networks, e.g. [production, internet]; order does not matter
 * @param method      the isolation measure
 * @param description what is in place (devices, rules, the equivalent measure), from the topology and configuration
 * @param reference   the supporting document (network diagram, device configuration list)
 */
public record Isolation(
        @JsonPropertyDescription("A stable id for this isolation record, cited in findings.")
        String id,
        @JsonPropertyDescription("The two networks this record separates, e.g. [production, internet]; order does not matter. "
                + "Networks: production, internet, website, online-trading, office, branch, exchange, bank, customer, "
                + "development, test, management.")
        List<NetworkZone> between,
        @JsonPropertyDescription("How they are separated (1.4.4): physical, firewall, gatekeeper (网闸), vlan, "
                + "equivalent (等效措施, describe it), or none.")
        IsolationMethod method,
        @JsonPropertyDescription("What is in place: devices, access rules, or the equivalent measure.")
        String description,
        @JsonPropertyDescription("The supporting document: network diagram, device configuration list.")
        String reference) implements Identified {

    public Isolation {
        if (between != null) {
            if (between.size() != 2 || between.get(0) == null || between.get(1) == null || between.get(0) == between.get(1)) {
                throw new IllegalArgumentException("'between' names exactly two different networks, e.g. [production, internet]");
            }
            between = List.copyOf(between);
        }
    }

    /** Whether this record is about the pair {@code a}–{@code b} (either order). */
    public boolean separates(NetworkZone a, NetworkZone b) {
        return between != null && between.contains(a) && between.contains(b);
    }
}
