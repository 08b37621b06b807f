package io.fitg.rules.trading;

import io.fitg.rules.support.Tri;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Items of a list sorted by a three-valued test, within a three-valued scope ("every trading system", "every
 * exchange-facing device"). An item whose scope is unknown counts only when it could fail: it is then unknown.
 *
 * @param pass    in scope and passing
 * @param fail    in scope and failing
 * @param unknown in scope with the tested data missing, or of unknown scope and not passing
 * @param inScope how many items are known to be in scope
 */
public record Split<T>(List<T> pass, List<T> fail, List<T> unknown, int inScope) {

    public static <T> Split<T> of(Collection<T> items, Function<T, Boolean> scope, Function<T, Boolean> test) {
        List<T> pass = new ArrayList<>();
        List<T> fail = new ArrayList<>();
        List<T> unknown = new ArrayList<>();
        int inScope = 0;
        if (items != null) {
            for (T t : items) {
                Boolean sc = scope.apply(t);
                if (Boolean.FALSE.equals(sc)) {
                    continue;
                }
                Boolean r = test.apply(t);
                if (sc == null) {
                    if (!Boolean.TRUE.equals(r)) {
                        unknown.add(t);
                    }
                    continue;
                }
                inScope++;
                if (r == null) {
                    unknown.add(t);
                } else if (r) {
                    pass.add(t);
                } else {
                    fail.add(t);
                }
            }
        }
        return new Split<>(List.copyOf(pass), List.copyOf(fail), List.copyOf(unknown), inScope);
    }

    /** FALSE when any fails; otherwise UNKNOWN when any is unknown; otherwise TRUE. */
    public Tri all() {
        if (!fail.isEmpty()) {
            return Tri.FALSE;
        }
        return unknown.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
    }

    /** TRUE when any passes; otherwise UNKNOWN when any is unknown; otherwise FALSE. */
    public Tri any() {
        if (!pass.isEmpty()) {
            return Tri.TRUE;
        }
        return unknown.isEmpty() ? Tri.FALSE : Tri.UNKNOWN;
    }
}
