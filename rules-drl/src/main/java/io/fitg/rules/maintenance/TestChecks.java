package io.fitg.rules.maintenance;

import io.fitg.model.maintenance.Maintenance;
import io.fitg.model.maintenance.ProductionTest;
import io.fitg.model.maintenance.TestDataset;
import io.fitg.model.maintenance.TestEnvironment;
import io.fitg.model.maintenance.Testing;
import io.fitg.rules.maintenance.Common.When;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** x.7.1 测试管理: test policy, test owner, separate test environments, test data. */
public final class TestChecks {
    static final String T = "maintenance.testing";

    private TestChecks() {
    }

    private static Check missing(String expected) {
        return Check.insufficient(T, expected, T + " not stated", "未提供测试管理资料。", List.of(T));
    }

    // x.7.1.8/9/10 应建立信息系统软硬件测试管理制度和流程，规范各类系统软硬件上线前的测试。
    public static Check policy(Maintenance m, LocalDate asOf) {
        String expected = "a test management policy and process for testing system software and hardware before go-live";
        if (m.testing() == null) {
            return missing(expected);
        }
        return Common.documentCheck(m.testing().policies(), T + ".policies", asOf, expected,
                "信息系统软硬件测试管理制度和流程");
    }

    // x.7.1.10/11 应有专人负责系统测试计划、组织、实施和记录，并对参与测试的各方进行统筹协调。
    public static Check owner(Maintenance m, LocalDate asOf) {
        return owner(m, asOf, List.of());
    }

    /** As above; {@code management} holds the Management section, if stated, whose staff roster the owner must be on. */
    public static Check owner(Maintenance m, LocalDate asOf, Collection<?> management) {
        String expected = "a named person in charge of planning, organising, carrying out and recording system "
                + "tests and coordinating the parties, holding the role on " + asOf + ", on the staff roster and in post";
        if (m.testing() == null) {
            return missing(expected);
        }
        return Common.appointed(m.testing().owners(), T + ".owners", asOf, expected, "系统测试",
                People.roster(management));
    }

    private static Boolean both(Boolean a, Boolean b) {
        Tri t = Tri.of(a).and(Tri.of(b));
        return t == Tri.UNKNOWN ? null : t == Tri.TRUE;
    }

    // x.7.1.9/11/12 应在独立于生产环境的测试环境中进行技术和业务测试，因业务需要使用生产环境进行测试的，应纳入变更管理流程。
    public static Check environment(Maintenance m, LocalDate asOf) {
        return environment(m, asOf, true);
    }

