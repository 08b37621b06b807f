package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.math.BigDecimal;
import java.util.List;

/**
 * The backup of a core system and its components (x.3.3.1 核心系统及其部件应有备份).
 *
 * @param mode                    hot, cold or none
 * @param designedRtoSeconds      recovery time objective of the design, in seconds
 * @param designedRpoSeconds      recovery point objective of the design, in seconds
 * @param componentsWithoutBackup components of the system (servers, gateways, databases…) that have no backup;
 *                                [] when every component has one
 * @param drills                  switch-over drills with their measured RTO and RPO
 */
public record SystemBackup(
        @JsonPropertyDescription("How the system is backed up: hot, cold or none.") BackupMode mode,
        @JsonPropertyDescription("Recovery time objective of the backup design, in seconds.") BigDecimal designedRtoSeconds,
        @JsonPropertyDescription("Recovery point objective of the backup design, in seconds.") BigDecimal designedRpoSeconds,
        @JsonPropertyDescription("Components of the system (servers, gateways, databases, front ends…) that have no backup; [] when every component has one.") List<String> componentsWithoutBackup,
        @JsonPropertyDescription("Switch-over drills of the system with the RTO and RPO they measured.") List<FailoverDrill> drills) {
    public SystemBackup {
        componentsWithoutBackup = componentsWithoutBackup == null ? null : List.copyOf(componentsWithoutBackup);
        drills = drills == null ? null : List.copyOf(drills);
    }
}
