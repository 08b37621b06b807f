package io.fitg.rules.management;

import io.fitg.model.common.DocumentRecord;
import io.fitg.model.management.Contact;
import io.fitg.model.management.Management;
import io.fitg.model.management.SelectionEvaluation;
import io.fitg.model.management.ServiceProvider;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** IT service provider checks of chapter x.1 (x.1.4), judged provider by provider. */
public final class Providers {
    private Providers() {
    }

    /** A per-provider test, its English and Chinese wording, and the fields that decide it. */
    private static Result each(Management m, List<ServiceProvider> scope, Function<ServiceProvider, Tri> test,
                               Result r, String zhWhat, String missing) {
        List<String> failing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (ServiceProvider p : scope) {
            Tri t = test.apply(p);
            String name = Objects.requireNonNullElse(p.id(), Objects.requireNonNullElse(p.name(), "(no id)"));
            if (t == Tri.FALSE) {
                failing.add(name);
            } else if (t == Tri.UNKNOWN) {
                unknown.add(name);
            }
        }
        int ok = scope.size() - failing.size() - unknown.size();
        r.observed(ok + " of " + scope.size() + " providers"
                        + (failing.isEmpty() ? "" : "; failing: " + Texts.list(failing))
                        + (unknown.isEmpty() ? "" : "; not stated: " + Texts.list(unknown)))
                .situation(scope.size() + "家服务提供商中" + ok + "家" + zhWhat
                        + (failing.isEmpty() ? "" : "；不符合的：" + Texts.zhList(failing)) + "。")
                .facts(failing.isEmpty() ? unknown : failing)
                .over(scope);
        Tri t = !failing.isEmpty() ? Tri.FALSE : unknown.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        return r.decide(t, missing);
    }

    /**
     * {@code providers: []}. x.1.4.1, x.1.4.3, x.1.4.4 and x.1.4.5 state no condition (the guideline never writes
     * "使用信息技术服务提供商的"), so they are never NOT_APPLICABLE: with no provider there is no service agreement,
     * contact, selection evaluation or quality evaluation to show, and the clause is not met.
     */
    private static Result noProviders(Result r) {
        return r.observed("no IT service providers listed, so none of what the clause requires is shown; the clause "
                        + "has no condition that would exempt the company")
                .situation("公司未列出信息技术服务提供商；本条未设适用条件，不能豁免。")
                .over("management.providers").decide(false);
    }

    // ---------------------------------------------------------------- x.1.4.1

    /** x.1.4.1: every provider has a service agreement in force on the as-of date. */
    public static Result serviceAgreements(Management m, LocalDate asOf) {
        Result r = Result.expect("a service agreement (服务保障协议) in force on " + asOf + " with every IT service provider");
        if (m.providers() == null) {
            return r.insufficient("management.providers");
        }
        if (m.providers().isEmpty()) {
            return noProviders(r);
        }
        return each(m, m.providers(), p -> Docs.anyInForce(p.serviceAgreements(), asOf), r,
                "签订了有效的服务保障协议", "management.providers[].serviceAgreements");
    }

    // ---------------------------------------------------------------- x.1.4.2

