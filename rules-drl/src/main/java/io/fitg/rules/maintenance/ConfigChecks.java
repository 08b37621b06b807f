package io.fitg.rules.maintenance;

import io.fitg.model.common.ActivityRecord;
import io.fitg.model.maintenance.Change;
import io.fitg.model.maintenance.ConfigComparison;
import io.fitg.model.maintenance.ConfigItem;
import io.fitg.model.maintenance.ConfigLibrary;
import io.fitg.model.maintenance.Configuration;
import io.fitg.model.maintenance.Maintenance;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** x.7.2 配置管理. */
public final class ConfigChecks {
    static final String C = "maintenance.configuration";

    private ConfigChecks() {
    }

    private static Check missing(String path, String expected, String zh) {
        return Check.insufficient(path, expected, path + " not stated", zh, List.of(path));
    }

    // x.7.2.1 应具有生产环境设计和部署文档，并根据变更及时更新。
    public static Check environmentDocuments(Maintenance m, LocalDate asOf) {
        String expected = "production environment design and deployment documents in force, updated for every change "
                + "that altered them on or after the change and within " + Common.TIMELY_DAYS + " days of it (及时)";
        Configuration cf = m.configuration();
        if (cf == null) {
            return missing(C, expected, "未提供配置管理资料。");
        }
        Tri docs = Common.documents(cf.environmentDocuments(), asOf);
        List<String> miss = new ArrayList<>();
        if (docs == Tri.UNKNOWN) {
            miss.add(cf.environmentDocuments() == null ? C + ".environmentDocuments" : C + ".environmentDocuments[].issued");
        }
        Tally t = new Tally();
        boolean logGiven = m.changeManagement() != null && m.changeManagement().changes() != null;
        if (logGiven) {
            for (Change c : ChangeChecks.made(m.changeManagement().changes(), asOf)) {
                t.add(c, Common.followUp(c.environmentDocsUpdate(), c.date(), true, asOf,
                        "design and deployment document update", "设计和部署文档更新",
                        ChangeChecks.path(c, "environmentDocsUpdate")));
            }
            if (t.tri() == Tri.UNKNOWN) {
                miss.add(t.missingPaths());
            }
        } else {
            miss.add(ChangeChecks.CHANGES);
        }
        Tri updates = logGiven ? t.tri() : Tri.UNKNOWN;
        String obs = "documents: " + Common.docsEn(cf.environmentDocuments()) + "; "
                + (logGiven ? t.checked + " change(s) up to " + asOf + ", " + t.passed()
                + " with the documents updated in time or not affected" + t.suffixEn()
                : "change log not stated");
        String zh = (docs == Tri.TRUE ? "公司具有生产环境设计和部署文档：" + Common.docsZh(cf.environmentDocuments())
                : docs == Tri.FALSE ? "公司无有效的生产环境设计和部署文档" : "生产环境设计和部署文档资料不全")
                + "；" + (logGiven ? "截至" + asOf + "共有变更" + t.checked + "项，" + t.passed() + "项已及时相应更新文档或不涉及文档"
                + t.suffixZh() : "未提供变更记录。");
        List<Object> facts = new ArrayList<>();
        facts.add(C + ".environmentDocuments");
        facts.addAll(t.facts());
        return Check.of(docs.and(updates), expected, obs, zh, String.join(", ", miss), facts);
    }

