package io.fitg.rules.backup;

import io.fitg.rules.support.Tri;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Accumulates the parts of a check: each part is TRUE, FALSE or UNKNOWN with an English and a Chinese account.
 * The result is FALSE if any part is FALSE, otherwise UNKNOWN if any is UNKNOWN, otherwise TRUE.
 */
final class Parts {
    private Tri result = Tri.TRUE;
    private final List<String> en = new ArrayList<>();
    private final List<String> zh = new ArrayList<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private final List<Object> facts = new ArrayList<>();
    private final List<Object> offending = new ArrayList<>();

    /** Adds a part. {@code missingPath} is recorded when {@code t} is UNKNOWN. */
    Parts add(Tri t, String english, String chinese, String missingPath) {
        result = result.and(t);
        if (english != null && !english.isEmpty()) {
            en.add(english);
        }
        if (chinese != null && !chinese.isEmpty()) {
            zh.add(chinese);
        }
        if (t == Tri.UNKNOWN && missingPath != null) {
            missing.add(missingPath);
        }
        return this;
    }

    Parts fact(Object o) {
        if (o != null && !facts.contains(o)) {
            facts.add(o);
        }
        return this;
    }

    /** A fact that makes the check fail; cited ahead of the others when the result is FALSE. */
    Parts offending(Object o) {
        if (o != null && !offending.contains(o)) {
            offending.add(o);
        }
        return this;
    }

    Tri result() {
        return result;
    }

    Outcome done() {
        List<Object> cited = new ArrayList<>();
        if (result == Tri.FALSE && !offending.isEmpty()) {
            cited.addAll(offending);
        } else {
            cited.addAll(facts);
            offending.stream().filter(o -> !cited.contains(o)).forEach(cited::add);
        }
        cited.removeIf(Objects::isNull);
        String zhText = String.join("；", zh);
        if (!zhText.isEmpty() && !zhText.endsWith("。")) {
            zhText = zhText + "。";
        }
        return new Outcome(result, String.join("; ", en), zhText, String.join(", ", missing), cited);
    }
}
