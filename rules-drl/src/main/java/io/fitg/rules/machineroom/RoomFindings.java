package io.fitg.rules.machineroom;

import io.fitg.rules.support.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Combines the outcomes of one requirement over every machine room (1.4.6: the clause applies to every room
 * hosting production) into one decision:
 * <ul>
 *   <li>a room that does not meet it makes the clause NON_COMPLIANT, even when another room's data is missing;
 *       the failing rooms are cited</li>
 *   <li>otherwise a room with missing data makes it INSUFFICIENT_DATA, naming the missing fields</li>
 *   <li>otherwise COMPLIANT when at least one room is assessed and meets it</li>
 *   <li>NOT_APPLICABLE only when the clause's own condition does not hold for any room (核心系统所在机房)</li>
 *   <li>no room listed at all is INSUFFICIENT_DATA: every company's production runs in some room</li>
 * </ul>
 */
public final class RoomFindings {
    private final List<RoomOutcome> outcomes = new ArrayList<>();

    public RoomFindings add(RoomOutcome o) {
        outcomes.add(o);
        return this;
    }

    public List<RoomOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** Decides the clause on {@code v} (which already carries the expected text). */
    public void decide(Verdict v, String notApplicableWhy) {
        if (outcomes.isEmpty()) {
            v.observed("no machine room listed").situation("未提供机房信息。").insufficient("machineRooms");
            return;
        }
        List<RoomOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparing((RoomOutcome o) -> rank(o.kind())).thenComparing(o -> o.room().label()));
        boolean anyFail = has(RoomOutcome.Kind.NOT_MET);
        boolean anyUnknown = has(RoomOutcome.Kind.UNKNOWN);
        boolean anyMet = has(RoomOutcome.Kind.MET);

        List<String> obs = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<Object> facts = new ArrayList<>(); // the verdict keeps the first citation of each id: no deep record hashing
        Set<String> missing = new LinkedHashSet<>();
        for (RoomOutcome o : sorted) {
            obs.add(o.room().label() + ": " + o.en());
            zh.add(o.room().displayName() + "：" + o.zh());
            if (!anyFail || o.kind() == RoomOutcome.Kind.NOT_MET) {
                if (o.kind() != RoomOutcome.Kind.NOT_APPLICABLE || (!anyFail && !anyUnknown && !anyMet)) {
                    facts.add(o.room());
                    facts.addAll(o.cite());
                }
            }
            missing.addAll(o.missing());
        }
        String observed = String.join("; ", obs);
        if (anyFail) {
            List<String> failing = sorted.stream().filter(o -> o.kind() == RoomOutcome.Kind.NOT_MET)
                    .map(o -> o.room().label()).toList();
            observed = "not met in " + String.join(", ", failing) + " — " + observed;
        }
        v.observed(observed).situation(String.join("；", zh) + "。").facts(facts.toArray());
        if (anyFail) {
            v.nonCompliant();
        } else if (anyUnknown) {
            v.insufficient(String.join(", ", missing));
        } else if (anyMet) {
            v.compliant();
        } else {
            v.notApplicable(notApplicableWhy == null ? "the clause's condition holds for no machine room"
                    : notApplicableWhy);
        }
    }

    private boolean has(RoomOutcome.Kind k) {
        return outcomes.stream().anyMatch(o -> o.kind() == k);
    }

    private static int rank(RoomOutcome.Kind k) {
        return switch (k) {
            case NOT_MET -> 0;
            case UNKNOWN -> 1;
            case MET -> 2;
            case NOT_APPLICABLE -> 3;
        };
    }
}
