package io.fitg.rules.support;

import io.fitg.api.Clause;
import io.fitg.api.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A decision always cites the facts it rests on (CONTRACT: {@code facts}). */
class VerdictTest {
    static Decision decide(String requirement, Status status, Object... facts) {
        Clause c = new Clause("2.9.9.9", "current", 2, true, false, "ch", "sec", "text", requirement, "rule", Map.of());
        Assessment a = new Assessment(LocalDate.of(2026, 11, 21), "current", Map.of(requirement, List.of(c)));
        a.clause(c).facts(facts).status(status);
        return a.decisions().get("2.9.9.9");
    }

    @Test
    void aDecisionNamingNoRecordCitesItsSection() {
        assertThat(decide("trading.flow-control", Status.NON_COMPLIANT).facts()).containsExactly("trading");
        assertThat(decide("machine-room.access-control", Status.COMPLIANT).facts()).containsExactly("machineRooms");
        assertThat(decide("branch.contacts", Status.COMPLIANT).facts()).containsExactly("branches");
    }

    @Test
    void citedRecordsAreKeptAndOtherStatusesAreLeftAlone() {
        assertThat(decide("trading.flow-control", Status.NON_COMPLIANT, "CTP").facts()).containsExactly("CTP");
        assertThat(decide("trading.flow-control", Status.INSUFFICIENT_DATA).facts()).isEmpty();
        assertThat(decide("trading.flow-control", Status.NOT_APPLICABLE).facts()).isEmpty();
        assertThat(decide("custom.ACME-1", Status.COMPLIANT).facts()).as("a custom control cites what its rule cites")
                .isEmpty();
    }

    @Test
    void factsIfNoneOnlyFillsAnEmptyCitation() {
        Clause c = new Clause("2.9.9.9", "current", 2, true, false, "ch", "sec", "text", "backup.x", "rule", Map.of());
        Assessment a = new Assessment(LocalDate.of(2026, 11, 21), "current", Map.of("backup.x", List.of(c)));
        a.clause(c).facts("B1").factsIfNone(List.of("B2", "B3")).status(Status.COMPLIANT);
        assertThat(a.decisions().get("2.9.9.9").facts()).containsExactly("B1");
    }
}
