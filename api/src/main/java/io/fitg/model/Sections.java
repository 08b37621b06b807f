package io.fitg.model;

import java.util.Set;

/**
 * Which parts of the profile were given at all, so that rules can tell "none" (an empty list: e.g. no branch
 * offers on-site trading) from "not stated" (a missing list: INSUFFICIENT_DATA).
 *
 * @param given names of the sections and lists present: company, management, machineRooms, trading, security,
 *              operations, backup, maintenance, branches
 */
public record Sections(Set<String> given) implements Identified {
    public Sections {
        given = Set.copyOf(given);
    }

    public boolean has(String section) {
        return given.contains(section);
    }

    @Override
    public String id() {
        return "profile";
    }
}
