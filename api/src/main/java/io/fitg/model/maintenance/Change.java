package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * One software or hardware change to a system, as the change log and the operation records show it, with the
 * evidence of each step the guideline asks for (x.7.1.1–x.7.1.8, x.7.2.1). Each step is a {@link Step}: left out
 * when not stated, {@code {done: false}} when not done, a date or reference when done, {@code {notNeeded: why}}
 * when it was judged unnecessary or impossible.
 *
 * @param id                    the change number (变更单号) or another stable id
 * @param date                  when the change was made in production (上线/实施日期)
 * @param system                the system changed
 * @param description           what was changed
 * @param kind                  software, hardware or both
 * @param coreSystem            whether it touches a core system (核心系统: 交易、结算、风控、银期转账…, 1.4.1)
 * @param highRisk              whether the company's change classification rates it high-risk (风险较大的变更)
 * @param request               the change request raised and approved in the change-management process (纳入变更管理)
 * @param assessment            the assessment made before the change (变更前评估)
 * @param test                  the testing done before the change (必要的测试); notNeeded when the assessment judged
 *                              testing unnecessary
 * @param operationRecord       the record of the change operations (操作记录)
 * @param postCheck             the check made after the change (事后检查)
 * @param rollbackPlan          the contingency and rollback plan made before the change (应急和回退方案); notNeeded when
 *                              conditions did not allow one (在条件允许的情况下)
 * @param tracking              the tracking of the system's operation after the change (变更后跟踪)
 * @param rehearsal             the rehearsal before go-live (上线前演练); notNeeded when conditions did not allow one
 * @param configUpdate          the update of the system configuration records the change affected (系统配置);
 *                              notNeeded when it affected none
 * @param manualUpdate          the update of the operation manuals the change affected (操作手册); notNeeded when it
 *                              affected none
 * @param environmentDocsUpdate the update of the production environment design and deployment documents (生产环境设计
 *                              和部署文档); notNeeded when the change did not alter them
 */
public record Change(
        @JsonPropertyDescription("The change number (变更单号) or another stable id.")
        String id,
        @JsonPropertyDescription("When the change was made in production (实施/上线日期).")
        LocalDate date,
        @JsonPropertyDescription("The system changed.")
        String system,
        @JsonPropertyDescription("What was changed.")
        String description,
        @JsonPropertyDescription("software, hardware or both.")
        String kind,
        @JsonPropertyDescription("Whether the change touches a core system (核心系统: trading, settlement, risk control, bank-futures transfer; 1.4.1).")
        Boolean coreSystem,
        @JsonPropertyDescription("Whether the company's change classification rates the change high-risk (风险较大的变更).")
        Boolean highRisk,
        @JsonPropertyDescription("The change request raised and approved in the change-management process (纳入变更管理范围).")
        Step request,
        @JsonPropertyDescription("The assessment made before the change (变更前评估).")
        Step assessment,
        @JsonPropertyDescription("The testing done before the change (必要的测试); notNeeded when the assessment judged testing unnecessary.")
        Step test,
        @JsonPropertyDescription("The record of the change operations (变更操作记录).")
        Step operationRecord,
        @JsonPropertyDescription("The check made after the change (事后检查).")
        Step postCheck,
        @JsonPropertyDescription("The contingency and rollback plan made before the change (应急和回退方案); notNeeded when conditions did not allow one.")
        Step rollbackPlan,
        @JsonPropertyDescription("The tracking of the system's operation after the change (变更后对系统运行情况的跟踪).")
        Step tracking,
        @JsonPropertyDescription("The rehearsal before go-live (上线前演练); notNeeded when conditions did not allow one.")
        Step rehearsal,
        @JsonPropertyDescription("The update of the system configuration records the change affected (系统配置); notNeeded when it affected none.")
        Step configUpdate,
        @JsonPropertyDescription("The update of the operation manuals the change affected (操作手册); notNeeded when it affected none.")
        Step manualUpdate,
        @JsonPropertyDescription("The update of the production environment design and deployment documents (生产环境设计和部署文档); notNeeded when the change did not alter them.")
        Step environmentDocsUpdate) implements Identified {
}
