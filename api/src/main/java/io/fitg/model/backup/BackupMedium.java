package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * One backup medium in the media register (tape, removable disk, optical disc, backup storage volume) that holds, or
 * held, business data backups.
 *
 * @param id                the medium's register number
 * @param type              the kind of medium, e.g. LTO-8 磁带, 移动硬盘
 * @param label             the identification written on it (content, date, sequence), as recorded in the register
 * @param labelled          whether the medium carries a clear label (明确标识); {@code label} given implies it
 * @param store             the id of the media store (mediaStores) where it is kept
 * @param usableUntil       the end of its service life (介质使用期限) per the manufacturer or the media policy
 * @param dataTransferredOn when its data was copied to a new medium (转储) because of its service life; null when not
 */
public record BackupMedium(
        @JsonPropertyDescription("the medium's register number") String id,
        @JsonPropertyDescription("the kind of medium, e.g. LTO-8 磁带, 移动硬盘") String type,
        @JsonPropertyDescription("the identification written on the medium (content, date, sequence)") String label,
        @JsonPropertyDescription("whether the medium carries a clear label (明确标识); a non-blank label implies it") Boolean labelled,
        @JsonPropertyDescription("the id of the media store (mediaStores) where it is kept") String store,
        @JsonPropertyDescription("the end of its service life (介质使用期限)") LocalDate usableUntil,
        @JsonPropertyDescription("when its data was copied to a new medium (转储) because of its service life; null when not") LocalDate dataTransferredOn)
        implements Identified {
}
