package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;

import java.util.List;
import java.util.function.Consumer;

/**
 * x.7.2 配置管理: environment documents, configuration backups and their restoration, the configuration policy and
 * library, the configuration owner and configuration comparisons.
 *
 * @param environmentDocuments 生产环境设计和部署文档 ([] when there are none)
 * @param items                the important configuration items (重要的配置信息) and their backups
 * @param restoreProcedures    配置信息的恢复流程 ([] when there are none)
 * @param restoreDrills        the drills of restoring configuration information (配置信息恢复演练), dated
 * @param policies             配置管理制度 ([] when there are none)
 * @param libraries            配置文档库 ([] when there is none)
 * @param owners               the people appointed to manage production configuration (专人负责生产环境配置管理)
 * @param comparisons          the configuration comparisons of core systems (配置比对), dated
 */
public record Configuration(
        @JsonPropertyDescription("生产环境设计和部署文档: the production environment's design and deployment documents; [] when there are none.")
        List<DocumentRecord> environmentDocuments,
        @JsonPropertyDescription("The important configuration items (重要的配置信息) and their backups.")
        List<ConfigItem> items,
        @JsonPropertyDescription("配置信息的恢复流程: the procedures for restoring configuration information; [] when there are none.")
        List<DocumentRecord> restoreProcedures,
        @JsonPropertyDescription("The drills of restoring configuration information (配置信息恢复演练), dated; [] when none.")
        List<ActivityRecord> restoreDrills,
        @JsonPropertyDescription("配置管理制度: the configuration-management policy documents; [] when there are none.")
        List<DocumentRecord> policies,
        @JsonPropertyDescription("配置文档库: the configuration document libraries; [] when there is none.")
        List<ConfigLibrary> libraries,
        @JsonPropertyDescription("The people appointed to manage the production configuration (专人负责生产环境配置管理), current and past; [] when nobody was appointed.")
        List<RoleHolder> owners,
        @JsonPropertyDescription("The configuration comparisons of core systems (配置比对), dated; [] when none.")
        List<ConfigComparison> comparisons) implements FactSource, Identified {

    public Configuration {
        environmentDocuments = environmentDocuments == null ? null : List.copyOf(environmentDocuments);
        items = items == null ? null : List.copyOf(items);
        restoreProcedures = restoreProcedures == null ? null : List.copyOf(restoreProcedures);
        restoreDrills = restoreDrills == null ? null : List.copyOf(restoreDrills);
        policies = policies == null ? null : List.copyOf(policies);
        libraries = libraries == null ? null : List.copyOf(libraries);
        owners = owners == null ? null : List.copyOf(owners);
        comparisons = comparisons == null ? null : List.copyOf(comparisons);
    }

    @Override
    public String id() {
        return "maintenance.configuration";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
        FactSource.each(items, sink);
        FactSource.each(comparisons, sink);
    }
}
