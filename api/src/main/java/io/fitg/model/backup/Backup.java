package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;

import java.util.List;
import java.util.function.Consumer;

/**
 * Facts for chapter x.6 备份: data backup (x.6.1) and disaster recovery (x.6.2). Lists are null when not stated
 * and empty when there are none.
 *
 * @param productionCentre                  where production runs (city, coordinates)
 * @param backupStrategy                    the data backup strategy (数据备份策略)
 * @param restoreStrategy                   the data restore strategy (数据恢复策略)
 * @param dataCategories                    the data categories the strategies grade by importance and trading impact
 * @param dataManagementPolicy              the data management policy (数据管理制度)
 * @param mediaMaintenancePolicy            the media maintenance policy (介质维护制度)
 * @param mediaDestructionPolicy            the media destruction policy (介质销毁制度)
 * @param mediaUsagePolicy                  the media usage policy (介质使用管理制度)
 * @param media                             the backup media register
 * @param mediaStores                       the places backup media are kept
 * @param mediaCustodians                   the people designated to keep the backup media
 * @param settlementBackups                 the post-settlement backups (duty log)
 * @param websiteBackupPlan                 the website data backup plan (网站数据备份计划)
 * @param websiteBackupIntervalDays         the interval the website backup plan sets, in days
 * @param websiteBackups                    the website data backups done
 * @param mediaTransfers                    deposits of post-settlement backup media in same-city and off-site stores
 * @param restoreVerificationIntervalMonths how often the backup policy has the main business backups restored and
 *                                          checked, in months
 * @param restoreVerifications              the periodic restore verifications done (定期恢复验证)
 * @param replications                      transfers of data over the network to other sites
 * @param drCentres                         the disaster-recovery centres
 * @param drPlan                            the disaster recovery plan (灾难恢复预案)
 * @param drProcedure                       the disaster recovery operating procedure (灾难恢复操作流程)
 * @param drDrills                          the disaster recovery drills done
 */
public record Backup(
        @JsonPropertyDescription("where production runs: name, city, coordinates") ProductionCentre productionCentre,
        @JsonPropertyDescription("the data backup strategy (数据备份策略)") DocumentRecord backupStrategy,
        @JsonPropertyDescription("the data restore strategy (数据恢复策略)") DocumentRecord restoreStrategy,
        @JsonPropertyDescription("the data categories the strategies grade by importance and trading impact; [] when none are graded") List<DataCategory> dataCategories,
        @JsonPropertyDescription("the data management policy (数据管理制度)") DocumentRecord dataManagementPolicy,
        @JsonPropertyDescription("the media maintenance policy (介质维护制度)") DocumentRecord mediaMaintenancePolicy,
        @JsonPropertyDescription("the media destruction policy (介质销毁制度)") DocumentRecord mediaDestructionPolicy,
        @JsonPropertyDescription("the media usage policy (介质使用管理制度)") DocumentRecord mediaUsagePolicy,
        @JsonPropertyDescription("the backup media register") List<BackupMedium> media,
        @JsonPropertyDescription("the places backup media are kept") List<MediaStore> mediaStores,
        @JsonPropertyDescription("the people designated to keep the backup media; [] when nobody is") List<MediaCustodian> mediaCustodians,
        @JsonPropertyDescription("the post-settlement backups (duty log)") List<BackupRun> settlementBackups,
        @JsonPropertyDescription("the website data backup plan (网站数据备份计划)") DocumentRecord websiteBackupPlan,
        @JsonPropertyDescription("the interval the website backup plan sets, in days") Integer websiteBackupIntervalDays,
        @JsonPropertyDescription("the website data backups done") List<ActivityRecord> websiteBackups,
        @JsonPropertyDescription("deposits of post-settlement backup media in same-city and off-site stores") List<MediaTransfer> mediaTransfers,
        @JsonPropertyDescription("how often the backup policy has the main business backups restored and checked, in months") Integer restoreVerificationIntervalMonths,
        @JsonPropertyDescription("the periodic restore verifications of the main business backups done (定期恢复验证)") List<ActivityRecord> restoreVerifications,
        @JsonPropertyDescription("transfers of data over the network to other sites (replication)") List<Replication> replications,
        @JsonPropertyDescription("the disaster-recovery centres; [] when there is none") List<DrCentre> drCentres,
        @JsonPropertyDescription("the disaster recovery plan (灾难恢复预案)") DocumentRecord drPlan,
        @JsonPropertyDescription("the disaster recovery operating procedure (灾难恢复操作流程)") DocumentRecord drProcedure,
        @JsonPropertyDescription("the disaster recovery drills done") List<DrDrill> drDrills)
        implements FactSource, Identified {

    public Backup {
        dataCategories = copy(dataCategories);
        media = copy(media);
        mediaStores = copy(mediaStores);
        mediaCustodians = copy(mediaCustodians);
        settlementBackups = copy(settlementBackups);
        websiteBackups = copy(websiteBackups);
        mediaTransfers = copy(mediaTransfers);
        restoreVerifications = copy(restoreVerifications);
        replications = copy(replications);
        drCentres = copy(drCentres);
        drDrills = copy(drDrills);
    }

    private static <T> List<T> copy(List<T> l) {
        return l == null ? null : List.copyOf(l);
    }

    @Override
    public String id() {
        return "backup";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
        FactSource.each(drCentres, sink);
    }
}
