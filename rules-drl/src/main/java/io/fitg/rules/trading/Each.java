package io.fitg.rules.trading;

import io.fitg.model.Identified;
import io.fitg.rules.support.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * "Every X must …" checks over a list of items: a failing item makes the clause NON_COMPLIANT even when another
 * item's data is missing; otherwise a missing item makes it INSUFFICIENT_DATA. Cites the offending items.
 * <p>
 * A stated list with no item in scope is never missing data (P9): by default the clause is NON_COMPLIANT, because
 * the guideline presumes every futures company has what it is about (a trading system, core systems, exchange
 * memberships and links, network devices connecting to the exchanges…) and the clause requires it; clauses about
 * "every X" of something a company may lack are met ({@link #vacuous()}). Items whose scope field is not stated
 * might be in scope: when none is known to be, they decide whether there is any, so the clause is
 * INSUFFICIENT_DATA naming the scope fields, unless "none" would be met anyway.
 */
public final class Each<T extends Identified> {
    /** What a stated list with no item in scope means for the clause. */
    enum WhenNone {
        /** The clause requires such an item: NON_COMPLIANT. */
        FAILS,
        /** "Every X" of something a company may lack: met, observed saying there is none. */
        VACUOUS,
        /** A disagreement or a condition not stated: INSUFFICIENT_DATA naming {@code noneMissing}. */
        MISSING
    }

    private final List<T> items;
    private final String path;
    private Function<T, Boolean> scope = t -> Boolean.TRUE;
    private String scopeField = "";
    private String scopeEn = "item";
    private String scopeZh = "";
    private Function<T, String> zhName = t -> String.valueOf(t.id());
    private String okEn = "";
    private WhenNone whenNone = WhenNone.FAILS;
    private String noneEn;
    private String noneZh;
    private String noneMissing;

    private Each(List<T> items, String path) {
        this.items = items;
        this.path = path;
    }

    /** The items of the profile list at {@code path} (e.g. {@code trading.systems}). */
    public static <T extends Identified> Each<T> of(List<T> items, String path) {
        return new Each<>(items, path);
    }

    /** Which items the clause is about; null = unknown (then {@code field} is named as missing). */
    public Each<T> scope(Function<T, Boolean> inScope, String field, String en, String zh) {
        this.scope = inScope;
        this.scopeField = field;
        this.scopeEn = en;
        this.scopeZh = zh;
        return this;
    }

    public Each<T> zhName(Function<T, String> name) {
        this.zhName = name;
        return this;
    }

    /** What every item does when compliant, for the observed text ("separate data from the application"). */
    public Each<T> ok(String en) {
        this.okEn = en;
        return this;
    }

    /** No item in scope is NON_COMPLIANT (the default: the clause requires the items). */
    public Each<T> emptyFails() {
        this.whenNone = WhenNone.FAILS;
        return this;
    }

    /** No item in scope meets the clause: there is nothing to fail it. */
    public Each<T> vacuous() {
        this.whenNone = WhenNone.VACUOUS;
        return this;
    }

    /** No item in scope is INSUFFICIENT_DATA for {@code missing}, with these observations. */
    public Each<T> noneMissing(String missing, String en, String zh) {
        this.whenNone = WhenNone.MISSING;
        this.noneMissing = missing;
        this.noneEn = en;
        this.noneZh = zh;
        return this;
    }

    private String noneObserved() {
        String what = items.isEmpty() ? path + " is empty" : "no " + scopeEn + " among the " + items.size()
                + " entries of " + path;
        return switch (whenNone) {
            case FAILS -> what + ": the " + scopeEn + " the clause requires is not there";
            case VACUOUS -> what + ": nothing to fail the clause";
            case MISSING -> noneEn;
        };
    }

    private String noneSituation() {
        String what = items.isEmpty() ? "清单为空" : "未列出" + scopeZh;
        return switch (whenNone) {
            case FAILS -> what + "，本条要求的" + scopeZh + "不存在。";
            case VACUOUS -> what + "，没有不符合的对象。";
            case MISSING -> noneZh;
        };
    }

    /** Evaluates every item with {@code eval} and decides {@code c}. */
    public Check decide(Check c, Function<T, Eval> eval) {
        if (items == null) {
            return c.observed(path + " not stated").situation("未提供" + scopeZh + "情况。").insufficient(path);
        }
        List<T> pass = new ArrayList<>();
        List<T> fail = new ArrayList<>();
        List<T> unknown = new ArrayList<>();
        List<T> maybePass = new ArrayList<>();
        List<String> failTexts = new ArrayList<>();
        List<String> unknownTexts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> scopeMissing = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        int inScope = 0;
        for (T t : items) {
            Boolean sc = scope.apply(t);
            if (Boolean.FALSE.equals(sc)) {
                continue;
            }
            Eval e = eval.apply(t);
            if (sc == null) {
                scopeMissing.add(path + "[" + t.id() + "]." + scopeField);
                if (e.tri() != Tri.TRUE) {
                    unknown.add(t);
                    missing.add(path + "[" + t.id() + "]." + scopeField);
                    unknownTexts.add(t.id() + ": " + scopeField + " not stated (it may be a " + scopeEn
                            + (e.tri() == Tri.FALSE ? ", and " + String.join(", ", e.failEn()) : "") + ")");
                    zh.add(zhName.apply(t) + "：未说明是否属于" + scopeZh);
                } else {
                    maybePass.add(t);
                }
                continue;
            }
            inScope++;
            zh.add(zhName.apply(t) + "：" + e.zhText());
            switch (e.tri()) {
                case TRUE -> pass.add(t);
                case FALSE -> {
                    fail.add(t);
                    failTexts.add(t.id() + ": " + String.join(", ", e.failEn()));
                }
                case UNKNOWN -> {
                    unknown.add(t);
                    unknownTexts.add(t.id() + ": " + e.missingText());
                    for (String m : e.missing()) {
                        // fields of other lists are named with their full path
                        missing.add(m.startsWith("trading.") || m.startsWith("company.") ? m
                                : path + "[" + t.id() + "]." + m);
                    }
                }
            }
        }
        if (inScope == 0) {
            if (unknown.isEmpty() && maybePass.isEmpty()) {
                c.observed(noneObserved()).situation(noneSituation());
                return switch (whenNone) {
                    case FAILS -> c.nonCompliant();
                    case VACUOUS -> c.compliant();
                    case MISSING -> c.insufficient(noneMissing);
                };
            }
            if (whenNone != WhenNone.VACUOUS || !unknown.isEmpty()) {
                // the items of unknown scope decide whether there is any
                List<String> m = new ArrayList<>(scopeMissing);
                m.addAll(missing);
                List<T> cite = new ArrayList<>(unknown);
                cite.addAll(maybePass);
                for (T t : maybePass) {
                    unknownTexts.add(t.id() + ": " + scopeField + " not stated (it may be a " + scopeEn + ")");
                    zh.add(zhName.apply(t) + "：未说明是否属于" + scopeZh);
                }
                return c.facts(cite).observed("no entry of " + path + " is known to be a " + scopeEn + "; "
                                + String.join("; ", unknownTexts))
                        .situation(String.join("；", zh) + "。").insufficient(String.join(", ", m.stream().distinct().toList()));
            }
            return c.facts(maybePass).observed("no entry of " + path + " is known to be a " + scopeEn + "; "
                            + Each.ids(maybePass) + " (" + scopeField + " not stated) " + okEn + " anyway")
                    .situation("未列出" + scopeZh + "。").compliant();
        }
        c.situation(String.join("；", zh) + "。");
        if (!fail.isEmpty()) {
            return c.facts(fail).observed(String.join("; ", failTexts)).nonCompliant();
        }
        if (!unknown.isEmpty()) {
            return c.facts(unknown).observed(String.join("; ", unknownTexts)
                    + (pass.isEmpty() ? "" : "; " + okEn + ": " + ids(pass))).insufficient(String.join(", ", missing));
        }
        return c.facts(pass).observed("all " + scopeEn + "s (" + pass.size() + ": " + ids(pass) + ") " + okEn
                + (maybePass.isEmpty() ? "" : "; " + ids(maybePass) + " (" + scopeField + " not stated) " + okEn
                + " anyway")).compliant();
    }

    /** Decides with a Boolean test: TRUE passes, FALSE fails with {@code failEn}/{@code failZh}, null misses {@code field}. */
    public Check decide(Check c, Function<T, Boolean> test, String field, String okZh, String failEn, String failZh) {
        return decide(c, t -> {
            Boolean b = test.apply(t);
            Eval e = new Eval();
            if (b == null) {
                return e.missing(field);
            }
            return b ? e.zh(okZh) : e.fail(failEn, failZh);
        });
    }

    static String ids(List<? extends Identified> xs) {
        List<String> out = new ArrayList<>();
        for (Identified x : xs) {
            out.add(String.valueOf(x.id()));
        }
        return String.join(", ", out);
    }
}
