package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * One deposit of post-settlement backup media in a store away from the production centre (同城 or 异地存放).
 *
 * @param date   when the media were deposited
 * @param medium the id of the medium (or batch) deposited
 * @param store  the id of the media store (mediaStores) it went to
 */
public record MediaTransfer(
        @JsonPropertyDescription("when the media were deposited") LocalDate date,
        @JsonPropertyDescription("the id of the medium or batch deposited") String medium,
        @JsonPropertyDescription("the id of the media store (mediaStores) it went to") String store) {
}