    /**
     * As above; with {@code productionTests} false only the separate test environment is asked for (the earlier
     * edition's 4.7.1.10: 进行与核心系统相关的开发工作时，应避免在生产环境上进行日常测试; its 4.7.1.11 asks for the
     * production tests separately, see {@link #productionTestsUnderChange}).
     */
    public static Check environment(Maintenance m, LocalDate asOf, boolean productionTests) {
        String expected = "technical and business tests run in a test environment separate from production"
                + (productionTests ? ", and every test in production run under a change request" : "");
        Testing t = m.testing();
        if (t == null) {
            return missing(expected);
        }
        List<String> missing = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        Tri tech;
        Tri bus;
        String envEn;
        String envZh;
        if (t.environments() == null) {
            tech = Tri.UNKNOWN;
            bus = Tri.UNKNOWN;
            missing.add(T + ".environments");
            envEn = "test environments not stated";
            envZh = "未提供测试环境资料";
        } else {
            tech = Tri.any(t.environments(), e -> both(e.separateFromProduction(), e.technicalTesting()));
            bus = Tri.any(t.environments(), e -> both(e.separateFromProduction(), e.businessTesting()));
            if (tech == Tri.UNKNOWN || bus == Tri.UNKNOWN) {
                missing.add(T + ".environments[].separateFromProduction/technicalTesting/businessTesting");
            }
            List<String> sep = t.environments().stream().filter(e -> Boolean.TRUE.equals(e.separateFromProduction()))
                    .map(e -> e.name() == null ? e.id() : e.name()).toList();
            envEn = t.environments().size() + " test environment(s), separate from production: "
                    + (sep.isEmpty() ? "none" : String.join(", ", sep))
                    + "; technical tests in a separate one: " + yn(tech) + "; business tests in a separate one: " + yn(bus);
            envZh = "测试环境" + t.environments().size() + "个，独立于生产环境的："
                    + (sep.isEmpty() ? "无" : String.join("、", sep))
                    + "；技术测试" + zh(tech) + "在独立测试环境进行，业务测试" + zh(bus) + "在独立测试环境进行";
            if (tech != Tri.TRUE || bus != Tri.TRUE) {
                facts.addAll(t.environments());
            }
        }
        if (!productionTests) {
            if (facts.isEmpty()) {
                facts.add(T);
            }
            return Check.of(tech.and(bus), expected, envEn, envZh + "。", String.join(", ", missing), facts);
        }
        Tally pt = new Tally();
        String prodEn;
        String prodZh;
        if (t.productionTests() == null) {
            missing.add(T + ".productionTests");
            prodEn = "tests in production not stated";
            prodZh = "未说明是否在生产环境进行测试";
        } else {
            for (ProductionTest p : t.productionTests()) {
                if (p.date() != null && p.date().isAfter(asOf)) {
                    continue;
                }
                pt.add(p, Common.step(p.changeRequest(), p.date(), When.ANY, false, asOf, "change request",
                        "变更申请", T + ".productionTests[" + p.id() + "].changeRequest"));
            }
            if (pt.tri() == Tri.UNKNOWN) {
                missing.add(pt.missingPaths());
            }
            prodEn = pt.checked + " test(s) in production, " + pt.passed() + " under change management"
                    + (pt.tri() == Tri.TRUE ? "" : "; " + pt.problemsEn());
            prodZh = "因业务需要在生产环境测试" + pt.checked + "次，" + pt.passed() + "次纳入变更管理流程"
                    + (pt.tri() == Tri.TRUE ? "" : "；" + pt.problemsZh());
            facts.addAll(pt.facts());
        }
        Tri prod = t.productionTests() == null ? Tri.UNKNOWN : pt.tri();
        Tri all = tech.and(bus).and(prod);
        if (facts.isEmpty()) {
            facts.add(T);
        }
        return Check.of(all, expected, envEn + "; " + prodEn, envZh + "；" + prodZh + "。", String.join(", ", missing),
                facts);
    }

    private static String yn(Tri t) {
        return t == Tri.TRUE ? "yes" : t == Tri.FALSE ? "no" : "not stated";
    }

    private static String zh(Tri t) {
        return t == Tri.TRUE ? "" : t == Tri.FALSE ? "未" : "未说明是否";
    }