    // x.7.2.2 应对重要的配置信息进行有效备份。
    public static Check backup(Maintenance m, LocalDate asOf) {
        String expected = "every important configuration item backed up, its latest backup taken on or after its "
                + "latest configuration change";
        Configuration cf = m.configuration();
        if (cf == null || cf.items() == null) {
            return missing(cf == null ? C : C + ".items", expected, "未提供配置信息备份资料。");
        }
        if (cf.items().isEmpty()) {
            return Check.of(Tri.FALSE, expected, "no configuration item backed up", "公司未对配置信息进行备份。", "",
                    List.of(C + ".items"));
        }
        Tally t = new Tally();
        for (ConfigItem i : cf.items()) {
            String p = C + ".items[" + i.id() + "]";
            if (i.backups() == null) {
                t.add(i, Judged.unknown("backups not stated", "未说明备份情况", p + ".backups"));
                continue;
            }
            Optional<LocalDate> last = i.backups().stream().filter(d -> !d.isAfter(asOf)).max(LocalDate::compareTo);
            if (last.isEmpty()) {
                t.add(i, Judged.fail("never backed up", "未备份"));
            } else if (i.lastChanged() == null) {
                t.add(i, Judged.unknown("latest configuration change not stated", "未说明最近一次配置变更日期",
                        p + ".lastChanged"));
            } else if (i.lastChanged().isAfter(asOf)) {
                // P3: a single "latest" date after the as-of date tells nothing about the state on the as-of date
                t.add(i, Judged.unknown("latest configuration change dated " + i.lastChanged() + ", after the as-of date "
                                + asOf + ", so the configuration in force on " + asOf + " and its backup cannot be matched",
                        "最近一次配置变更日期" + i.lastChanged() + "晚于评估基准日" + asOf + "，无法核对评估基准日的配置是否已备份",
                        p + ".lastChanged"));
            } else if (last.get().isBefore(i.lastChanged())) {
                t.add(i, Judged.fail("latest backup " + last.get() + " predates the configuration change of "
                        + i.lastChanged(), "最近一次备份" + last.get() + "早于配置变更" + i.lastChanged() + "，备份已失效"));
            } else {
                t.add(i, Judged.ok());
            }
        }
        String obs = cf.items().size() + " important configuration item(s), " + t.passed()
                + " with a backup as recent as their latest change" + (t.tri() == Tri.TRUE ? "" : "; " + t.problemsEn());
        String zh = "重要配置信息" + cf.items().size() + "项，" + t.passed() + "项的最近一次备份晚于或等于最近一次配置变更"
                + (t.tri() == Tri.TRUE ? "。" : "；" + t.problemsZh() + "。");
        return Check.of(t.tri(), expected, obs, zh, t.missingPaths(),
                t.tri() == Tri.TRUE ? List.of(C + ".items") : t.facts());
    }

    // x.7.2.3 应有配置信息的恢复流程。
    public static Check restoreProcedure(Maintenance m, LocalDate asOf) {
        String expected = "a procedure for restoring configuration information";
        if (m.configuration() == null) {
            return missing(C, expected, "未提供配置管理资料。");
        }
        return Common.documentCheck(m.configuration().restoreProcedures(), C + ".restoreProcedures", asOf, expected,
                "配置信息恢复流程");
    }

    // x.7.2.4 应对配置信息的恢复进行演练。
    public static Check restoreDrill(Maintenance m, LocalDate asOf) {
        String expected = "a drill of restoring configuration information on record, on or before " + asOf;
        Configuration cf = m.configuration();
        if (cf == null || cf.restoreDrills() == null) {
            return missing(cf == null ? C : C + ".restoreDrills", expected, "未提供配置信息恢复演练记录。");
        }
        List<ActivityRecord> done = cf.restoreDrills().stream()
                .filter(d -> d.date() != null && !d.date().isAfter(asOf)).toList();
        boolean undated = cf.restoreDrills().stream().anyMatch(d -> d.date() == null);
        Tri t = !done.isEmpty() ? Tri.TRUE : undated ? Tri.UNKNOWN : Tri.FALSE;
        Optional<ActivityRecord> last = done.stream().max((a, b) -> a.date().compareTo(b.date()));
        String obs = done.size() + " configuration restore drill(s) up to " + asOf
                + last.map(d -> ", latest " + d.date() + (d.description() == null ? "" : " (" + d.description() + ")")).orElse("");
        String zh = done.isEmpty() ? (undated ? "配置信息恢复演练记录未注明日期。" : "截至" + asOf + "公司未进行配置信息恢复演练。")
                : "截至" + asOf + "公司进行配置信息恢复演练" + done.size() + "次，最近一次为" + last.get().date()
                + (last.get().description() == null ? "" : "（" + last.get().description() + "）") + "。";
        return Check.of(t, expected, obs, zh, C + ".restoreDrills[].date", List.of(C + ".restoreDrills"));
    }

