package io.fitg.rules.management;

import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Optional;

/** Documents and dated activities, judged as of the assessment date. */
public final class Docs {
    private Docs() {
    }

    /**
     * The document exists on {@code asOf}: issued on or before it. Null document or date: UNKNOWN; a draft
     * ({@code draft: true}, never issued): FALSE — the reading of every chapter.
     */
    public static Tri issuedBy(DocumentRecord d, LocalDate asOf) {
        if (d != null && d.issued() == null && d.markedDraft()) {
            return Tri.FALSE;
        }
        if (d == null || d.issued() == null) {
            return Tri.UNKNOWN;
        }
        return d.issued().isAfter(asOf) ? Tri.FALSE : Tri.TRUE;
    }

    /** Some document of the list is issued by {@code asOf}. A null list: UNKNOWN; an empty one: FALSE. */
    public static Tri anyIssuedBy(Collection<DocumentRecord> docs, LocalDate asOf) {
        if (docs == null) {
            return Tri.UNKNOWN;
        }
        return Tri.any(docs, d -> d.issued() == null ? (d.markedDraft() ? Boolean.FALSE : null) : Boolean.valueOf(!d.issued().isAfter(asOf)));
    }

    /** Some document of the list is in force on {@code asOf} (issued by then, not expired before it). */
    public static Tri anyInForce(Collection<DocumentRecord> docs, LocalDate asOf) {
        if (docs == null) {
            return Tri.UNKNOWN;
        }
        return Tri.any(docs, d -> d.issued() == null ? (d.markedDraft() ? Boolean.FALSE : null) : Boolean.valueOf(d.inForceOn(asOf)));
    }

    /** A short English description of a document's state on {@code asOf}. */
    public static String describe(DocumentRecord d, LocalDate asOf) {
        if (d == null) {
            return "not stated";
        }
        if (d.issued() == null) {
            return "with no issue date";
        }
        if (d.issued().isAfter(asOf)) {
            return "issued " + d.issued() + ", after the as-of date";
        }
        return "issued " + d.issued() + (d.revised() == null ? "" : ", revised " + d.revised());
    }

    /**
     * Some activity dated within {@code period} before {@code asOf} (both ends included). A null list: UNKNOWN; an
     * undated record leaves it UNKNOWN when no dated one qualifies.
     */
    public static Tri doneWithin(Collection<ActivityRecord> records, LocalDate asOf, Period period) {
        if (records == null) {
            return Tri.UNKNOWN;
        }
        return Tri.any(records, a -> a.date() == null ? null : Calc.within(a.date(), asOf, period));
    }

    /** Some activity dated on or before {@code asOf}. */
    public static Tri doneBy(Collection<ActivityRecord> records, LocalDate asOf) {
        if (records == null) {
            return Tri.UNKNOWN;
        }
        return Tri.any(records, a -> a.date() == null ? null : !a.date().isAfter(asOf));
    }

    /** The latest activity date not after {@code asOf}. */
    public static Optional<LocalDate> latest(Collection<ActivityRecord> records, LocalDate asOf) {
        return Calc.latest(records, ActivityRecord::date, asOf);
    }

    /** "latest 2026-03-02" or "none" for findings. */
    public static String latestText(Collection<ActivityRecord> records, LocalDate asOf) {
        if (records == null) {
            return "not stated";
        }
        return latest(records, asOf).map(d -> "latest " + d).orElse("none on or before " + asOf);
    }
}
