package io.fitg.rules.management;

import io.fitg.model.management.EducationLevel;
import io.fitg.model.management.FinancialYear;
import io.fitg.model.management.Management;
import io.fitg.model.management.StaffMember;
import io.fitg.model.management.TrainingKind;
import io.fitg.model.management.TrainingRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small builders for chapter x.1 records in unit tests. */
final class Fixtures {
    private Fixtures() {
    }

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    static StaffMember tech(String id) {
        return tech(id, null, null, null);
    }

    static StaffMember tech(String id, LocalDate joined, LocalDate left, LocalDate opsSince) {
        return new StaffMember(id, id, true, true, List.of(), null, "信息技术部", "系统运维岗", true, joined, left,
                null, null, EducationLevel.BACHELOR, true, null, opsSince, true, LocalDate.of(2020, 1, 1));
    }

    static StaffMember educated(String id, EducationLevel level, Boolean itMajor) {
        return new StaffMember(id, id, true, true, List.of(), null, null, null, true, null, null, null, null,
                level, itMajor, null, null, null, null);
    }

    static TrainingRecord training(String id, LocalDate date, String hours, String organiser, TrainingKind kind,
                                   String... attendees) {
        return new TrainingRecord(id, id, date, hours == null ? null : new BigDecimal(hours), organiser, kind, null,
                List.of(attendees));
    }

    static Management management(List<StaffMember> staff, List<TrainingRecord> trainings) {
        return new Management(staff, null, null, null, null, null, null, trainings, null, null, null, null);
    }

    static FinancialYear year(int y, String spend, String revenue, String profit) {
        return new FinancialYear(y, spend == null ? null : new BigDecimal(spend),
                revenue == null ? null : new BigDecimal(revenue), profit == null ? null : new BigDecimal(profit));
    }

    static Management finances(FinancialYear... years) {
        return new Management(null, null, null, null, null, null, null, null, null, null, null, List.of(years));
    }
}
