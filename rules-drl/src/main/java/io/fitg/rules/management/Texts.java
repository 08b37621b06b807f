package io.fitg.rules.management;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Small text helpers for findings. */
final class Texts {
    private Texts() {
    }

    static final int MAX_LISTED = 10;

    /** {@code "T01, T02, T03"}, at most ten, then {@code "… (+5 more)"}. */
    static String list(Collection<String> items) {
        if (items == null || items.isEmpty()) {
            return "none";
        }
        // a record without an id is listed as "(no id)" (List.copyOf rejects nulls)
        List<String> l = items.stream().map(x -> x == null ? "(no id)" : x).toList();
        String head = l.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
        return l.size() > MAX_LISTED ? head + " … (+" + (l.size() - MAX_LISTED) + " more)" : head;
    }

    /** Chinese list: {@code "T01、T02"}, at most ten, then {@code "等N人/项"}. */
    static String zhList(Collection<String> items) {
        if (items == null || items.isEmpty()) {
            return "无";
        }
        // a record without an id is listed as "(no id)" (List.copyOf rejects nulls)
        List<String> l = items.stream().map(x -> x == null ? "(no id)" : x).toList();
        String head = l.stream().limit(MAX_LISTED).collect(Collectors.joining("、"));
        return l.size() > MAX_LISTED ? head + "等" + l.size() + "项" : head;
    }

    static String orDash(Object o) {
        return o == null ? "?" : o.toString();
    }
}
