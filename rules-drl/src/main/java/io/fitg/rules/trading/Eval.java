package io.fitg.rules.trading;

import io.fitg.rules.support.Tri;

import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation of one item (a system, a link, a device…) against a clause: its three-valued result, why it
 * fails (English and Chinese), which fields are missing, and a Chinese phrase describing it for 情况说明.
 */
public final class Eval {
    private final List<String> failEn = new ArrayList<>();
    private final List<String> failZh = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final List<String> zh = new ArrayList<>();

    /** The item fails for {@code en} / {@code zh}. */
    public Eval fail(String en, String zhText) {
        failEn.add(en);
        failZh.add(zhText);
        return this;
    }

    /** The field {@code field} (relative to the item) is missing. */
    public Eval missing(String field) {
        missing.add(field);
        return this;
    }

    /** Adds a Chinese phrase describing the item's facts. */
    public Eval zh(String phrase) {
        if (phrase != null && !phrase.isEmpty()) {
            zh.add(phrase);
        }
        return this;
    }

    /** FALSE when anything fails, otherwise UNKNOWN when anything is missing, otherwise TRUE. */
    public Tri tri() {
        if (!failEn.isEmpty()) {
            return Tri.FALSE;
        }
        return missing.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
    }

    public List<String> failEn() {
        return List.copyOf(failEn);
    }

    public List<String> failZh() {
        return List.copyOf(failZh);
    }

    public List<String> missing() {
        return List.copyOf(missing);
    }

    /** The Chinese description: the facts, then the failures. */
    public String zhText() {
        List<String> all = new ArrayList<>(zh);
        all.addAll(failZh);
        if (!missing.isEmpty()) {
            all.add("未说明" + String.join("、", missing));
        }
        return String.join("，", all);
    }
}
