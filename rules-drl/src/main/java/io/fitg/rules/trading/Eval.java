package io.fitg.rules.trading;

import io.fitg.rules.support.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of one item (a system, a link, a device…) against a clause: its three-valued result, why it
 * fails (English and Chinese), which fields are missing, and a Chinese phrase describing it for 情况说明.
 */
public final class Eval {
    private final List<String> failEn = new ArrayList<>();
    private final List<String> failZh = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final List<String> missingZh = new ArrayList<>();
    private final List<String> missingEn = new ArrayList<>();
    private final List<String> zh = new ArrayList<>();

    /** Chinese names of the fields the x.3 checks read, for 情况说明 (未说明…). */
    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("dataApplicationSeparated", "是否实现数据与应用分离"),
            Map.entry("realTimeRiskControl", "是否具备实时风险控制功能"),
            Map.entry("auditLogging", "是否产生并存储审计日志"),
            Map.entry("logRetentionDays", "日志保存期限"),
            Map.entry("dataAlteringFunctions", "是否具有篡改、伪造交易数据的功能"),
            Map.entry("authorisationManagement", "是否具备授权管理功能"),
            Map.entry("monitoredBy", "监控措施"),
            Map.entry("flowControl", "是否具备流量控制管理功能"),
            Map.entry("realNameVerification", "是否落实开户实名制"),
            Map.entry("suitabilityChecks", "是否落实投资者适当性制度"),
            Map.entry("clientAccessAuthenticationEnabled", "是否启用客户交易接入认证功能"),
            Map.entry("passwordSecurity", "客户密码安全管理功能"),
            Map.entry("passwordSecurity.initialChangeForced", "是否强制修改初始密码"),
            Map.entry("passwordSecurity.weakPasswordsRejected", "是否限制弱口令"),
            Map.entry("passwordSecurity.failedLoginLockout", "是否限制登录失败次数"),
            Map.entry("capacityMeetsRequirements", "性能和容量是否达到交易所要求"),
            Map.entry("linksMeetRequirements", "交易通信链路是否达到交易所要求"),
            Map.entry("exchange", "交易所代码"),
            Map.entry("realTimeMonitored", "是否实时监控"),
            Map.entry("recorded", "是否记录"),
            Map.entry("bandwidthMbps", "链路带宽"),
            Map.entry("dailyPeaks", "每交易日带宽峰值"),
            Map.entry("alertThresholds", "预警阀值"),
            Map.entry("alertThresholds.metric/value", "预警阀值的指标或数值"),
            Map.entry("reviews", "预警阀值检查评估记录"),
            Map.entry("backup", "备份情况"),
            Map.entry("backup.mode", "备份方式"),
            Map.entry("backup.componentsWithoutBackup", "各部件是否均有备份"),
            Map.entry("backup.drills", "切换演练记录"),
            Map.entry("drills", "切换演练记录"),
            Map.entry("standby", "备份方式"),
            Map.entry("singlePointsOfFailure", "是否存在单点故障"));

    /** The Chinese name of a field path: list indexes and remarks dropped, then looked up. */
    static String zhField(String field) {
        String key = field.replaceAll("\\[[^]]*]", "").replaceAll(" \\(.*$", "").strip();
        String z = ZH.get(key);
        if (z == null && key.startsWith("dailyPeaks")) {
            z = ZH.get("dailyPeaks");
        }
        return z == null ? field : z;
    }

    /** The item fails for {@code en} / {@code zh}. */
    public Eval fail(String en, String zhText) {
        failEn.add(en);
        failZh.add(zhText);
        zh.add(zhText);
        return this;
    }

    /** The field {@code field} (relative to the item) is missing. */
    public Eval missing(String field) {
        return missing(field, zhField(field));
    }

    /** The field {@code field} is missing; {@code zhText} names it in Chinese. */
    public Eval missing(String field, String zhText) {
        return missing(field, zhText, field + " not stated");
    }

    /**
     * The value {@code field} would decide is not known; {@code zhText} names it in Chinese and {@code en} says why in
     * English (given but not counting: "no daily peak in 2026-10", "bandwidthMbps is 0").
     */
    public Eval missing(String field, String zhText, String en) {
        missing.add(field);
        missingZh.add(zhText);
        missingEn.add(en);
        return this;
    }

    /** Why the item cannot be decided, in English: "realNameVerification not stated, …". */
    public String missingText() {
        return String.join(", ", missingEn);
    }

    /** Adds a Chinese phrase describing the item's facts. */
    public Eval zh(String phrase) {
        if (phrase != null && !phrase.isEmpty()) {
            zh.add(phrase);
        }
        return this;
    }

    /** FALSE when anything fails, otherwise UNKNOWN when anything is missing, otherwise TRUE. */
    public Tri tri() {
        if (!failEn.isEmpty()) {
            return Tri.FALSE;
        }
        return missing.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
    }

    public List<String> failEn() {
        return List.copyOf(failEn);
    }

    public List<String> failZh() {
        return List.copyOf(failZh);
    }

    public List<String> missing() {
        return List.copyOf(missing);
    }

    /** The Chinese description: the facts and failures in the order found, then what is not stated. */
    public String zhText() {
        List<String> all = new ArrayList<>(zh);
        if (!missing.isEmpty()) {
            all.add("未说明" + String.join("、", missingZh));
        }
        return String.join("，", all);
    }
}
