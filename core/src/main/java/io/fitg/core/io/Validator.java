package io.fitg.core.io;

import io.fitg.api.FitgInputException;
import io.fitg.model.validation.Checked;
import io.fitg.model.validation.Key;
import io.fitg.model.validation.MayBeNegative;
import io.fitg.model.validation.Percent;

import java.lang.reflect.Method;
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
        walk(root, Where.ROOT, source, false, false, 0);
    }

    /**
     * Where a value sits in the document, written out (as {@code backup.runs[3].date}) only when it is reported: a
     * profile has thousands of values and only a bad one needs its path.
     */
    private static final class Where {
        static final Where ROOT = new Where(null, null, -1);
        final Where parent;
        final String name;
        final int index;

        private Where(Where parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        Where field(String n) {
            return new Where(this, n, -1);
        }

        Where element(int i) {
            return new Where(this, null, i);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String p = parent.toString();
            if (name == null) {
                return p + "[" + index + "]";
            }
            return p.isEmpty() ? name : p + "." + name;
        }
    }

    /** A record component as the walk needs it, found once per record class. */
    private record Component(String name, Method accessor, boolean mayBeNegative, boolean percent) {
        Object of(Object record) {
            try {
                return accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A record class's components, and the one that identifies it in a list (null when none does). */
    private record Shape(Component[] components, Component id, boolean idRequired) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] rcs = type.getRecordComponents();
            Component[] out = new Component[rcs.length];
            Component id = null;
            boolean required = false;
            boolean keyed = false;
            for (int i = 0; i < rcs.length; i++) {
                RecordComponent rc = rcs[i];
                out[i] = new Component(rc.getName(), rc.getAccessor(), rc.isAnnotationPresent(MayBeNegative.class),
                        rc.isAnnotationPresent(Percent.class));
                if (keyed) {
                    continue;
                }
                if (rc.isAnnotationPresent(Key.class)) {
                    id = out[i];
                    required = false;
                    keyed = true;
                } else if (rc.getName().equals("id") && rc.getType() == String.class) {
                    id = out[i];
                    required = true;
                }
            }
            return new Shape(out, id, required);
        }
    };

    private static void walk(Object v, Where path, String source, boolean mayBeNegative, boolean percent, int depth) {
        if (v == null) {
            return;
        }
        if (depth > 64) {
            throw new FitgInputException(source, path.toString(), "a document nested at most 64 levels deep");
        }
        if (v instanceof String s) {
            if (s.length() > ProfileReader.MAX_STRING) {
                throw new FitgInputException(source, path.toString(), "a text of at most "
                        + String.format("%,d", ProfileReader.MAX_STRING) + " characters (this one has "
                        + String.format("%,d", s.length()) + ")");
            }
        } else if (v instanceof Number n) {
            checkNumber(n, path, source, mayBeNegative, percent);
            checkCoordinate(n, path, source);
        } else if (v instanceof LocalDate d) {
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                throw new FitgInputException(source, path.toString(), "a date between " + EARLIEST + " and " + LATEST
                        + ", not " + d);
            }
        } else if (v instanceof java.time.LocalDateTime t) {
            if (t.toLocalDate().isBefore(EARLIEST) || t.toLocalDate().isAfter(LATEST)) {
                throw new FitgInputException(source, path.toString(), "a date and time between " + EARLIEST + " and "
                        + LATEST + ", not " + t);
            }
        } else if (v instanceof List<?> l) {
            checkIds(l, path, source);
            for (int i = 0; i < l.size(); i++) {
                Object e = l.get(i);
                if (e == null) {
                    throw new FitgInputException(source, path.element(i).toString(), "a value, not null, in a list");
                }
                walk(e, path.element(i), source, mayBeNegative, percent, depth + 1);
            }
        } else if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getValue(), path.field(String.valueOf(e.getKey())), source, mayBeNegative, percent, depth + 1);
            }
        } else if (v.getClass().isRecord()) {
            for (Component c : SHAPES.get(v.getClass()).components()) {
                walk(c.of(v), path.field(c.name()), source, c.mayBeNegative(), c.percent(), depth + 1);
            }
            if (v instanceof Checked c) {
                Checked.Problem p = c.problem();
                if (p != null) {
                    throw new FitgInputException(source, path.field(p.field()).toString(), p.expected());
                }
            }
        }
    }

    /**
     * Records in a list that have an {@code id} need one, and it must be unique in the list: findings cite facts by
     * id and records refer to each other by id. A component marked {@link Key} (an accounting year…) must be unique
     * in the list where it is given.
     */
    private static void checkIds(List<?> l, Where path, String source) {
        java.util.Set<Object> seen = null;
        for (int i = 0; i < l.size(); i++) {
            Object e = l.get(i);
            if (e == null || !e.getClass().isRecord()) {
                return;
            }
            Shape shape = SHAPES.get(e.getClass());
            Component idc = shape.id();
            if (idc == null) {
                return;
            }
            boolean required = shape.idRequired();
            Object id = idc.of(e);
            if (id == null || (id instanceof String s && s.isBlank())) {
                if (required) {
                    throw new FitgInputException(source, path.element(i).field(idc.name()).toString(),
                            "an id (every record in this list needs one: findings cite it and other records refer to it)");
                }
                continue;
            }
            if (seen == null) {
                seen = new java.util.HashSet<>();
            }
            if (!seen.add(id)) {
                throw new FitgInputException(source, path.element(i).field(idc.name()).toString(), "a "
                        + (required ? "id" : idc.name()) + " unique in this list; '" + id + "' is used twice");
            }
        }
    }

    private static void checkNumber(Number n, Where path, String source, boolean mayBeNegative, boolean percent) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            // the usual case (counts, minutes, years) without a BigDecimal
            long x = n.longValue();
            if ((!mayBeNegative && x < 0) || (percent && x > 100) || x > 1_000_000_000_000_000L
                    || x < -1_000_000_000_000_000L) {
                checkExactly(new BigDecimal(x), path, source, mayBeNegative, percent);
            }
            return;
        }
        if (n instanceof Double d && (d.isNaN() || d.isInfinite())) {
            throw new FitgInputException(source, path.toString(), "a finite number, not " + d);
        }
        if (n instanceof Float f && (f.isNaN() || f.isInfinite())) {
            throw new FitgInputException(source, path.toString(), "a finite number, not " + f);
        }
        checkExactly(n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString()), path, source, mayBeNegative,
                percent);
    }

    private static void checkExactly(BigDecimal b, Where path, String source, boolean mayBeNegative, boolean percent) {
        if (!mayBeNegative && b.signum() < 0) {
            throw new FitgInputException(source, path.toString(), "a number of zero or more, not " + b.toPlainString());
        }
        if (percent && b.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new FitgInputException(source, path.toString(), "a percentage from 0 to 100, not "
                    + b.toPlainString());
        }
        if (b.abs().compareTo(new BigDecimal("1e15")) > 0) {
            throw new FitgInputException(source, path.toString(), "a number below 10^15, not " + b.toPlainString());
        }
    }

    /**
     * A field named {@code latitude} is a WGS-84 latitude (−90 to 90), one named {@code longitude} a longitude
     * (−180 to 180), wherever they are in the profile.
     */
    private static void checkCoordinate(Number n, Where path, String source) {
        String field = path.name;
        int limit = "latitude".equals(field) ? 90 : "longitude".equals(field) ? 180 : 0;
        if (limit == 0) {
            return;
        }
        BigDecimal b = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
        if (b.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw new FitgInputException(source, path.toString(), "a " + field + " in decimal degrees from -" + limit
                    + " to " + limit + ", not " + b.toPlainString());
        }
    }
}
