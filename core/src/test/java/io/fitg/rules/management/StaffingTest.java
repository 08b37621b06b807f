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

    // ---- x.1.1.3 the hosted-room reduction read from the machine rooms (P1)

    private static io.fitg.model.machineroom.MachineRoom room(String id, Boolean hosted, Boolean hostMaintains) {
        return new io.fitg.core.io.ProfileReader().parse(("id: " + id + (hosted == null ? "" : "\nhosted: " + hosted)
                        + (hostMaintains == null ? "" : "\nhostMaintainsInfrastructure: " + hostMaintains) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "t", false, io.fitg.model.machineroom.MachineRoom.class);
    }

    @Test
    void theRoomsDecideTheHostedReductionAndTheFlagsOnlyWhenTheyDoNotSay() {
        var hostedRoom = List.of(room("IDC-1", true, true));
        // the company flags are not stated (or say the opposite): the rooms decide
        assertThat(Staffing.reduction(company(true, null, null), hostedRoom).value()).isEqualTo(Tri.TRUE);
        var contradicted = Staffing.reduction(company(true, false, false), hostedRoom);
        assertThat(contradicted.value()).isEqualTo(Tri.TRUE);
        assertThat(contradicted.note()).contains("company.machineRoomHosted is false").contains("IDC-1");
        // a room of the company's own: no reduction, whatever the flags say
        var own = Staffing.reduction(company(true, true, true), List.of(room("IDC-1", true, true), room("HQ", false, null)));
        assertThat(own.value()).isEqualTo(Tri.FALSE);
        assertThat(own.note()).contains("HQ (own room)");
        assertThat(Staffing.reduction(company(true, null, null), List.of(room("IDC-1", true, false))).value())
                .isEqualTo(Tri.FALSE);
        // the rooms do not say: the flags decide, and with neither it is unknown, naming the fields
        assertThat(Staffing.reduction(company(true, true, true), List.of(room("R", null, null))).value()).isEqualTo(Tri.TRUE);
        assertThat(Staffing.reduction(company(true, true, true), List.of()).value()).isEqualTo(Tri.TRUE);
        var unknown = Staffing.reduction(company(true, null, null), List.of(room("R", true, null)));
        assertThat(unknown.value()).isEqualTo(Tri.UNKNOWN);
        assertThat(unknown.missing()).contains("machineRooms[R].hostMaintainsInfrastructure", "company.machineRoomHosted");
    }

    @Test
    void theTestersHostedRoomGetsItsReduction() {
        // 11 − 2 = 9 ≤ 10 HQ technologists (class 2, continuous trading), the host maintaining the only room
        var m = management(staff(10), null);
        var co = new Company("c", 125, true, null, null, null, null, null, null, null, null, null);
        var r = Staffing.minimum(m, co, List.of(room("IDC-1", true, true)), AS_OF, 8, 11, 2);
        assertThat(r.status()).isEqualTo(Status.COMPLIANT);
        assertThat(r.observed()).contains("reduced by 2").contains("IDC-1");
    }

    // ---- P6: people whose department is not stated might count

    private static StaffMember undeclared(String id, List<String> roles) {
        return new StaffMember(id, id, null, null, roles, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    @Test
    void aRoleHolderWhoseDepartmentIsNotStatedMakesAShortfallUnknown() {
        var known = new StaffMember("T1", "T1", true, true, List.of("network-administrator"), null, null, null, true,
                null, null, null, null, null, null, null, null, null, null);
        var m = management(List.of(known, undeclared("T2", List.of("network-administrator"))), null);
        var r = Staffing.role(m, AS_OF, Vocab.NETWORK_ADMINISTRATOR, 2, true);
        assertThat(r.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(r.missing()).contains("management.staff[T2].hq", "management.staff[T2].techDepartment");
        // someone outside the department, or without the role, does not
        var other = management(List.of(known, undeclared("T2", List.of("dba"))), null);
        assertThat(Staffing.role(other, AS_OF, Vocab.NETWORK_ADMINISTRATOR, 2, true).status()).isEqualTo(Status.NON_COMPLIANT);
        var dba = new StaffMember("T3", "T3", true, true, List.of("dba"), null, null, null, true,
                null, null, null, null, null, null, null, null, null, null);
        assertThat(Staffing.role(management(List.of(known, dba), null), AS_OF, Vocab.NETWORK_ADMINISTRATOR, 2, true)
                .observed()).contains("T3: 'dba'");
        assertThat(Staffing.role(m, AS_OF, Vocab.NETWORK_ADMINISTRATOR, 1, true).status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    void rolesAreMatchedGenerously() {
        for (String v : List.of("技术联络人", "技术联络员", "Technical Liaison", "technical_liaison", "联络员")) {
            assertThat(Vocab.is(v, Vocab.TECHNICAL_LIAISON)).as(v).isTrue();
        }
        assertThat(Vocab.is("网管", Vocab.NETWORK_ADMINISTRATOR)).isTrue();
        assertThat(Vocab.is("信息安全管理员", Vocab.SECURITY_MANAGER)).isTrue();
        assertThat(Vocab.is("网络安全管理员", Vocab.NETWORK_ADMINISTRATOR)).isFalse();
        assertThat(Vocab.is("无", Vocab.TECHNICIAN)).isFalse();
        assertThat(Vocab.is("应急演练", Vocab.EMERGENCY)).isTrue();
        assertThat(Vocab.is("机房消防安全", Vocab.MACHINE_ROOM_FIRE)).isTrue();
        assertThat(Vocab.is("none", Vocab.EMERGENCY)).isFalse();
    }

    @Test
    void experienceAndDegreeCountPeopleWhoseDepartmentIsNotStated() {
        var exp = new StaffMember("U", "U", null, true, List.of(), null, null, null, null, null, null, null, null,
                EducationLevel.BACHELOR, true, null, LocalDate.of(2010, 1, 1), null, null);
        var m = management(List.of(tech("T1", null, null, LocalDate.of(2010, 1, 1)), exp), null);
        assertThat(Staffing.experience(m, AS_OF, 2, 1).status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(Staffing.experience(m, AS_OF, 1, 1).status()).isEqualTo(Status.COMPLIANT);
        // 1 of 2 known with a degree (50%): an undeclared person without one could bring it below
        var noDegree = new StaffMember("U", "U", true, null, List.of(), null, null, null, null, null, null, null, null,
                EducationLevel.ASSOCIATE, false, null, null, null, null);
        var d = management(List.of(educated("a", EducationLevel.BACHELOR, true), educated("b", EducationLevel.OTHER, true),
                noDegree), null);
        assertThat(Staffing.degreeShare(d, AS_OF, new BigDecimal("50")).status()).isEqualTo(Status.INSUFFICIENT_DATA);
    }

    // ---- x.1.1.2 impossible headcounts (P8: across sections, as-of dependent)

    @Test
    void aHeadcountBelowTheHqStaffOnTheRosterIsUnknownNamingBoth() {
        var co = new Company("c", 5, true, false, false, null, null, null, null, null, null, null);
        var r = Staffing.ratio(management(staff(10), null), co, AS_OF, new BigDecimal("8"));
        assertThat(r.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(r.missing()).isEqualTo("company.hqHeadcount, management.staff[].hq");
        assertThat(r.observed()).contains("fewer than the 10 people").doesNotContain("200%");
        var zero = new Company("c", 0, true, false, false, null, null, null, null, null, null, null);
        var z = Staffing.ratio(management(List.of(), null), zero, AS_OF, new BigDecimal("8"));
        assertThat(z.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(z.observed()).contains("hqHeadcount is 0").doesNotContain("not stated");
        // 10 of 10 at headquarters is possible
        var ten = new Company("c", 10, true, false, false, null, null, null, null, null, null, null);
        assertThat(Staffing.ratio(management(staff(10), null), ten, AS_OF, new BigDecimal("8")).status())
                .isEqualTo(Status.COMPLIANT);
    }

    @Test
    void percentagesAreNeverRoundedOntoTheThreshold() {
        assertThat(Texts.pct(7, 88, new BigDecimal("8"))).isEqualTo("7.95%");
        assertThat(Texts.pct(8, 100, new BigDecimal("8"))).isEqualTo("8.0%");
        assertThat(Texts.pct(2997, 100000, new BigDecimal("3"))).isEqualTo("2.997%");
        assertThat(Texts.pct(12, 150, new BigDecimal("8"))).isEqualTo("8.0%");
        assertThat(Texts.pct(1, 3, new BigDecimal("8"))).isEqualTo("33.3%");
    }
}
