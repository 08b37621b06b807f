package io.fitg.rules.trading;

import io.fitg.model.Identified;
import io.fitg.rules.support.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * "Every X must …" checks over a list of items: a failing item makes the clause NON_COMPLIANT even when another
 * item's data is missing; otherwise a missing item makes it INSUFFICIENT_DATA; no item in scope at all is
 * INSUFFICIENT_DATA (or NON_COMPLIANT where the list itself is what the clause asks for). Cites the offending
 * items.
 */
public final class Each<T extends Identified> {
    private final List<T> items;
    private final String path;
    private Function<T, Boolean> scope = t -> Boolean.TRUE;
    private String scopeField = "";
    private String scopeEn = "item";
    private String scopeZh = "";
    private Function<T, String> zhName = t -> String.valueOf(t.id());
    private String okEn = "";
    private boolean emptyFails;

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

    /** An empty scope is NON_COMPLIANT rather than INSUFFICIENT_DATA (the clause asks for the list itself). */
    public Each<T> emptyFails() {
        this.emptyFails = true;
        return this;
    }

    /** Evaluates every item with {@code eval} and decides {@code c}. */
    public Check decide(Check c, Function<T, Eval> eval) {
        if (items == null) {
            return c.observed(path + " not stated").situation("未提供" + scopeZh + "情况。").insufficient(path);
        }
        List<T> pass = new ArrayList<>();
        List<T> fail = new ArrayList<>();
        List<T> unknown = new ArrayList<>();
        List<String> failTexts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        int inScope = 0;
        for (T t : items) {
            Boolean sc = scope.apply(t);
            if (Boolean.FALSE.equals(sc)) {
                continue;
            }
            Eval e = eval.apply(t);
            if (sc == null) {
                if (e.tri() != Tri.TRUE) {
                    unknown.add(t);
                    missing.add(path + "[" + t.id() + "]." + scopeField);
                    zh.add(zhName.apply(t) + "未说明是否属于" + scopeZh);
                }
                continue;
            }
            inScope++;
            zh.add(zhName.apply(t) + e.zhText());
            switch (e.tri()) {
                case TRUE -> pass.add(t);
                case FALSE -> {
                    fail.add(t);
                    failTexts.add(t.id() + ": " + String.join(", ", e.failEn()));
                }
                case UNKNOWN -> {
                    unknown.add(t);
                    for (String m : e.missing()) {
                        // fields of other lists are named with their full path
                        missing.add(m.startsWith("trading.") ? m : path + "[" + t.id() + "]." + m);
                    }
                }
            }
        }
        if (inScope == 0 && unknown.isEmpty()) {
            c.observed("no " + scopeEn + " listed in " + path).situation("未列出" + scopeZh + "。");
            return emptyFails ? c.nonCompliant() : c.insufficient(path + " (no " + scopeEn + ")");
        }
        c.situation(String.join("；", zh) + "。");
        if (!fail.isEmpty()) {
            return c.facts(fail).observed(String.join("; ", failTexts)).nonCompliant();
        }
        if (!unknown.isEmpty()) {
            return c.facts(unknown).observed("not stated for " + ids(unknown)
                    + (pass.isEmpty() ? "" : "; " + okEn + ": " + ids(pass))).insufficient(String.join(", ", missing));
        }
        return c.facts(pass).observed("all " + scopeEn + "s (" + pass.size() + ": " + ids(pass) + ") " + okEn)
                .compliant();
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
