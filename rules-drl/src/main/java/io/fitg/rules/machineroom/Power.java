package io.fitg.rules.machineroom;

import io.fitg.model.machineroom.EmergencySupplyAgreement;
import io.fitg.model.machineroom.Generator;
import io.fitg.model.machineroom.Ups;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Power-supply arithmetic of chapter x.2.2: UPS runtimes against the time until backup power arrives, and the
 * backup supply time of a room. All comparisons are exact (BigDecimal), never rounded floating point.
 */
public final class Power {
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Power() {
    }

    /**
     * The runtime the room can count on from its UPS units: the shortest of the units' runtimes (every unit carries
     * part of the room's equipment, so every unit must hold out). Empty when a unit's runtime is not stated or there
     * is no unit.
     */
    public static Optional<Integer> shortestRuntime(List<Ups> ups, boolean fullLoad) {
        if (ups == null || ups.isEmpty()) {
            return Optional.empty();
        }
        int min = Integer.MAX_VALUE;
        for (Ups u : ups) {
            Integer m = fullLoad ? u.fullLoadRuntimeMinutes() : u.runtimeMinutes();
            if (m == null) {
                return Optional.empty();
            }
            min = Math.min(min, m);
        }
        return Optional.of(min);
    }

    /**
     * The longest time, in minutes, from an outage until one of the generators supplies the room (the slowest
     * generator that is meant to take the load); empty when a generator's start time is not stated or there is none.
     */
    public static Optional<BigDecimal> slowestGeneratorStart(List<Generator> generators) {
        if (generators == null || generators.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal max = null;
        for (Generator g : generators) {
            if (g.startMinutes() == null) {
                return Optional.empty();
            }
            max = max == null || g.startMinutes().compareTo(max) > 0 ? g.startMinutes() : max;
        }
        return Optional.of(max);
    }

    /** The agreements in force on {@code asOf} (signed on or before it and not expired before it). */
    public static List<EmergencySupplyAgreement> inForce(List<EmergencySupplyAgreement> agreements, LocalDate asOf) {
        List<EmergencySupplyAgreement> out = new ArrayList<>();
        if (agreements != null) {
            for (EmergencySupplyAgreement a : agreements) {
                if (a.agreement() != null && a.agreement().inForceOn(asOf)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** Whether an agreement's dates are stated well enough to tell if it is in force. */
    public static boolean datesKnown(EmergencySupplyAgreement a) {
        return a.agreement() != null && a.agreement().issued() != null;
    }

    /**
     * UPS runtime strictly more than {@code multiple} times the interval ("超过…的2倍": equal is not enough).
     */
    public static boolean exceedsMultiple(int runtimeMinutes, BigDecimal intervalMinutes, BigDecimal multiple) {
        return BigDecimal.valueOf(runtimeMinutes).compareTo(intervalMinutes.multiply(multiple)) > 0;
    }

    /** Runtime of at least {@code hours} hours ("支撑4个小时": 4 hours itself is enough). */
    public static boolean atLeastHours(int runtimeMinutes, BigDecimal hours) {
        return BigDecimal.valueOf(runtimeMinutes).compareTo(hours.multiply(SIXTY)) >= 0;
    }

    /** Minutes strictly more than {@code hours} hours ("超过4小时": 4 hours itself is not enough). */
    public static boolean moreThanHours(BigDecimal minutes, BigDecimal hours) {
        return minutes.compareTo(hours.multiply(SIXTY)) > 0;
    }

    /** Hours in minutes. */
    public static BigDecimal minutes(BigDecimal hours) {
        return hours.multiply(SIXTY);
    }

    /**
     * The shortest continuous supply, in hours, among the room's generators (every generator the room relies on must
     * hold out); empty when there is no generator or a generator's hours are not stated.
     */
    public static Optional<BigDecimal> shortestGeneratorHours(List<Generator> generators) {
        if (generators == null || generators.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal min = null;
        for (Generator g : generators) {
            if (g.continuousHours() == null) {
                return Optional.empty();
            }
            min = min == null || g.continuousHours().compareTo(min) < 0 ? g.continuousHours() : min;
        }
        return Optional.of(min);
    }

    /**
     * The backup supply, in minutes, of a room on one utility feed (3.2.2.2 备用供电措施能提供…的供电时间), from its
     * measures together: when the UPS batteries outlast the slowest generator's start ({@code upsMinutes >
     * startMinutes}, so the supply never breaks), the batteries carry the load until the generators take it, the
     * generators run their hours, and the charge the batteries have left still follows: UPS runtime + generator hours.
     * Otherwise each measure counts on its own (the longer of the two). Null parts are measures the room lacks or
     * does not state.
     */
    public static Optional<BigDecimal> backupMinutes(Integer upsMinutes, BigDecimal generatorHours,
                                                     BigDecimal startMinutes) {
        BigDecimal best = null;
        if (upsMinutes != null) {
            best = BigDecimal.valueOf(upsMinutes);
        }
        if (generatorHours != null) {
            BigDecimal g = minutes(generatorHours);
            best = best == null || g.compareTo(best) > 0 ? g : best;
            if (upsMinutes != null && startMinutes != null
                    && BigDecimal.valueOf(upsMinutes).compareTo(startMinutes) > 0) {
                BigDecimal together = BigDecimal.valueOf(upsMinutes).add(g);
                best = together.compareTo(best) > 0 ? together : best;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The longest continuous supply, in hours, any generator of the room can give; empty when there is no
     * generator or a generator's hours are not stated.
     */
    public static Optional<BigDecimal> longestGeneratorHours(List<Generator> generators) {
        if (generators == null || generators.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal max = null;
        for (Generator g : generators) {
            if (g.continuousHours() == null) {
                return Optional.empty();
            }
            max = max == null || g.continuousHours().compareTo(max) > 0 ? g.continuousHours() : max;
        }
        return Optional.of(max);
    }
}
