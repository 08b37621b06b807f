package io.fitg.rules.support;

import java.util.Collection;
import java.util.function.Function;

/** Three-valued logic for "every room / every branch / every staff member" checks where data may be missing. */
public enum Tri {
    TRUE, FALSE, UNKNOWN;

    public static Tri of(Boolean b) {
        return b == null ? UNKNOWN : (b ? TRUE : FALSE);
    }

    /** FALSE if any is FALSE; otherwise UNKNOWN if any is UNKNOWN; otherwise TRUE (TRUE for an empty list). */
    public static <T> Tri all(Collection<T> items, Function<T, Boolean> test) {
        boolean unknown = false;
        for (T t : items) {
            Boolean b = test.apply(t);
            if (b == null) {
                unknown = true;
            } else if (!b) {
                return FALSE;
            }
        }
        return unknown ? UNKNOWN : TRUE;
    }

    /** TRUE if any is TRUE; otherwise UNKNOWN if any is UNKNOWN; otherwise FALSE. */
    public static <T> Tri any(Collection<T> items, Function<T, Boolean> test) {
        boolean unknown = false;
        for (T t : items) {
            Boolean b = test.apply(t);
            if (b == null) {
                unknown = true;
            } else if (b) {
                return TRUE;
            }
        }
        return unknown ? UNKNOWN : FALSE;
    }

    public Tri and(Tri o) {
        if (this == FALSE || o == FALSE) return FALSE;
        if (this == UNKNOWN || o == UNKNOWN) return UNKNOWN;
        return TRUE;
    }

    public Tri or(Tri o) {
        if (this == TRUE || o == TRUE) return TRUE;
        if (this == UNKNOWN || o == UNKNOWN) return UNKNOWN;
        return FALSE;
    }
}
