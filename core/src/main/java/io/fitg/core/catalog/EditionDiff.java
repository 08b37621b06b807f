package io.fitg.core.catalog;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.FitgInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between one class of one edition and one class of another, requirement by requirement
 * ({@code fitg catalog --diff earlier current --class 3}).
 *
 * <p>Requirements are matched by key (a requirement the editions share has the same key and the same rule). A key
 * only the second side has is {@link Kind#ADDED}, one only the first side has {@link Kind#REMOVED}. For a shared
 * key each parameter is compared: a numeric parameter named {@code min…} that goes up, or {@code max…} that goes
 * down, is {@link Kind#TIGHTENED} (the opposite {@link Kind#RELAXED}); a {@code min…}/{@code max…} threshold that
 * only the second side has tightens, one only the first side has relaxes; every other difference (booleans, texts,
 * lists, parameters without a direction) is {@link Kind#CHANGED}. Parameters of the same quantity in different
 * units ({@code retentionWeeks} and {@code retentionDays}) are compared in the smaller unit. A clause that turns
 * from [可选] to [必须] tightens, the reverse relaxes. A requirement is tightened (relaxed) when every difference
 * tightens (relaxes); it is changed when the differences go both ways, include a change without a direction, or
 * are only in the wording (numbers aside); otherwise unchanged.
 *
 * @param from         the first edition
 * @param fromClass    its class compared
 * @param to           the second edition
 * @param toClass      its class compared
 * @param fromClauses  how many clauses the first side has
 * @param toClauses    how many clauses the second side has
 * @param entries      one per requirement of either side: the second side's order, then the removed ones in the
 *                     first side's order
 */
public record EditionDiff(String from, int fromClass, String to, int toClass, int fromClauses, int toClauses,
                          List<Entry> entries) {

    /** The kind of a difference, of a parameter or of a whole requirement. */
    public enum Kind {
        TIGHTENED, RELAXED, CHANGED, ADDED, REMOVED, UNCHANGED;

        /** The lower-case word used in JSON and text. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One parameter compared.
     *
     * @param name      the parameter (both names joined by {@code →} when the units differ)
     * @param fromValue its value on the first side, or null when absent
     * @param toValue   its value on the second side, or null when absent
     * @param fromText  the first side's value for display ({@code —} when absent), with its unit when converted
     * @param toText    the second side's value for display
     * @param kind      tightened, relaxed or changed (unchanged parameters are not listed)
     */
    public record ParamChange(String name, Object fromValue, Object toValue, String fromText, String toText, Kind kind) {
    }

    /**
     * One requirement.
     *
     * @param requirement   its key
     * @param kind          added, removed, tightened, relaxed, changed or unchanged
     * @param fromClause    its clause on the first side, or null
     * @param toClause      its clause on the second side, or null
     * @param params        the parameters that differ
     * @param mandatory     the change of the [必须]/[可选] flag, or null when the same (or one side is absent)
     * @param textChanged   whether the wording differs beyond its numbers
     * @param note          what changed, in a line, from the catalog data ({@code change:}), or empty
     */
    public record Entry(String requirement, Kind kind, Clause fromClause, Clause toClause, List<ParamChange> params,
                        Kind mandatory, boolean textChanged, String note) {
    }

    /** How many requirements of each kind. */
    public Map<Kind, Integer> summary() {
        Map<Kind, Integer> m = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            m.put(k, 0);
        }
        entries.forEach(e -> m.merge(e.kind(), 1, Integer::sum));
        return m;
    }

    /** The entry of a requirement, or null. */
    public Entry entry(String requirement) {
        return entries.stream().filter(e -> e.requirement().equals(requirement)).findFirst().orElse(null);
    }

    /**
     * Compares class {@code classLevel} of two catalogs. An edition that lacks that class but has exactly one (the
     * earlier edition: class 3 only) contributes its only class.
     *
     * @param notes requirement key → what changed, in a line (from the catalog data); may be empty
     */
    public static EditionDiff of(Catalog from, Catalog to, int classLevel, Map<String, String> notes) {
        int fc = classOf(from, classLevel);
        int tc = classOf(to, classLevel);
        Map<String, Clause> a = byRequirement(from.ofClass(fc));
        Map<String, Clause> b = byRequirement(to.ofClass(tc));
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, Clause> e : b.entrySet()) {
            Clause x = a.get(e.getKey());
            String note = notes.getOrDefault(e.getKey(), "");
            if (x == null) {
                out.add(new Entry(e.getKey(), Kind.ADDED, null, e.getValue(), List.of(), null, false, note));
            } else {
                out.add(compare(e.getKey(), x, e.getValue(), note));
            }
        }
        for (Map.Entry<String, Clause> e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                out.add(new Entry(e.getKey(), Kind.REMOVED, e.getValue(), null, List.of(), null, false,
                        notes.getOrDefault(e.getKey(), "")));
            }
        }
        return new EditionDiff(from.edition(), fc, to.edition(), tc, a.size(), b.size(), List.copyOf(out));
    }

    static int classOf(Catalog c, int classLevel) {
        List<Integer> levels = c.classLevels();
        if (levels.contains(classLevel)) {
            return classLevel;
        }
        if (levels.size() == 1) {
            return levels.get(0);
        }
        throw new FitgInputException("<command line>", "--class", "one of " + levels + " for edition " + c.edition()
                + ", not " + classLevel);
    }

    private static Map<String, Clause> byRequirement(List<Clause> clauses) {
        Map<String, Clause> m = new LinkedHashMap<>();
        for (Clause c : clauses) {
            m.putIfAbsent(c.requirement(), c);
        }
        return m;
    }

    static Entry compare(String key, Clause x, Clause y, String note) {
        List<ParamChange> params = params(x.params(), y.params());
        Kind mandatory = x.mandatory() == y.mandatory() ? null : y.mandatory() ? Kind.TIGHTENED : Kind.RELAXED;
        boolean text = !wording(x.text()).equals(wording(y.text()));
        Set<Kind> kinds = new LinkedHashSet<>();
        params.forEach(p -> kinds.add(p.kind()));
        if (mandatory != null) {
            kinds.add(mandatory);
        }
        Kind kind;
        if (kinds.isEmpty()) {
            kind = text ? Kind.CHANGED : Kind.UNCHANGED;
        } else if (kinds.size() == 1 && !kinds.contains(Kind.CHANGED)) {
            kind = kinds.iterator().next();
        } else {
            kind = Kind.CHANGED;
        }
        return new Entry(key, kind, x, y, params, mandatory, text, note);
    }

    /** The wording with whitespace removed and every number replaced by {@code #}. */
    static String wording(String text) {
        return text.replaceAll("\\s+", "").replaceAll("\\d+(\\.\\d+)?", "#");
    }

    // ---------------------------------------------------------------- parameters

    private enum Unit {
        SECONDS("Seconds", 1, 0, "s"), MINUTES("Minutes", 60, 0, "min"), HOURS("Hours", 3600, 0, "h"),
        DAYS("Days", 86400, 0, "days"), WEEKS("Weeks", 604800, 0, "weeks"),
        MONTHS("Months", 1, 1, "months"), YEARS("Years", 12, 1, "years");

        final String suffix;
        final long factor;
        final int family;
        final String label;

        Unit(String suffix, long factor, int family, String label) {
            this.suffix = suffix;
            this.factor = factor;
            this.family = family;
            this.label = label;
        }

        static Unit of(String name) {
            for (Unit u : values()) {
                if (name.endsWith(u.suffix) && name.length() > u.suffix.length()) {
                    return u;
                }
            }
            return null;
        }
    }

    static List<ParamChange> params(Map<String, Object> a, Map<String, Object> b) {
        List<ParamChange> out = new ArrayList<>();
        Set<String> names = new java.util.TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        Set<String> done = new LinkedHashSet<>();
        for (String n : names) {
            if (done.contains(n)) {
                continue;
            }
            Object x = a.get(n);
            Object y = b.get(n);
            if (x != null && y != null) {
                done.add(n);
                if (!same(x, y)) {
                    out.add(new ParamChange(n, x, y, show(x), show(y), direction(n, x, y)));
                }
                continue;
            }
            // the same quantity in another unit on the other side?
            String other = convertible(n, x != null ? b : a, x != null ? a : b);
            if (other != null) {
                String fromName = x != null ? n : other;
                String toName = x != null ? other : n;
                done.add(n);
                done.add(other);
                out.add(converted(fromName, a.get(fromName), toName, b.get(toName)));
                continue;
            }
            done.add(n);
            Kind k;
            boolean threshold = (n.startsWith("min") || n.startsWith("max")) && (x != null ? x : y) instanceof BigDecimal;
            if (x == null) {
                k = threshold ? Kind.TIGHTENED : Kind.CHANGED;
            } else {
                k = threshold ? Kind.RELAXED : Kind.CHANGED;
            }
            out.add(new ParamChange(n, x, y, x == null ? "—" : show(x), y == null ? "—" : show(y), k));
        }
        return out;
    }

    /** A parameter of {@code other} (absent from {@code own}) measuring the same quantity as {@code name} in another unit. */
    private static String convertible(String name, Map<String, Object> other, Map<String, Object> own) {
        Unit u = Unit.of(name);
        if (u == null) {
            return null;
        }
        String stem = name.substring(0, name.length() - u.suffix.length());
        for (String o : new java.util.TreeSet<>(other.keySet())) {
            Unit v = Unit.of(o);
            if (v != null && v != u && v.family == u.family && !own.containsKey(o)
                    && o.substring(0, o.length() - v.suffix.length()).equals(stem)
                    && other.get(o) instanceof BigDecimal) {
                return o;
            }
        }
        return null;
    }

    private static ParamChange converted(String fromName, Object x, String toName, Object y) {
        Unit u = Unit.of(fromName);
        Unit v = Unit.of(toName);
        String stem = fromName.substring(0, fromName.length() - u.suffix.length());
        BigDecimal bx = ((BigDecimal) x).multiply(BigDecimal.valueOf(u.factor));
        BigDecimal by = ((BigDecimal) y).multiply(BigDecimal.valueOf(v.factor));
        Kind k = bx.compareTo(by) == 0 ? Kind.CHANGED : direction(stem, bx, by);
        return new ParamChange(fromName + " → " + toName, x, y, show(x) + " " + label(u, x), show(y) + " " + label(v, y), k);
    }

    private static String label(Unit u, Object value) {
        boolean one = value instanceof BigDecimal b && b.compareTo(BigDecimal.ONE) == 0;
        return one && u.label.length() > 3 && u.label.endsWith("s") ? u.label.substring(0, u.label.length() - 1) : u.label;
    }

    private static Kind direction(String name, Object x, Object y) {
        if (x instanceof BigDecimal a && y instanceof BigDecimal b) {
            int cmp = b.compareTo(a);
            if (name.startsWith("min")) {
                return cmp > 0 ? Kind.TIGHTENED : Kind.RELAXED;
            }
            if (name.startsWith("max")) {
                return cmp < 0 ? Kind.TIGHTENED : Kind.RELAXED;
            }
        }
        return Kind.CHANGED;
    }

    private static boolean same(Object x, Object y) {
        if (x instanceof BigDecimal a && y instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(x, y);
    }

    static String show(Object v) {
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(EditionDiff::show).toList()) + "]";
        }
        return String.valueOf(v);
    }
}
