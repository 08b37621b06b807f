package io.fitg.rules.management;

import io.fitg.api.Status;
import io.fitg.model.company.Company;
import io.fitg.model.management.EducationLevel;
import io.fitg.model.management.StaffMember;
import io.fitg.rules.support.Tri;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.fitg.rules.management.Fixtures.AS_OF;
import static io.fitg.rules.management.Fixtures.educated;
import static io.fitg.rules.management.Fixtures.management;
import static io.fitg.rules.management.Fixtures.tech;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff counts as of a date, experience windows, degree shares and the x.1.1.3 requirement. */
class StaffingTest {

    private static Company company(Boolean continuous, Boolean hosted, Boolean hostMaintains) {
        return new Company("c", 200, continuous, hosted, hostMaintains, null, null, null, null, null, null, null);
    }

    private static List<StaffMember> staff(int n) {
        List<StaffMember> l = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            l.add(tech("T" + i));
        }
        return l;
    }

    @Test
    void inPostExcludesLeaversOnTheirLeavingDateAndFutureJoiners() {
        var left = tech("L", LocalDate.of(2010, 1, 1), AS_OF, null);
        var leaving = tech("M", LocalDate.of(2010, 1, 1), AS_OF.plusDays(1), null);
        var future = tech("F", AS_OF.plusDays(1), null, null);
        var today = tech("J", AS_OF, null, null);
        assertThat(Staffing.hqTech(List.of(left, leaving, future, today), AS_OF))
                .extracting(StaffMember::id).containsExactly("M", "J");
    }

    @Test
    void experienceCountsWholeYearsToTheAsOfDate() {
        assertThat(Staffing.hasExperience(tech("a", null, null, LocalDate.of(2024, 11, 21)), AS_OF, 2)).isEqualTo(Tri.TRUE);
        assertThat(Staffing.hasExperience(tech("a", null, null, LocalDate.of(2024, 11, 22)), AS_OF, 2)).isEqualTo(Tri.FALSE);
        assertThat(Staffing.hasExperience(tech("a", null, null, null), AS_OF, 1)).isEqualTo(Tri.UNKNOWN);
        var none = new StaffMember("n", "n", true, true, List.of(), null, null, null, true, null, null, null, null,
                EducationLevel.BACHELOR, true, false, null, true, AS_OF);
        assertThat(Staffing.hasExperience(none, AS_OF, 1)).isEqualTo(Tri.FALSE);
        // 29 February: one year later is 28 February
        assertThat(Staffing.hasExperience(tech("a", null, null, LocalDate.of(2024, 2, 29)), LocalDate.of(2025, 2, 28), 1))
                .isEqualTo(Tri.TRUE);
    }

    @Test
    void itDegreeNeedsBothLevelAndMajor() {
        assertThat(Staffing.itDegree(educated("a", EducationLevel.BACHELOR, true))).isEqualTo(Tri.TRUE);
        assertThat(Staffing.itDegree(educated("a", EducationLevel.DOCTORATE, false))).isEqualTo(Tri.FALSE);
        assertThat(Staffing.itDegree(educated("a", EducationLevel.ASSOCIATE, null))).isEqualTo(Tri.FALSE);
        assertThat(Staffing.itDegree(educated("a", EducationLevel.MASTER, null))).isEqualTo(Tri.UNKNOWN);
        assertThat(Staffing.itDegree(educated("a", null, true))).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void degreeShareAtFiftyPercentExactly() {
        var half = management(List.of(educated("a", EducationLevel.BACHELOR, true), educated("b", EducationLevel.OTHER, true)), null);
        var under = management(List.of(educated("a", EducationLevel.BACHELOR, true), educated("b", EducationLevel.OTHER, true),
                educated("c", EducationLevel.SECONDARY, false)), null);
        var open = management(List.of(educated("a", EducationLevel.BACHELOR, true), educated("b", EducationLevel.OTHER, true),
                educated("c", null, null)), null);
        BigDecimal fifty = new BigDecimal("50");
        assertThat(Staffing.degreeShare(half, AS_OF, fifty).status()).isEqualTo(Status.COMPLIANT);
        assertThat(Staffing.degreeShare(under, AS_OF, fifty).status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(Staffing.degreeShare(open, AS_OF, fifty).status()).isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void hostedReductionNeedsBothHostingAndHostMaintenance() {
        assertThat(Staffing.reductionApplies(company(true, true, true))).isEqualTo(Tri.TRUE);
        assertThat(Staffing.reductionApplies(company(true, true, false))).isEqualTo(Tri.FALSE);
        assertThat(Staffing.reductionApplies(company(true, false, null))).isEqualTo(Tri.FALSE);
        assertThat(Staffing.reductionApplies(company(true, true, null))).isEqualTo(Tri.UNKNOWN);
        assertThat(Staffing.reductionApplies(company(true, null, false))).isEqualTo(Tri.FALSE);
    }

    @Test
    void minimumHeadcountWithUnknownConditionsDecidesWhenEveryReadingAgrees() {
        // class 4: 15, 20 with continuous trading, minus 3 when hosted and maintained
        assertThat(Staffing.minimum(management(staff(20), null), company(null, null, null), AS_OF, 15, 20, 3).status())
                .isEqualTo(Status.COMPLIANT);
        assertThat(Staffing.minimum(management(staff(11), null), company(null, null, null), AS_OF, 15, 20, 3).status())
                .isEqualTo(Status.NON_COMPLIANT);
        assertThat(Staffing.minimum(management(staff(12), null), company(null, null, null), AS_OF, 15, 20, 3).status())
                .isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(Staffing.minimum(management(staff(17), null), company(true, true, true), AS_OF, 15, 20, 3).status())
                .isEqualTo(Status.COMPLIANT);
        assertThat(Staffing.minimum(management(staff(16), null), company(true, true, true), AS_OF, 15, 20, 3).status())
                .isEqualTo(Status.NON_COMPLIANT);
        assertThat(Staffing.minimum(management(staff(12), null), company(false, true, true), AS_OF, 15, 20, 3).status())
                .isEqualTo(Status.COMPLIANT);
    }
}
