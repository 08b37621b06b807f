package io.fitg.model.operations;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

import java.util.List;
import java.util.function.Consumer;

/**
 * Facts for chapter x.5 日常运行: duty, daily operations and inspections, monitoring and logs, machine-room access.
 * Records, not verdicts: the rules compute double staffing, time points, retention and review dates from them.
 * Every field is nullable (not stated); a list is [] when there are none.
 *
 * @param dutySystem                the duty system document (日常值班制度)
 * @param posts                     operations posts with their holders and backups (岗位及备岗)
 * @param dutyRoster                the duty roster, one entry per shift (每日值班表)
 * @param dutyPhones                the operations duty phone numbers (运维值班电话); [] when none
 * @param operationRecords          dated records of key and routine operations with their signatures
 * @param documentManagementPolicy  the document management system (文档管理制度)
 * @param documentCategories        the categories operations documents are filed under (分类管理); [] when none
 * @param inspections               inspection sheets (巡检记录)
 * @param manuals                   operations manuals (操作手册)
 * @param manualUpdates             the mechanism for improving and updating important manuals
 * @param monitors                  monitoring tools and what they watch
 * @param logStores                 log stores and their retention periods
 * @param faults                    the register of production faults and anomalies
 * @param logReviews                assessments of the monitoring logs and operation records
 * @param automationTools           automated operations tools (自动化运维工具); [] when none
 * @param parameterChanges          how key parameter changes by business departments are reviewed
 * @param machineRoomPolicy         the machine-room management system (机房管理制度)
 * @param infrastructureMaintenance dated records of machine-room infrastructure operation and maintenance
 * @param roomEntries               the access register of the machine room and duty operations room
 */
public record Operations(
        @JsonPropertyDescription("the duty system document (日常值班制度): title, issued, revised; a document given "
                + "without an issued date is missing data unless marked draft: true (not issued)")
        DocumentRecord dutySystem,
        @JsonPropertyDescription("operations posts with their holders and backups: the operations support post, the "
                + "duty lead, and the network, host, database and application posts")
        List<OpsPost> posts,
        @JsonPropertyDescription("the duty roster, one entry per shift (每日值班表); the rules read the last 30 days")
        List<DutyShift> dutyRoster,
        @JsonPropertyDescription("the operations duty phone numbers (运维值班电话); [] when none is set up")
        List<String> dutyPhones,
        @JsonPropertyDescription("dated records of key operations (initialisation, settlement, data backup…) and "
                + "routine operations, with operator and reviewer signatures; the rules read the last 30 days")
        List<OperationRecord> operationRecords,
        @JsonPropertyDescription("the document management system (文档管理制度)")
        DocumentRecord documentManagementPolicy,
        @JsonPropertyDescription("the categories operations documents are filed under (分类管理), e.g. 制度, 手册, "
                + "记录, 报告; [] when documents are not classified")
        List<String> documentCategories,
        @JsonPropertyDescription("inspection sheets (巡检记录) with time points and signatures; the rules read the "
                + "last 30 days")
        List<Inspection> inspections,
        @JsonPropertyDescription("operations manuals of the production environment (操作手册)")
        List<Manual> manuals,
        @JsonPropertyDescription("the mechanism for improving and updating important manuals (完善和更新重要手册的机制)")
        ManualUpdateMechanism manualUpdates,
        @JsonPropertyDescription("monitoring tools and services and what they watch")
        List<Monitor> monitors,
        @JsonPropertyDescription("log stores and their configured retention periods")
        List<LogStore> logStores,
        @JsonPropertyDescription("the register of production faults and anomalies (故障和异常记录); [] when none occurred")
        List<FaultRecord> faults,
        @JsonPropertyDescription("assessments of the monitoring logs and operation records (评估报告)")
        List<LogReview> logReviews,
        @JsonPropertyDescription("automated operations tools used for daily operations (自动化运维工具); [] when none")
        List<AutomationTool> automationTools,
        @JsonPropertyDescription("how key parameter changes made by business departments are reviewed")
        ParameterChangeControl parameterChanges,
        @JsonPropertyDescription("the machine-room management system (机房管理制度)")
        DocumentRecord machineRoomPolicy,
        @JsonPropertyDescription("dated records of operating and maintaining the machine-room infrastructure "
                + "(environment, power, air conditioning, fire protection, security)")
        List<InfrastructureMaintenance> infrastructureMaintenance,
        @JsonPropertyDescription("the access register of the machine room and the duty operations room (出入登记); "
                + "the rules read the last year")
        List<RoomEntry> roomEntries) implements FactSource, Identified {

    public Operations {
        posts = copy(posts);
        dutyRoster = copy(dutyRoster);
        dutyPhones = copy(dutyPhones);
        operationRecords = copy(operationRecords);
        documentCategories = copy(documentCategories);
        inspections = copy(inspections);
        manuals = copy(manuals);
        monitors = copy(monitors);
        logStores = copy(logStores);
        faults = copy(faults);
        logReviews = copy(logReviews);
        automationTools = copy(automationTools);
        infrastructureMaintenance = copy(infrastructureMaintenance);
        roomEntries = copy(roomEntries);
    }

    private static <T> List<T> copy(List<T> l) {
        return l == null ? null : List.copyOf(l);
    }

    @Override
    public String id() {
        return "operations";
    }

    /** Only the section itself is a fact: the rules read its lists in one pass each. */
    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
    }
}
