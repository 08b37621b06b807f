package io.fitg.core.io;

import io.fitg.api.FitgInputException;
import io.fitg.model.Profile;
import io.fitg.model.management.EducationLevel;
import io.fitg.model.management.TrainingKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Input rules of chapters x.1 and x.2 (P8): impossible records are refused with their field path (duplicate
 * accounting years, more labelled cables than cables), and the Chinese names of the education levels and training
 * kinds are read as their codes while unknown values are still refused.
 */
class ChapterOneTwoInputTest {
    final ProfileReader reader = new ProfileReader();

    Profile read(String yaml) {
        return reader.parse(yaml.getBytes(StandardCharsets.UTF_8), "p.yaml", false, Profile.class);
    }

    FitgInputException reject(String yaml) {
        return catchThrowableOfType(() -> read(yaml), FitgInputException.class);
    }

    @Test
    void anAccountingYearMayAppearOnlyOnce() {
        String years = """
                management:
                  financialYears:
                    - {year: 2023, itSpend: 599, netProfit: 10000}
                    - {year: 2024, itSpend: 599, netProfit: 10000}
                    - {year: 2023, itSpend: 900, netProfit: 10000}
                """;
        FitgInputException e = reject(years);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("p.yaml").contains("management.financialYears[2].year")
                .contains("'2023' is used twice");
        assertThat(read(years.replace("- {year: 2023, itSpend: 900", "- {year: 2025, itSpend: 900"))
                .management().financialYears()).hasSize(3);
    }

    @Test
    void moreLabelledCablesThanCablesIsRefused() {
        String room = """
                machineRooms:
                  - id: R1
                    cabling: {dataCables: 48, labelledDataCables: %d}
                """;
        FitgInputException e = reject(room.formatted(49));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("machineRooms[0].cabling.labelledDataCables").contains("at most the 48")
                .contains("not 49");
        assertThat(read(room.formatted(48)).machineRooms().get(0).cabling().labelledDataCables()).isEqualTo(48);
    }

    @Test
    void chineseEducationLevelsAndTrainingKindsAreAccepted() {
        Profile p = read("""
                management:
                  staff:
                    - {id: T1, education: 本科}
                    - {id: T2, education: 硕士}
                    - {id: T3, education: 大专}
                    - {id: T4, education: bachelor}
                  trainings:
                    - {id: A, kind: 技术培训}
                    - {id: B, kind: 岗位培训}
                    - {id: C, kind: 安全教育}
                    - {id: D, kind: technical}
                """);
        assertThat(p.management().staff()).extracting(s -> s.education())
                .containsExactly(EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.ASSOCIATE,
                        EducationLevel.BACHELOR);
        assertThat(p.management().trainings()).extracting(t -> t.kind())
                .containsExactly(TrainingKind.TECHNICAL, TrainingKind.JOB, TrainingKind.SECURITY, TrainingKind.TECHNICAL);
        FitgInputException e = reject("management:\n  staff:\n    - {id: T1, education: 小学毕业}\n");
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("management.staff[0].education").contains("bachelor");
        assertThat(reject("management:\n  trainings:\n    - {id: A, kind: 茶话会}\n").getMessage())
                .contains("management.trainings[0].kind");
    }
}
