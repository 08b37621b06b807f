package io.fitg.rules.machineroom;

import io.fitg.model.machineroom.AirConditioner;
import io.fitg.rules.support.Tri;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoolingTest {

    static AirConditioner ac(String id, Boolean precision, String kw) {
        return new AirConditioner(id, precision, kw == null ? null : new BigDecimal(kw), 2, true, null);
    }

    @Test
    void totalAndNPlusOneOfPrecisionUnits() {
        List<AirConditioner> units = List.of(ac("1", true, "50"), ac("2", true, "50"), ac("3", true, "60"),
                ac("4", false, "40"));
        assertThat(Cooling.total(units, Cooling::precision)).isEqualByComparingTo("160");
        assertThat(Cooling.withoutLargest(units, Cooling::precision)).isEqualByComparingTo("100");
        assertThat(Cooling.total(units, u -> true)).isEqualByComparingTo("200");
        assertThat(Cooling.withoutLargest(units, u -> true)).isEqualByComparingTo("140");
    }

    @Test
    void aSingleUnitHasNoRedundancy() {
        List<AirConditioner> one = List.of(ac("1", true, "100"));
        assertThat(Cooling.withoutLargest(one, Cooling::precision)).isEqualByComparingTo("0");
        assertThat(Cooling.meets(Cooling.withoutLargest(one, Cooling::precision), BigDecimal.ONE, false))
                .isEqualTo(Tri.FALSE);
    }

    @Test
    void meetingTheLoadIncludesTheLoadItself() {
        assertThat(Cooling.meets(new BigDecimal("150"), new BigDecimal("150"), false)).isEqualTo(Tri.TRUE);
        assertThat(Cooling.meets(new BigDecimal("150"), new BigDecimal("150.1"), false)).isEqualTo(Tri.FALSE);
    }

    @Test
    void unknownUnitsOnlyMatterWhenTheKnownOnesFallShort() {
        assertThat(Cooling.meets(new BigDecimal("150"), new BigDecimal("120"), true)).isEqualTo(Tri.TRUE);
        assertThat(Cooling.meets(new BigDecimal("100"), new BigDecimal("120"), true)).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void addingAUnitNeverLowersTheNPlusOneCapacity() {
        List<AirConditioner> base = List.of(ac("1", true, "30"), ac("2", true, "50"));
        BigDecimal before = Cooling.withoutLargest(base, Cooling::precision);
        for (String kw : new String[]{"0", "10", "30", "50", "80", "500"}) {
            List<AirConditioner> more = new java.util.ArrayList<>(base);
            more.add(ac("x", true, kw));
            assertThat(Cooling.withoutLargest(more, Cooling::precision)).as(kw).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void unknownKindOrCapacity() {
        assertThat(Cooling.precisionUnknown(List.of(ac("1", null, "50")))).isTrue();
        assertThat(Cooling.precisionUnknown(List.of(ac("1", true, null)))).isTrue();
        assertThat(Cooling.precisionUnknown(List.of(ac("1", false, null)))).isFalse();
        assertThat(Cooling.capacityUnknown(List.of(ac("1", false, null)))).isTrue();
    }
}
