package io.fitg.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.util.List;

/**
 * The content of a waiver file.
 *
 * @param waivers the waivers
 */
public record WaiverSet(@JsonPropertyDescription("the waivers") List<Waiver> waivers) {
    public WaiverSet {
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }
}
