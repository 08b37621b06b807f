package io.fitg.core.io;

import io.fitg.api.FitgInputException;
import io.fitg.model.validation.Checked;
import io.fitg.model.validation.Key;
import io.fitg.model.validation.MayBeNegative;
import io.fitg.model.validation.Percent;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Checks what types alone cannot: no negative counts, durations or amounts (unless marked {@link MayBeNegative}),
 * percentages within 0–100, no NaN or infinity, dates (and date-times) within {@link #EARLIEST}–{@link #LATEST},
 * latitudes within ±90 and longitudes within ±180, texts of at most {@value ProfileReader#MAX_STRING} characters, no
 * null list elements. Walks records reflectively, so new fact types are covered without registration.
 */
public final class Validator {
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private Validator() {
    }

    public static void validate(Object root, String source) {
        walk(root, "", source, false, false, 0);
    }

    private static void walk(Object v, String path, String source, boolean mayBeNegative, boolean percent, int depth) {
        if (v == null) {
            return;
        }
        if (depth > 64) {
            throw new FitgInputException(source, path, "a document nested at most 64 levels deep");
        }
        if (v instanceof Number n) {
            checkNumber(n, path, source, mayBeNegative, percent);
            checkCoordinate(n, path, source);
        } else if (v instanceof String s) {
            if (s.length() > ProfileReader.MAX_STRING) {
                throw new FitgInputException(source, path, "a text of at most " + String.format("%,d", ProfileReader.MAX_STRING)
                        + " characters (this one has " + String.format("%,d", s.length()) + ")");
            }
        } else if (v instanceof LocalDate d) {
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                throw new FitgInputException(source, path, "a date between " + EARLIEST + " and " + LATEST + ", not " + d);
            }
        } else if (v instanceof java.time.LocalDateTime t) {
            if (t.toLocalDate().isBefore(EARLIEST) || t.toLocalDate().isAfter(LATEST)) {
                throw new FitgInputException(source, path, "a date and time between " + EARLIEST + " and " + LATEST
                        + ", not " + t);
            }
        } else if (v instanceof List<?> l) {
            checkIds(l, path, source);
            for (int i = 0; i < l.size(); i++) {
                Object e = l.get(i);
                String p = path + "[" + i + "]";
                if (e == null) {
                    throw new FitgInputException(source, p, "a value, not null, in a list");
                }
                walk(e, p, source, mayBeNegative, percent, depth + 1);
            }
        } else if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getValue(), join(path, String.valueOf(e.getKey())), source, mayBeNegative, percent, depth + 1);
            }
        } else if (v.getClass().isRecord()) {
            for (RecordComponent rc : v.getClass().getRecordComponents()) {
                Object child;
                try {
                    child = rc.getAccessor().invoke(v);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                walk(child, join(path, rc.getName()), source, rc.isAnnotationPresent(MayBeNegative.class),
                        rc.isAnnotationPresent(Percent.class), depth + 1);
            }
            if (v instanceof Checked c) {
                Checked.Problem p = c.problem();
                if (p != null) {
                    throw new FitgInputException(source, join(path, p.field()), p.expected());
                }
            }
        }
    }

    /**
     * Records in a list that have an {@code id} need one, and it must be unique in the list: findings cite facts by
     * id and records refer to each other by id. A component marked {@link Key} (an accounting year…) must be unique
     * in the list where it is given.
     */
    private static void checkIds(List<?> l, String path, String source) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (int i = 0; i < l.size(); i++) {
            Object e = l.get(i);
            if (e == null || !e.getClass().isRecord()) {
                return;
            }
            RecordComponent idc = null;
            boolean required = false;
            for (RecordComponent rc : e.getClass().getRecordComponents()) {
                if (rc.isAnnotationPresent(Key.class)) {
                    idc = rc;
                    required = false;
                    break;
                }
                if (rc.getName().equals("id") && rc.getType() == String.class) {
                    idc = rc;
                    required = true;
                }
            }
            if (idc == null) {
                return;
            }
            Object id;
            try {
                id = idc.getAccessor().invoke(e);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
            String field = path + "[" + i + "]." + idc.getName();
            if (id == null || (id instanceof String s && s.isBlank())) {
                if (required) {
                    throw new FitgInputException(source, field,
                            "an id (every record in this list needs one: findings cite it and other records refer to it)");
                }
                continue;
            }
            if (!seen.add(id)) {
                throw new FitgInputException(source, field, "a " + (required ? "id" : idc.getName())
                        + " unique in this list; '" + id + "' is used twice");
            }
        }
    }

    private static void checkNumber(Number n, String path, String source, boolean mayBeNegative, boolean percent) {
        if (n instanceof Double d && (d.isNaN() || d.isInfinite())) {
            throw new FitgInputException(source, path, "a finite number, not " + d);
        }
        if (n instanceof Float f && (f.isNaN() || f.isInfinite())) {
            throw new FitgInputException(source, path, "a finite number, not " + f);
        }
        BigDecimal b = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
        if (!mayBeNegative && b.signum() < 0) {
            throw new FitgInputException(source, path, "a number of zero or more, not " + b.toPlainString());
        }
        if (percent && b.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new FitgInputException(source, path, "a percentage from 0 to 100, not " + b.toPlainString());
        }
        if (b.abs().compareTo(new BigDecimal("1e15")) > 0) {
            throw new FitgInputException(source, path, "a number below 10^15, not " + b.toPlainString());
        }
    }

    /**
     * A field named {@code latitude} is a WGS-84 latitude (−90 to 90), one named {@code longitude} a longitude
     * (−180 to 180), wherever they are in the profile.
     */
    private static void checkCoordinate(Number n, String path, String source) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        int limit = field.equals("latitude") ? 90 : field.equals("longitude") ? 180 : 0;
        if (limit == 0) {
            return;
        }
        BigDecimal b = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
        if (b.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw new FitgInputException(source, path, "a " + field + " in decimal degrees from -" + limit + " to " + limit
                    + ", not " + b.toPlainString());
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
