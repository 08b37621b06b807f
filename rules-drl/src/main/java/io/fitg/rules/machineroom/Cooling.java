package io.fitg.rules.machineroom;

import io.fitg.model.machineroom.AirConditioner;
import io.fitg.rules.support.Tri;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cooling arithmetic of chapter x.2.3: capacity against the room's heat load, and N+1 redundancy (the heat load is
 * still covered with the largest unit out of service). Exact BigDecimal comparisons.
 */
public final class Cooling {
    private Cooling() {
    }

    /** Total cooling of the units that pass {@code which} and state their capacity. */
    public static BigDecimal total(List<AirConditioner> units, Predicate<AirConditioner> which) {
        BigDecimal sum = BigDecimal.ZERO;
        for (AirConditioner u : units) {
            if (which.test(u) && u.coolingKw() != null) {
                sum = sum.add(u.coolingKw());
            }
        }
        return sum;
    }

    /** Total cooling of the units that pass {@code which}, less the largest of them (N+1). */
    public static BigDecimal withoutLargest(List<AirConditioner> units, Predicate<AirConditioner> which) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (AirConditioner u : units) {
            if (which.test(u) && u.coolingKw() != null) {
                sum = sum.add(u.coolingKw());
                max = u.coolingKw().max(max);
            }
        }
        return sum.subtract(max);
    }

    /**
     * Whether the known units already meet {@code need}: TRUE when they do; otherwise UNKNOWN when some unit might
     * count but its kind or capacity is not stated (adding a unit never lowers a total, nor a total less its largest
     * unit); otherwise FALSE.
     */
    public static Tri meets(BigDecimal known, BigDecimal need, boolean someUnknown) {
        if (known.compareTo(need) >= 0) {
            return Tri.TRUE;
        }
        return someUnknown ? Tri.UNKNOWN : Tri.FALSE;
    }

    /** A precision unit ({@code precision: true}). */
    public static boolean precision(AirConditioner u) {
        return Boolean.TRUE.equals(u.precision());
    }

    /** Some unit that might be a precision unit has its kind or capacity unstated. */
    public static boolean precisionUnknown(List<AirConditioner> units) {
        for (AirConditioner u : units) {
            if (u.precision() == null || (precision(u) && u.coolingKw() == null)) {
                return true;
            }
        }
        return false;
    }

    /** Some unit has its capacity unstated. */
    public static boolean capacityUnknown(List<AirConditioner> units) {
        return units.stream().anyMatch(u -> u.coolingKw() == null);
    }
}