    /** x.1.4.2: every provider of a core system has a confidentiality agreement in force. */
    public static Result coreConfidentiality(Management m, LocalDate asOf) {
        Result r = Result.expect("a confidentiality agreement (保密协议) in force with every core-system provider");
        if (m.providers() == null) {
            return r.insufficient("management.providers");
        }
        List<ServiceProvider> core = m.providers().stream().filter(p -> Calc.yes(p.coreSystem())).toList();
        List<ServiceProvider> unknownCore = m.providers().stream().filter(p -> p.coreSystem() == null).toList();
        if (core.isEmpty() && unknownCore.isEmpty()) {
            // no condition of its own (P9): with no core-system provider there is no agreement to sign, so it is
            // met, as x.3.1.9 is met when every core system is developed in house
            return r.observed("no provider of a core system: none to sign a confidentiality agreement with")
                    .situation("公司核心系统无外部服务提供商，无需签署保密协议。").facts(m.providers()).over("management.providers").decide(true);
        }
        List<ServiceProvider> unknownWithout = unknownCore.stream()
                .filter(p -> Docs.anyInForce(p.confidentialityAgreements(), asOf) != Tri.TRUE).toList();
        if (core.isEmpty()) {
            // no provider is known to be a core-system one; those not stated might be
            List<String> names = unknownCore.stream().map(Providers::name).toList();
            r.observed("no provider stated to provide a core system; coreSystem not stated for " + Texts.list(names)
                            + (unknownWithout.isEmpty() ? ", each with a confidentiality agreement in force"
                            : ", without a confidentiality agreement in force: "
                            + Texts.list(unknownWithout.stream().map(Providers::name).toList())))
                    .situation("未说明" + Texts.zhList(names) + "是否为核心系统服务提供商"
                            + (unknownWithout.isEmpty() ? "，均已签署有效的保密协议" : "") + "。");
            if (unknownWithout.isEmpty()) {
                // whichever of them are core providers, each has its agreement
                return r.facts(unknownCore).decide(true);
            }
            return r.facts(unknownWithout).insufficient(String.join(", ", unknownWithout.stream()
                    .map(p -> "management.providers[" + name(p) + "].coreSystem").toList()));
        }
        Result out = each(m, core, p -> Docs.anyInForce(p.confidentialityAgreements(), asOf), r,
                "核心系统服务提供商签署了保密协议", "management.providers[].confidentialityAgreements");
        if (out.status() == io.fitg.api.Status.COMPLIANT && !unknownWithout.isEmpty()) {
            // a provider not stated to be core or not might be a core one without an agreement
            return out.observed(out.observed() + "; coreSystem not stated for "
                            + Texts.list(unknownWithout.stream().map(Providers::name).toList())
                            + ", without a confidentiality agreement in force")
                    .facts(unknownWithout).insufficient(String.join(", ", unknownWithout.stream()
                            .map(p -> "management.providers[" + name(p) + "].coreSystem").toList()));
        }
        return out;
    }

    private static String name(ServiceProvider p) {
        return Objects.requireNonNullElse(p.id(), Objects.requireNonNullElse(p.name(), "(no id)"));
    }

    // ---------------------------------------------------------------- x.1.4.3

    /** A contact is usable: a name and a phone number. */
    public static boolean usable(Contact c) {
        return c != null && c.name() != null && !c.name().isBlank() && c.phone() != null && !c.phone().isBlank();
    }

    /** x.1.4.3: every provider has at least one contact with a name and a phone number. */
    public static Result contacts(Management m, LocalDate asOf) {
        Result r = Result.expect("a named contact with a phone number for every IT service provider");
        if (m.providers() == null) {
            return r.insufficient("management.providers");
        }
        if (m.providers().isEmpty()) {
            return noProviders(r);
        }
        return each(m, m.providers(), p -> p.contacts() == null ? Tri.UNKNOWN
                        : Tri.of(p.contacts().stream().anyMatch(Providers::usable)), r,
                "有准确的联系人及电话", "management.providers[].contacts");
    }

    // ---------------------------------------------------------------- x.1.4.4

    /** The selection evaluation covers all six factors and is dated by {@code asOf}. */
    public static Tri selectionEvaluated(SelectionEvaluation e, LocalDate asOf) {
        return selectionEvaluated(e, asOf, Vocab.SELECTION_FACTORS);
    }

    /** The selection evaluation covers {@code required} factors and is dated by {@code asOf}. */
    public static Tri selectionEvaluated(SelectionEvaluation e, LocalDate asOf, List<String> required) {
        if (e == null) {
            return Tri.UNKNOWN;
        }
        Tri factors = e.factors() == null ? Tri.UNKNOWN
                : Tri.of(required.stream().allMatch(f -> Vocab.has(e.factors(), f)));
        Tri dated = e.date() == null ? Tri.UNKNOWN : Tri.of(!e.date().isAfter(asOf));
        return factors.and(dated);
    }

