package io.fitg.rules.security;

import io.fitg.model.Identified;
import io.fitg.model.security.Host;
import io.fitg.rules.support.Tri;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * "Every X must …" over a list whose items may be out of scope, in scope, or of unknown scope.
 * An item out of scope is left out; an item in scope is its test's result; an item of unknown scope passes when its
 * test passes and is otherwise UNKNOWN (so removing a scope field never turns an undecided list into a passing
 * one). The list fails when any item fails, is UNKNOWN when any item is, and passes otherwise.
 * <p>
 * When no item is known to be in scope the clause's reading of "none in scope" applies
 * ({@link #eval(String, String, Eval)}): items of unknown scope then decide whether there is any, so the clause is
 * UNKNOWN unless "none" would pass as well (removing a scope field never makes a clause pass).
 */
public final class Items<T extends Identified> {
    private final List<T> known = new ArrayList<>();
    private final List<T> maybe = new ArrayList<>();
    private final Map<T, Eval> scopeOf = new IdentityHashMap<>();
    private final List<T> failing = new ArrayList<>();
    private final List<T> unknown = new ArrayList<>();
    private final List<String> failEn = new ArrayList<>();
    private final List<String> failZh = new ArrayList<>();
    private final List<String> unknownEn = new ArrayList<>();
    private final List<String> unknownZh = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();

    private Items() {
    }

    /** Evaluates every item; {@code scope} returns TRUE / FALSE / UNKNOWN with the field that decides it. */
    public static <T extends Identified> Items<T> of(List<T> items, Function<T, Eval> scope, Function<T, Eval> test) {
        Items<T> r = new Items<>();
        for (T item : items) {
            Eval s = scope.apply(item);
            if (s.t() == Tri.FALSE) {
                continue;
            }
            if (s.t() == Tri.UNKNOWN) {
                r.maybe.add(item);
                r.scopeOf.put(item, s);
            } else {
                r.known.add(item);
            }
            Eval t = test.apply(item);
            if (s.t() == Tri.UNKNOWN && t.t() != Tri.TRUE) {
                List<String> m = new ArrayList<>(s.missing());
                m.addAll(t.missing());
                List<String> e = new ArrayList<>(s.en());
                e.addAll(t.en());
                List<String> z = new ArrayList<>(s.zh());
                z.addAll(t.zh());
                t = new Eval(Tri.UNKNOWN, e, z, m);
            }
            String label = label(item);
            if (t.t() == Tri.FALSE) {
                r.failing.add(item);
                r.failEn.add(label + " (" + t.enText() + ")");
                r.failZh.add(label + "（" + t.zhText() + "）");
            } else if (t.t() == Tri.UNKNOWN) {
                r.unknown.add(item);
                r.missing.addAll(t.missing());
                r.unknownEn.add(label + " (" + t.enText() + ")");
                r.unknownZh.add(label + "（" + t.zhText() + "）");
            }
        }
        return r;
    }

    /** Every item is in scope. */
    public static <T extends Identified> Items<T> all(List<T> items, Function<T, Eval> test) {
        return of(items, i -> Eval.ok(), test);
    }

    static String label(Identified i) {
        if (i instanceof Host h) {
            return h.label();
        }
        return i.id() == null ? "(no id)" : i.id();
    }

    public Tri result() {
        if (!failing.isEmpty()) {
            return Tri.FALSE;
        }
        return unknown.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
    }

    /** Items not known to be out of scope (known to be in scope, then those of unknown scope). */
    public List<T> inScope() {
        List<T> all = new ArrayList<>(known);
        all.addAll(maybe);
        return all;
    }

    /** Items known to be in scope. */
    public List<T> known() {
        return known;
    }

    /** Items whose scope is not stated. */
    public List<T> maybe() {
        return maybe;
    }

    /** How many items are known to be in scope. */
    public int size() {
        return known.size();
    }

    public List<T> failing() {
        return failing;
    }

    public List<T> unknown() {
        return unknown;
    }

    /** The items to cite: the failing ones, else the unknown ones, else all not known to be out of scope. */
    public List<T> cited() {
        if (!failing.isEmpty()) {
            return failing;
        }
        return unknown.isEmpty() ? inScope() : unknown;
    }

    /** Labels of the items known to be in scope, comma-separated. */
    public String labels() {
        return String.join(", ", known.stream().map(Items::label).toList());
    }

    /** "; X (scope not stated) passes anyway" for the items of unknown scope that pass, or "". */
    public String maybeNote() {
        List<String> pass = maybe.stream().filter(m -> !failing.contains(m) && !unknown.contains(m))
                .map(Items::label).toList();
        return pass.isEmpty() ? "" : "; " + String.join(", ", pass) + " (scope not stated) "
                + (pass.size() == 1 ? "passes" : "pass") + " anyway";
    }

    /** "；X（范围未说明）亦符合" for the items of unknown scope that pass, or "". */
    public String maybeNoteZh() {
        List<String> pass = maybe.stream().filter(m -> !failing.contains(m) && !unknown.contains(m))
                .map(Items::label).toList();
        return pass.isEmpty() ? "" : "；" + String.join("、", pass) + "（是否属于范围未说明）亦符合要求";
    }

    /**
     * This list as one part of a clause: {@code what} names the items in English ("production servers"),
     * {@code zhWhat} in Chinese (生产环境服务器).
     */
    public Eval eval(String what, String zhWhat) {
        int n = known.size() + maybe.size();
        return switch (result()) {
            case TRUE -> Eval.ok();
            case FALSE -> new Eval(Tri.FALSE,
                    List.of(failing.size() + " of " + n + " " + what + " fail: " + String.join("; ", failEn)),
                    List.of(zhWhat + "共" + n + "项，其中" + failing.size() + "项不符合：" + String.join("；", failZh)),
                    List.of());
            case UNKNOWN -> new Eval(Tri.UNKNOWN,
                    List.of(unknown.size() + " of " + n + " " + what + " cannot be decided: "
                            + String.join("; ", unknownEn)),
                    List.of(zhWhat + "共" + n + "项，其中" + unknown.size() + "项信息不全：" + String.join("；", unknownZh)),
                    missing);
        };
    }

    /**
     * As {@link #eval(String, String)}, with {@code whenNone} the clause's result when no item is in scope. When no
     * item is known to be in scope but some are of unknown scope, those decide whether there is any: the result is
     * {@code whenNone} only when it passes anyway (the items of unknown scope are then judged as usual), otherwise
     * UNKNOWN, naming the scope fields.
     */
    public Eval eval(String what, String zhWhat, Eval whenNone) {
        if (!known.isEmpty()) {
            return eval(what, zhWhat);
        }
        if (maybe.isEmpty()) {
            return whenNone;
        }
        if (whenNone.passes()) {
            return eval(what, zhWhat);
        }
        List<String> m = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (T t : maybe) {
            Eval s = scopeOf.get(t);
            m.addAll(s.missing());
            en.add(label(t) + " (" + s.enText() + ")");
            zh.add(label(t) + "（" + s.zhText() + "）");
        }
        m.addAll(missing);
        return new Eval(Tri.UNKNOWN,
                List.of("no entry is known to be one of the " + what + "; " + String.join("; ", en)
                        + " might be, and without one: " + whenNone.enText()),
                List.of("没有确定属于" + zhWhat + "的项目：" + String.join("；", zh)),
                m.stream().distinct().toList());
    }
}
