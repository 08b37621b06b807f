package io.fitg.reports;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.api.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small, fixed catalog and report built in code (independent of which rules exist), with every status, a waiver,
 * a situation written by a rule and one composed, and hostile text in the company name and a message.
 */
final class Fixtures {
    static final String HOSTILE_COMPANY = "<script>alert(1)</script>示例期货";
    static final String HOSTILE_MESSAGE = "=HYPERLINK(\"http://x\") <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    private Fixtures() {
    }

    /** The process-wide engine (one KieBase for the whole test JVM). */
    static io.fitg.api.Engine engine() {
        return io.fitg.core.Fitg.engine();
    }

    static Path profilesDir() {
        String v = System.getProperty("fitg.profilesDir");
        return Path.of(v != null ? v : "../examples/profiles").toAbsolutePath().normalize();
    }

    static Clause clause(String id, boolean mandatory, boolean isNew, String chapter, String section, String text,
                         String requirement, Map<String, Object> params) {
        int cls = Integer.parseInt(id.substring(0, id.indexOf('.'))) - 1;
        return new Clause(id, "current", cls, mandatory, isNew, chapter, section, text, requirement, requirement, params);
    }

    /** Two classes, two chapters, three sections: eight clauses. */
    static Catalog catalog() {
        List<Clause> cs = new ArrayList<>();
        cs.add(clause("2.1.1.2", true, true, "技术管理", "组织结构", "总部技术部门人员总数占公司总部人数的比例不少于8%。",
                "management.tech-staff-ratio", Map.of("minPercent", new BigDecimal("8"))));
        cs.add(clause("2.1.2.1", true, true, "技术管理", "培训", "对所有上岗技术人员应进行岗位培训。",
                "management.training", Map.of()));
        cs.add(clause("2.2.1.1", true, true, "机房建设", "基本", "机房应为独立封闭区域，并配备门禁。",
                "machine-room.enclosed", Map.of()));
        cs.add(clause("2.2.1.5", false, true, "机房建设", "基本", "机房出入口和内部应安装7×24小时录像监控设施，录像至少保存30天。",
                "machine-room.cctv", Map.of("days", new BigDecimal("30"))));
        cs.add(clause("3.1.1.2", true, false, "技术管理", "组织结构", "总部技术部门人员总数占公司总部人数的比例不少于8%。",
                "management.tech-staff-ratio", Map.of("minPercent", new BigDecimal("8"))));
        cs.add(clause("3.1.2.1", true, false, "技术管理", "培训", "对所有上岗技术人员应进行岗位培训。",
                "management.training", Map.of()));
        cs.add(clause("3.2.1.1", true, false, "机房建设", "基本", "机房应为独立封闭区域，并配备门禁。",
                "machine-room.enclosed", Map.of()));
        cs.add(clause("3.2.1.5", true, false, "机房建设", "基本", "机房出入口和内部应安装7×24小时录像监控设施，录像至少保存60天。",
                "machine-room.cctv", Map.of("days", new BigDecimal("60"))));
        return new Catalog("current", "current@fixture0001", cs, Map.of());
    }

    static Finding finding(Clause c, Status s, String message, String expected, String observed, String situation,
                           String waiver, List<String> evidence) {
        return new Finding(c.id(), c.classLevel(), c.requirement(), c.mandatory(), s, message, expected, observed,
                List.of("company"), evidence, c.rule(), situation, waiver);
    }

    /** The fixed report: class 1 achieved, class 2 blocked by two mandatory clauses. */
    static Report report() {
        Catalog cat = catalog();
        List<Clause> c = cat.clauses();
        List<String> staffDocs = List.of("总部技术部门员工情况说明", "公司在职人员公示信息表");
        List<String> trainingDocs = List.of("技术人员岗位培训情况说明", "技术人员岗位培训记录");
        List<String> roomDocs = List.of("中心机房情况说明", "机房及门禁照片");
        List<String> cctvDocs = List.of("中心机房情况说明", "录像监控系统照片", "录像存储配置截图（保存期限不少于90天）");
        List<Finding> fs = new ArrayList<>();
        fs.add(finding(c.get(0), Status.COMPLIANT, "12 of 150 HQ staff are technical: 8.0% >= 8%",
                "HQ tech staff >= 8% of HQ headcount", "12 / 150 = 8.0%", "总部技术部门有员工12人；总部人员150人，占比8.0%。",
                null, staffDocs));
        fs.add(finding(c.get(1), Status.WAIVED, "waived until 2027-06-30", "job training for every technical post",
                "no training record", "", "豁免：新设岗位，监管同意于2027-06-30前完成（批准人：王总）", trainingDocs));
        fs.add(finding(c.get(2), Status.NOT_APPLICABLE, "the company has no machine room of its own (hosted)", "", "",
                "机房托管，由托管方负责门禁。", null, roomDocs));
        fs.add(finding(c.get(3), Status.INSUFFICIENT_DATA, "missing data: machineRooms[0].cctvRetentionDays", "", "not stated",
                "", null, cctvDocs));
        fs.add(finding(c.get(4), Status.COMPLIANT, "12 of 150 HQ staff are technical: 8.0% >= 8%",
                "HQ tech staff >= 8% of HQ headcount", "12 / 150 = 8.0%", "总部技术部门有员工12人；总部人员150人，占比8.0%。",
                null, staffDocs));
        fs.add(finding(c.get(5), Status.NON_COMPLIANT, HOSTILE_MESSAGE, "job training for every technical post",
                "-3 staff untrained, see T07", "", null, trainingDocs));
        fs.add(finding(c.get(6), Status.NOT_APPLICABLE, "the company has no machine room of its own (hosted)", "", "",
                "机房托管，由托管方负责门禁。", null, roomDocs));
        fs.add(finding(c.get(7), Status.NON_COMPLIANT, "video kept 45 days < 60 days", "video kept >= 60 days",
                "45 days", "机房录像保存45天，少于60天。", null, cctvDocs));
        return new Report(HOSTILE_COMPANY, "current", AS_OF, List.of(1, 2), 1, fs,
                Map.of(Report.ENGINE, "fitg 0.1.0", Report.CATALOG, "current@fixture0001",
                        Report.PROFILE_SHA256, "0f".repeat(32)));
    }

    /** The fixed report with two findings of the company's own controls (custom DRL). */
    static Report reportWithCustom() {
        Report r = report();
        List<Finding> custom = List.of(
                new Finding("ACME-IT-1", 0, "custom.ACME-IT-1", true, Status.NON_COMPLIANT,
                        "does not meet the requirement: expected >= 20 HQ technology staff; observed 12", ">= 20 HQ technology staff",
                        "12 HQ technology staff", List.of(), List.of(), "ACME-IT-1 at least 20 HQ technology staff",
                        "总部技术人员12人，公司内控要求不少于20人。", null, "总部技术部门人员不少于20人（公司内控）"),
                new Finding("ACME-HR-2", 0, "custom.ACME-HR-2", true, Status.COMPLIANT, "meets the requirement",
                        "0 unnamed entries", "0 unnamed", List.of(), List.of(), "ACME-HR-2 every roster entry names a person",
                        "", null));
        return new Report(r.company(), r.edition(), r.asOf(), r.classes(), r.achievedClass(), r.findings(),
                r.provenance(), custom);
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