    // x.7.1.10/12/13 应对测试所使用的客户信息进行数据脱敏，因业务需要使用未脱敏数据进行测试的，应采取数据使用授权、操作审计等安全控制措施防止客户信息泄露。
    public static Check dataMasking(Maintenance m, LocalDate asOf) {
        String expected = "customer information in test data desensitised; unmasked customer data used only with "
                + "a use authorisation and an operation audit";
        Testing t = m.testing();
        if (t == null || t.datasets() == null) {
            String p = t == null ? T : T + ".datasets";
            return Check.insufficient(p, expected, p + " not stated", "未提供测试数据资料。", List.of(p));
        }
        Tally tally = new Tally();
        int masked = 0;
        int unmasked = 0;
        for (TestDataset d : t.datasets()) {
            String p = T + ".datasets[" + d.id() + "]";
            if (Boolean.FALSE.equals(d.customerData())) {
                continue;
            }
            if (Boolean.TRUE.equals(d.masked())) {
                if (d.customerData() != null) {
                    masked++;
                    tally.add(d, Judged.ok());
                }
                continue;
            }
            if (d.customerData() == null) {
                tally.add(d, Judged.unknown("not stated whether it holds customer information",
                        "未说明是否含客户信息", p + ".customerData"));
                continue;
            }
            if (d.masked() == null) {
                tally.add(d, Judged.unknown("not stated whether it is desensitised", "未说明是否脱敏", p + ".masked"));
                continue;
            }
            unmasked++;
            tally.add(d, Common.step(d.authorisation(), null, When.ANY, false, asOf, "use authorisation",
                    "数据使用授权", p + ".authorisation")
                    .and(Common.step(d.audit(), null, When.ANY, false, asOf, "operation audit", "操作审计",
                            p + ".audit")));
        }
        if (tally.checked == 0) {
            // 测试所使用的客户信息 is the clause's object, not a condition: with none there is nothing to desensitise
            return Check.vacuous(expected, t.datasets().size() + " test data set(s), none with customer information: "
                            + "nothing to desensitise",
                    "测试数据" + t.datasets().size() + "组，均不含客户信息，无需脱敏。", List.of(T + ".datasets"));
        }
        String obs = (masked + unmasked) + " test data set(s) with customer information: " + masked
                + " desensitised, " + unmasked + " not desensitised"
                + (tally.tri() == Tri.TRUE ? (unmasked > 0 ? " (with use authorisation and operation audit)" : "")
                : "; " + tally.problemsEn());
        String zh = "含客户信息的测试数据" + (masked + unmasked) + "组，已脱敏" + masked + "组，未脱敏" + unmasked + "组"
                + (tally.tri() == Tri.TRUE ? (unmasked > 0 ? "（已履行数据使用授权并进行操作审计）。" : "。")
                : "；" + tally.problemsZh() + "。");
        return Check.of(tally.tri(), expected, obs, zh, tally.missingPaths(),
                tally.tri() == Tri.TRUE ? List.of(T + ".datasets") : tally.facts());
    }

    /**
     * The earlier edition's 4.7.1.11 (earlier only) 如果需要使用生产环境进行测试，应纳入变更管理。 Every test run in
     * production up to {@code asOf} went through change management; NOT_APPLICABLE when no test was run in production
     * (the clause's own condition).
     */
    public static Check productionTestsUnderChange(Maintenance m, LocalDate asOf) {
        String expected = "every test run in the production environment brought under change management";
        Testing t = m.testing();
        if (t == null) {
            return missing(expected);
        }
        if (t.productionTests() == null) {
            return Check.of(Tri.UNKNOWN, expected, "tests in production not stated", "未说明是否在生产环境进行测试。",
                    T + ".productionTests", List.of(T));
        }
        Tally pt = new Tally();
        for (ProductionTest p : t.productionTests()) {
            if (p.date() != null && p.date().isAfter(asOf)) {
                continue;
            }
            pt.add(p, Common.step(p.changeRequest(), p.date(), When.ANY, false, asOf, "change request",
                    "变更申请", T + ".productionTests[" + p.id() + "].changeRequest"));
        }
        if (pt.checked == 0) {
            return Check.notApplicable("no test was run in the production environment (如果需要使用生产环境进行测试)",
                    expected, "no test in production up to " + asOf, "未在生产环境进行测试，本条不适用。",
                    List.of(T + ".productionTests"));
        }
        List<Object> facts = new ArrayList<>(pt.facts());
        if (facts.isEmpty()) {
            facts.add(T + ".productionTests");
        }
        return Check.of(pt.tri(), expected, pt.checked + " test(s) in production, " + pt.passed()
                        + " under change management" + (pt.tri() == Tri.TRUE ? "" : "; " + pt.problemsEn()),
                "在生产环境测试" + pt.checked + "次，" + pt.passed() + "次纳入变更管理"
                        + (pt.tri() == Tri.TRUE ? "" : "；" + pt.problemsZh()) + "。",
                pt.missingPaths(), facts);
    }
}
