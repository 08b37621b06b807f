package io.fitg.core.io;

import io.fitg.api.FitgInputException;
import io.fitg.model.validation.MayBeNegative;
import io.fitg.model.validation.Percent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The number limits of {@link Validator} at and either side of each bound, for whole numbers (checked without a
 * BigDecimal) and decimals alike, with the path of the offending value.
 */
class NumberLimitsTest {
    record Item(String id, Long count, @MayBeNegative Long profit, @Percent Integer share, Double ratio,
                @MayBeNegative BigDecimal latitude) {
    }

    record Root(List<Item> items, Map<String, Integer> counts) {
    }

    private static final long LIMIT = 1_000_000_000_000_000L; // 10^15

    private static Root root(Item item) {
        return new Root(List.of(new Item("A", 1L, 0L, 0, 0.0, null), item), Map.of());
    }

    private static Item item(Long count, Long profit, Integer share, Double ratio, BigDecimal latitude) {
        return new Item("B", count, profit, share, ratio, latitude);
    }

    private static void ok(Item item) {
        assertThatCode(() -> Validator.validate(root(item), "f.yaml")).doesNotThrowAnyException();
    }

    private static String rejected(Item item) {
        FitgInputException e = catchThrowableOfType(() -> Validator.validate(root(item), "f.yaml"),
                FitgInputException.class);
        assertThat(e).as("rejected: %s", item).isNotNull();
        return e.getMessage();
    }

    @Test
    void countsAreZeroOrMoreAndBelowTenToTheFifteen() {
        ok(item(0L, null, null, null, null));
        ok(item(LIMIT, null, null, null, null));
        assertThat(rejected(item(-1L, null, null, null, null))).contains("items[1].count")
                .contains("a number of zero or more, not -1");
        assertThat(rejected(item(LIMIT + 1, null, null, null, null))).contains("items[1].count")
                .contains("a number below 10^15, not 1000000000000001");
    }

    @Test
    void aFieldThatMayBeNegativeIsStillBounded() {
        ok(item(null, -LIMIT, null, null, null));
        assertThat(rejected(item(null, -LIMIT - 1, null, null, null))).contains("items[1].profit")
                .contains("a number below 10^15");
        assertThat(rejected(item(null, Long.MIN_VALUE, null, null, null))).contains("items[1].profit")
                .contains("a number below 10^15, not -9223372036854775808");
    }

    @Test
    void percentagesRunFromZeroToAHundred() {
        ok(item(null, null, 100, null, null));
        assertThat(rejected(item(null, null, 101, null, null))).contains("items[1].share")
                .contains("a percentage from 0 to 100, not 101");
        assertThat(rejected(item(null, null, -1, null, null))).contains("a number of zero or more, not -1");
    }

    @Test
    void decimalsAndCoordinates() {
        ok(item(null, null, null, 0.5, new BigDecimal("-90")));
        assertThat(rejected(item(null, null, null, -0.5, null))).contains("items[1].ratio").contains("not -0.5");
        assertThat(rejected(item(null, null, null, Double.NaN, null))).contains("a finite number, not NaN");
        assertThat(rejected(item(null, null, null, null, new BigDecimal("90.01")))).contains("items[1].latitude")
                .contains("a latitude in decimal degrees from -90 to 90, not 90.01");
    }

    @Test
    void aMapEntryIsNamedByItsKey() {
        FitgInputException e = catchThrowableOfType(() -> Validator.validate(new Root(List.of(),
                Map.of("rooms", -2)), "f.yaml"), FitgInputException.class);
        assertThat(e.getMessage()).contains("counts.rooms").contains("not -2");
    }
}
