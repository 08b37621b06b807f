package io.fitg.bench.baseline;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Status;
import io.fitg.model.Profile;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written, plain-Java implementation of a sample of the guideline's requirements: the yardstick the Drools
 * engine's overhead is measured against. It decides the same statuses as the engine for every clause of
 * {@link #REQUIREMENTS} (all four classes of the current edition), reading the same fact records and the same clause
 * parameters, but with its own code: no rule, no helper of the rule set, no messages, only statuses.
 *
 * <p>{@code BaselineAgreementTest} checks that it agrees with the engine on the sample profiles and on every case of
 * every scenario file. The constructor does nothing; the per-call work is what a benchmark measures.
 */
public final class PlainJavaBaseline {

    /** The requirements decided by hand: a spread over the eight chapters, mostly the ones with numbers and dates. */
    public static final List<String> REQUIREMENTS = List.of(
            // x.1 技术管理
            "management.tech-staff-ratio",
            "management.tech-staff-min",
            "management.network-administrators",
            "management.branch-technicians",
            "management.association-training-hours",
            "management.it-spend",
            // x.2 机房
            "machine-room.floor-load",
            "machine-room.video-surveillance",
            "machine-room.generator-endurance",
            // x.3 交易系统
            "trading.audit-log-retention",
            "trading.exchange-link-bandwidth",
            "trading.online-link-bandwidth",
            "trading.market-data-redundancy",
            "trading.bank-futures-banks",
            // x.4 安全
            "security.trading-area-video",
            "security.trading-audit-records",
            // x.5 日常运维
            "operations.double-duty",
            "operations.application-log-retention",
            // x.6 备份与灾难恢复
            "backup.daily-settlement-backup",
            "backup.restore-verification",
            "backup.dr-centre",
            "backup.dr-rto-rpo",
            "backup.dr-capacity",
            // x.7 系统维护
            "maintenance.capacity-assessment",
            "maintenance.industry-exercises",
            // x.8 分支机构
            "branch.trading-hours-technician",
            "branch.two-trading-links");

    public PlainJavaBaseline() {
    }

    /**
     * The status of every clause of {@link #REQUIREMENTS} in {@code catalog} (the current edition), as of
     * {@code asOf}: clause id → COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE or INSUFFICIENT_DATA.
     */
    public Map<String, Status> decide(Profile profile, Catalog catalog, LocalDate asOf) {
        if (!"current".equals(catalog.edition())) {
            throw new IllegalArgumentException("the baseline is written for the current edition, not '"
                    + catalog.edition() + "'");
        }
        Map<String, Status> out = new HashMap<>(256);
        for (int i = 0, n = REQUIREMENTS.size(); i < n; i++) {
            String requirement = REQUIREMENTS.get(i);
            List<Clause> clauses = catalog.requirement(requirement);
            for (int j = 0, m = clauses.size(); j < m; j++) {
                Clause c = clauses.get(j);
                out.put(c.id(), decide(requirement, profile, c, asOf));
            }
        }
        return out;
    }

    private static Status decide(String requirement, Profile p, Clause c, LocalDate asOf) {
        return switch (requirement) {
            case "management.tech-staff-ratio" -> ManagementBaseline.techStaffRatio(p, c, asOf);
            case "management.tech-staff-min" -> ManagementBaseline.techStaffMin(p, c, asOf);
            case "management.network-administrators" -> ManagementBaseline.networkAdministrators(p, c, asOf);
            case "management.branch-technicians" -> ManagementBaseline.branchTechnicians(p, c, asOf);
            case "management.association-training-hours" -> ManagementBaseline.associationTrainingHours(p, c, asOf);
            case "management.it-spend" -> ManagementBaseline.itSpend(p, c, asOf);
            case "machine-room.floor-load" -> MachineRoomBaseline.floorLoad(p, c);
            case "machine-room.video-surveillance" -> MachineRoomBaseline.videoSurveillance(p, c);
            case "machine-room.generator-endurance" -> MachineRoomBaseline.generatorEndurance(p, c);
            case "trading.audit-log-retention" -> TradingBaseline.auditLogRetention(p, c, asOf);
            case "trading.exchange-link-bandwidth" -> TradingBaseline.exchangeLinkBandwidth(p, c, asOf);
            case "trading.online-link-bandwidth" -> TradingBaseline.onlineLinkBandwidth(p, c, asOf);
            case "trading.market-data-redundancy" -> TradingBaseline.marketDataRedundancy(p, c);
            case "trading.bank-futures-banks" -> TradingBaseline.bankFuturesBanks(p, c, asOf);
            case "security.trading-area-video" -> SecurityBaseline.tradingAreaVideo(p, c, asOf);
            case "security.trading-audit-records" -> SecurityBaseline.tradingAuditRecords(p, c, asOf);
            case "operations.double-duty" -> OperationsBaseline.doubleDuty(p, asOf);
            case "operations.application-log-retention" -> OperationsBaseline.applicationLogRetention(p, c, asOf);
            case "backup.daily-settlement-backup" -> BackupBaseline.dailySettlementBackup(p, c, asOf);
            case "backup.restore-verification" -> BackupBaseline.restoreVerification(p, asOf);
            case "backup.dr-centre" -> BackupBaseline.drCentre(p, c);
            case "backup.dr-rto-rpo" -> BackupBaseline.drRtoRpo(p, c, asOf);
            case "backup.dr-capacity" -> BackupBaseline.drCapacity(p, c);
            case "maintenance.capacity-assessment" -> MaintenanceBaseline.capacityAssessment(p, asOf);
            case "maintenance.industry-exercises" -> MaintenanceBaseline.industryExercises(p, asOf);
            case "branch.trading-hours-technician" -> BranchBaseline.tradingHoursTechnician(p, asOf);
            case "branch.two-trading-links" -> BranchBaseline.twoTradingLinks(p);
            default -> throw new IllegalArgumentException("not hand-written: " + requirement);
        };
    }
}
