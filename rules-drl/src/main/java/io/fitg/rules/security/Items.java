package io.fitg.rules.security;

import io.fitg.model.Identified;
import io.fitg.model.security.Host;
import io.fitg.rules.support.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * "Every X must …" over a list whose items may be out of scope, in scope, or of unknown scope.
 * An item out of scope is left out; an item in scope is its test's result; an item of unknown scope passes when its
 * test passes and is otherwise UNKNOWN (so removing a scope field never turns an undecided list into a passing
 * one). The list fails when any item fails, is UNKNOWN when any item is, and passes otherwise.
 */
public final class Items<T extends Identified> {
    private final List<T> inScope = new ArrayList<>();
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
            r.inScope.add(item);
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

    /** Items not known to be out of scope. */
    public List<T> inScope() {
        return inScope;
    }

    public int size() {
        return inScope.size();
    }

    public List<T> failing() {
        return failing;
    }

    public List<T> unknown() {
        return unknown;
    }

    /** The items to cite: the failing ones, else the unknown ones, else all in scope. */
    public List<T> cited() {
        if (!failing.isEmpty()) {
            return failing;
        }
        return unknown.isEmpty() ? inScope : unknown;
    }

    /** Labels of the items in scope, comma-separated. */
    public String labels() {
        return String.join(", ", inScope.stream().map(Items::label).toList());
    }

    /**
     * This list as one part of a clause: {@code what} names the items in English ("production servers"),
     * {@code zhWhat} in Chinese (生产环境服务器).
     */
    public Eval eval(String what, String zhWhat) {
        int n = inScope.size();
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
}