    /** The factors a selection evaluation left out. */
    public static List<String> missingFactors(SelectionEvaluation e) {
        return missingFactors(e, Vocab.SELECTION_FACTORS);
    }

    static List<String> missingFactors(SelectionEvaluation e, List<String> required) {
        if (e == null || e.factors() == null) {
            return List.of();
        }
        return required.stream().filter(f -> !Vocab.has(e.factors(), f)).toList();
    }

    /**
     * x.1.4.4: every provider was evaluated at selection on qualification, conduct, track record, service system,
     * service quality and violations.
     */
    public static Result selection(Management m, LocalDate asOf) {
        return selection(m, asOf, true);
    }

    /**
     * As above; with {@code violations} false the evaluation need not cover violations (违法违规), a factor the earlier
     * edition's 4.1.4.4 does not name.
     */
    public static Result selection(Management m, LocalDate asOf, boolean violations) {
        List<String> required = violations ? Vocab.SELECTION_FACTORS
                : Vocab.SELECTION_FACTORS.stream().filter(f -> !"violations".equals(f)).toList();
        Result r = Result.expect("a selection evaluation of every provider covering qualification, conduct, track "
                + "record, service system" + (violations ? ", service quality and violations" : " and service quality"));
        if (m.providers() == null) {
            return r.insufficient("management.providers");
        }
        if (m.providers().isEmpty()) {
            return noProviders(r);
        }
        Result out = each(m, m.providers(), p -> selectionEvaluated(p.selectionEvaluation(), asOf, required), r,
                violations ? "选择时评估了资质、经营行为、业绩、服务体系、服务品质和违法违规等要素"
                        : "选择时评估了资质、经营行为、业绩、服务体系和服务品质等要素",
                "management.providers[].selectionEvaluation (date, factors)");
        List<String> gaps = new ArrayList<>();
        for (ServiceProvider p : m.providers()) {
            List<String> mf = missingFactors(p.selectionEvaluation(), required);
            if (!mf.isEmpty()) {
                gaps.add(p.id() + " without " + String.join("/", mf));
            }
        }
        if (!gaps.isEmpty()) {
            out.observed(out.observed() + "; " + Texts.list(gaps));
        }
        return out;
    }

    // ---------------------------------------------------------------- x.1.4.5

    /** The earliest issue date among a provider's service agreements (when the engagement began). */
    public static Optional<LocalDate> engagedSince(ServiceProvider p) {
        if (p.serviceAgreements() == null) {
            return Optional.empty();
        }
        return p.serviceAgreements().stream().map(DocumentRecord::issued).filter(Objects::nonNull).min(LocalDate::compareTo);
    }

    /**
     * One provider's quality evaluated within the last year. A provider engaged less than a year before the as-of
     * date (its first service agreement) is not yet due.
     */
    public static Tri qualityEvaluated(ServiceProvider p, LocalDate asOf) {
        Tri recent = Docs.doneWithin(p.qualityEvaluations(), asOf, Organisation.YEARLY);
        if (recent == Tri.TRUE) {
            return Tri.TRUE;
        }
        Optional<LocalDate> since = engagedSince(p);
        if (since.isPresent() && since.get().isAfter(asOf.minus(Organisation.YEARLY))) {
            return Tri.TRUE;
        }
        return recent;
    }

    /** x.1.4.5: every provider's service quality evaluated within the last year. */
    public static Result quality(Management m, LocalDate asOf) {
        Result r = Result.expect("a service-quality evaluation of every provider within the year to " + asOf
                + " (providers engaged less than a year: not yet due)");
        if (m.providers() == null) {
            return r.insufficient("management.providers");
        }
        if (m.providers().isEmpty()) {
            return noProviders(r);
        }
        return each(m, m.providers(), p -> qualityEvaluated(p, asOf), r,
                "近一年内进行了服务质量评估", "management.providers[].qualityEvaluations");
    }
}
