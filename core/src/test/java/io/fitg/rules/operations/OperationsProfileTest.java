package io.fitg.rules.operations;

import io.fitg.api.FitgInputException;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import io.fitg.model.operations.LogStore;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the operations and branch sections: types, enums and the ranges the records enforce. */
class OperationsProfileTest {
    final ProfileReader reader = new ProfileReader();

    Profile read(String yaml) {
        return reader.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml", false, Profile.class);
    }

    @Test
    void readsRecordsWithTheirEnums() {
        Profile p = read("""
                operations:
                  logStores:
                    - {id: L, kind: APPLICATION_OPERATION, retention: 2, retentionUnit: YEARS}
                  monitors:
                    - {id: M, target: MACHINE_ROOM, hoursPerDay: 24, daysPerWeek: 7}
                branches:
                  - {id: B, onSiteTrading: true, tradingComputers: {count: 3, withAntivirus: 3}}
                """);
        assertThat(p.operations().logStores().get(0).retentionUnit()).isEqualTo(LogStore.Unit.YEARS);
        assertThat(p.operations().dutyRoster()).isNull();
        assertThat(p.branches().get(0).tradingComputers().withAntivirus()).isEqualTo(3);
    }

    @Test
    void rejectsMoreThan24HoursADay() {
        assertThatThrownBy(() -> read("""
                operations:
                  monitors:
                    - {id: M, target: WEBSITE, hoursPerDay: 25}
                """)).isInstanceOf(FitgInputException.class).hasMessageContaining("0 to 24");
    }

    @Test
    void rejectsMoreProtectedComputersThanComputers() {
        assertThatThrownBy(() -> read("""
                branches:
                  - {id: B, tradingComputers: {count: 3, withAntivirus: 4}}
                """)).isInstanceOf(FitgInputException.class).hasMessageContaining("at most count");
    }

    @Test
    void rejectsAPercentageAbove100AndUnknownKinds() {
        assertThatThrownBy(() -> read("""
                branches:
                  - {id: B, upgradeThresholdPercent: 120}
                """)).isInstanceOf(FitgInputException.class);
        assertThatThrownBy(() -> read("""
                operations:
                  logStores:
                    - {id: L, kind: AUDIT}
                """)).isInstanceOf(FitgInputException.class);
    }
}