    // x.7.2.3/4/5 应建立配置管理制度和配置文档库。
    public static Check policyAndLibrary(Maintenance m, LocalDate asOf) {
        String expected = "a configuration management policy in force and a configuration document library set up";
        Configuration cf = m.configuration();
        if (cf == null) {
            return missing(C, expected, "未提供配置管理资料。");
        }
        Tri policy = Common.documents(cf.policies(), asOf);
        Tri library;
        List<String> miss = new ArrayList<>();
        if (policy == Tri.UNKNOWN) {
            miss.add(cf.policies() == null ? C + ".policies" : C + ".policies[].issued");
        }
        String libEn;
        String libZh;
        if (cf.libraries() == null) {
            library = Tri.UNKNOWN;
            miss.add(C + ".libraries");
            libEn = "not stated";
            libZh = "未提供配置文档库资料";
        } else {
            List<ConfigLibrary> set = cf.libraries().stream()
                    .filter(l -> l.established() != null && !l.established().isAfter(asOf)).toList();
            boolean undated = cf.libraries().stream().anyMatch(l -> l.established() == null);
            library = !set.isEmpty() ? Tri.TRUE : undated ? Tri.UNKNOWN : Tri.FALSE;
            if (library == Tri.UNKNOWN) {
                miss.add(C + ".libraries[].established");
            }
            libEn = cf.libraries().isEmpty() ? "none" : cf.libraries().stream()
                    .map(l -> l.name() + (l.tool() == null ? "" : " on " + l.tool()) + " (set up "
                            + (l.established() == null ? "date not stated" : l.established()) + ")")
                    .reduce((a, b) -> a + "; " + b).orElse("");
            libZh = library == Tri.TRUE ? "建立了配置文档库" + set.stream().map(l -> "「" + l.name() + "」"
                    + (l.tool() == null ? "" : "（" + l.tool() + "）")).reduce((a, b) -> a + "、" + b).orElse("")
                    : library == Tri.FALSE ? "截至" + asOf + "未建立配置文档库" : "配置文档库未注明建立日期";
        }
        String zh = (policy == Tri.TRUE ? "公司制定了" + Common.docsZh(cf.policies())
                : policy == Tri.FALSE ? "公司无有效的配置管理制度" : "配置管理制度资料不全") + "；" + libZh + "。";
        return Check.of(policy.and(library), expected, "policy: " + Common.docsEn(cf.policies()) + "; library: " + libEn,
                zh, String.join(", ", miss), List.of(C + ".policies", C + ".libraries"));
    }

    // x.7.2.6 应有专人负责生产环境配置管理。
    public static Check owner(Maintenance m, LocalDate asOf) {
        return owner(m, asOf, List.of());
    }

    /** As above; {@code management} holds the Management section, if stated, whose staff roster the owner must be on. */
    public static Check owner(Maintenance m, LocalDate asOf, Collection<?> management) {
        String expected = "a named person in charge of production configuration management, holding the role on " + asOf
                + ", on the staff roster and in post";
        if (m.configuration() == null) {
            return missing(C, expected, "未提供配置管理资料。");
        }
        return Common.appointed(m.configuration().owners(), C + ".owners", asOf, expected, "生产环境配置管理",
                People.roster(management));
    }

    // x.7.2.7 应定期对核心系统进行配置比对，以及时发现配置的变化。
    public static Check comparison(Maintenance m, LocalDate asOf) {
        String expected = "every core system's configuration compared with its baseline within the year before "
                + asOf + " (定期, read as at least yearly)";
        Configuration cf = m.configuration();
        List<String> miss = new ArrayList<>();
        if (m.coreSystems() != null && m.coreSystems().isEmpty()) {
            return Common.noCoreSystems(expected, "compared", "进行了配置比对", null);
        }
        if (m.coreSystems() == null) {
            miss.add("maintenance.coreSystems");
        }
        if (cf == null || cf.comparisons() == null) {
            miss.add(cf == null ? C : C + ".comparisons");
        }
        if (!miss.isEmpty()) {
            return Check.insufficient(String.join(", ", miss), expected, String.join(", ", miss) + " not stated", "未提供核心系统清单或配置比对记录。",
                    miss);
        }
        Tally t = Common.coverage(m.coreSystems(), cf.comparisons(), ConfigComparison::date, ConfigComparison::systems,
                asOf, Common.REGULAR, "configuration comparison", "配置比对", C + ".comparisons[].systems/date");
        Optional<LocalDate> latest = cf.comparisons().stream().map(ConfigComparison::date)
                .filter(d -> d != null && !d.isAfter(asOf)).max(LocalDate::compareTo);
        String obs = m.coreSystems().size() + " core system(s), " + t.passed() + " compared within the year; latest "
                + "comparison " + latest.map(LocalDate::toString).orElse("none")
                + (t.tri() == Tri.TRUE ? "" : "; " + t.problemsEn());
        String zh = "核心系统" + m.coreSystems().size() + "个，" + t.passed() + "个在评估基准日前一年内进行了配置比对"
                + latest.map(d -> "（最近一次" + d + "）").orElse("") + (t.tri() == Tri.TRUE ? "。" : "；" + t.problemsZh() + "。");
        return Check.of(t.tri(), expected, obs, zh, t.missingPaths(), List.of(C + ".comparisons"));
    }
}
