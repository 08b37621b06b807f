package io.fitg.rules.maintenance;

import io.fitg.rules.support.Tri;

/**
 * One item's result in an "every change / every incident" check, with why (English and Chinese) and, when
 * unknown, the field that would decide it.
 */
record Judged(Tri tri, String en, String zh, String missing) {

    static final Judged OK = new Judged(Tri.TRUE, "", "", "");

    static Judged ok() {
        return OK;
    }

    /**
     * Met, with a remark the finding should still show (e.g. "configuration update not yet due (until 2026-12-20)"):
     * 及时 leaves a follow-up action 30 days, so an action not taken yet is met until then.
     */
    static Judged note(String en, String zh) {
        return new Judged(Tri.TRUE, en, zh, "");
    }

    /** Met with a remark ({@link #note}). */
    boolean noted() {
        return tri == Tri.TRUE && !en.isEmpty();
    }

    static Judged fail(String en, String zh) {
        return new Judged(Tri.FALSE, en, zh, "");
    }

    static Judged unknown(String en, String zh, String missing) {
        return new Judged(Tri.UNKNOWN, en, zh, missing);
    }

    /** Both must hold: a failure wins over an unknown; the reasons of the deciding side are kept. */
    Judged and(Judged o) {
        if (tri == Tri.FALSE && o.tri == Tri.FALSE) {
            return fail(en + "; " + o.en, zh + "；" + o.zh);
        }
        if (tri == Tri.FALSE) {
            return this;
        }
        if (o.tri == Tri.FALSE) {
            return o;
        }
        if (tri == Tri.UNKNOWN && o.tri == Tri.UNKNOWN) {
            return unknown(en + "; " + o.en, zh + "；" + o.zh, missing + ", " + o.missing);
        }
        if (tri == Tri.UNKNOWN) {
            return this;
        }
        if (o.tri == Tri.UNKNOWN) {
            return o;
        }
        if (noted() && o.noted()) {
            return note(en + "; " + o.en, zh + "；" + o.zh);
        }
        return noted() ? this : o;
    }
}
