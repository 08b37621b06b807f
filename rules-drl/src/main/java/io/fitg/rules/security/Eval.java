package io.fitg.rules.security;

import io.fitg.rules.support.Tri;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of one check on one item (a host, a record) or one part of a clause: TRUE / FALSE / UNKNOWN with an
 * English note, a Chinese note and, when UNKNOWN, the profile fields that would decide it. Notes describe what is
 * wrong or missing; a passing part has no note.
 */
public record Eval(Tri t, List<String> en, List<String> zh, List<String> missing) {

    public Eval {
        en = List.copyOf(en);
        zh = List.copyOf(zh);
        missing = List.copyOf(missing);
    }

    public static Eval ok() {
        return new Eval(Tri.TRUE, List.of(), List.of(), List.of());
    }

    public static Eval fail(String en, String zh) {
        return new Eval(Tri.FALSE, List.of(en), List.of(zh), List.of());
    }

    public static Eval unknown(String missingPath, String en, String zh) {
        return new Eval(Tri.UNKNOWN, List.of(en), List.of(zh), List.of(missingPath));
    }

    /** TRUE when {@code ok}, otherwise FALSE with the notes. */
    public static Eval check(boolean ok, String en, String zh) {
        return ok ? ok() : fail(en, zh);
    }

    public boolean passes() {
        return t == Tri.TRUE;
    }

    /** Both must hold: FALSE wins over UNKNOWN; the notes of every part that does not pass are kept. */
    public Eval and(Eval o) {
        Tri r = t.and(o.t);
        List<String> e = new ArrayList<>();
        List<String> z = new ArrayList<>();
        List<String> m = new ArrayList<>();
        for (Eval x : List.of(this, o)) {
            if (x.t != Tri.TRUE) {
                e.addAll(x.en);
                z.addAll(x.zh);
                m.addAll(x.missing);
            }
        }
        return new Eval(r, e, z, m);
    }

    /** Either suffices: TRUE wins over UNKNOWN. */
    public Eval or(Eval o) {
        if (t == Tri.TRUE || o.t == Tri.TRUE) {
            return ok();
        }
        Tri r = t.or(o.t);
        List<String> e = new ArrayList<>(en);
        e.addAll(o.en);
        List<String> z = new ArrayList<>(zh);
        z.addAll(o.zh);
        List<String> m = new ArrayList<>(missing);
        m.addAll(o.missing);
        return new Eval(r, e, z, m);
    }

    public static Eval all(List<Eval> parts) {
        Eval r = ok();
        for (Eval p : parts) {
            r = r.and(p);
        }
        return r;
    }

    public String enText() {
        return String.join("; ", en);
    }

    public String zhText() {
        return String.join("；", zh);
    }
}
