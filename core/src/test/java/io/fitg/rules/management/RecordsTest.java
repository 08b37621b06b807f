package io.fitg.rules.management;

import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;
import io.fitg.model.management.ComplianceRiskMechanism;
import io.fitg.model.management.PlannedTraining;
import io.fitg.model.management.ServiceProvider;
import io.fitg.rules.support.Tri;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.fitg.rules.management.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

/** Dated records: yearly windows, documents in force, plan execution, provider engagement, retention. */
class RecordsTest {

    private static ActivityRecord on(LocalDate d) {
        return new ActivityRecord(d, "x", null, null);
    }

    private static DocumentRecord doc(LocalDate issued, LocalDate expires) {
        return new DocumentRecord("d", issued, null, null, expires);
    }

    @Test
    void yearlyWindowIncludesBothEndsAndIgnoresFutureRecords() {
        assertThat(Docs.doneWithin(List.of(on(LocalDate.of(2025, 11, 21))), AS_OF, Organisation.YEARLY)).isEqualTo(Tri.TRUE);
        assertThat(Docs.doneWithin(List.of(on(LocalDate.of(2025, 11, 20))), AS_OF, Organisation.YEARLY)).isEqualTo(Tri.FALSE);
        assertThat(Docs.doneWithin(List.of(on(AS_OF.plusDays(1))), AS_OF, Organisation.YEARLY)).isEqualTo(Tri.FALSE);
        assertThat(Docs.doneWithin(List.of(on(null)), AS_OF, Organisation.YEARLY)).isEqualTo(Tri.UNKNOWN);
        assertThat(Docs.doneWithin(List.of(), AS_OF, Organisation.YEARLY)).isEqualTo(Tri.FALSE);
        assertThat(Docs.doneWithin(null, AS_OF, Organisation.YEARLY)).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void documentsInForce() {
        assertThat(Docs.anyInForce(List.of(doc(LocalDate.of(2024, 1, 1), AS_OF)), AS_OF)).isEqualTo(Tri.TRUE);
        assertThat(Docs.anyInForce(List.of(doc(LocalDate.of(2024, 1, 1), AS_OF.minusDays(1))), AS_OF)).isEqualTo(Tri.FALSE);
        assertThat(Docs.anyInForce(List.of(doc(AS_OF.plusDays(1), null)), AS_OF)).isEqualTo(Tri.FALSE);
        assertThat(Docs.anyInForce(List.of(doc(null, null)), AS_OF)).isEqualTo(Tri.UNKNOWN);
        assertThat(Docs.issuedBy(doc(AS_OF, null), AS_OF)).isEqualTo(Tri.TRUE);
    }

    @Test
    void plannedTrainingExecution() {
        assertThat(Training.carriedOut(new PlannedTraining("t", AS_OF, true, AS_OF), AS_OF)).isEqualTo(Tri.TRUE);
        assertThat(Training.carriedOut(new PlannedTraining("t", AS_OF, true, AS_OF.plusDays(1)), AS_OF)).isEqualTo(Tri.FALSE);
        assertThat(Training.carriedOut(new PlannedTraining("t", AS_OF, false, null), AS_OF)).isEqualTo(Tri.FALSE);
        assertThat(Training.carriedOut(new PlannedTraining("t", AS_OF, true, null), AS_OF)).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void providersEngagedUnderAYearAreNotYetDueForAQualityEvaluation() {
        var fresh = new ServiceProvider("p", "p", "svc", false, List.of(doc(LocalDate.of(2025, 11, 22), null)), null, null, null, List.of());
        var year = new ServiceProvider("p", "p", "svc", false, List.of(doc(LocalDate.of(2025, 11, 21), null),
                doc(LocalDate.of(2026, 6, 1), null)), null, null, null, List.of());
        var unknownSince = new ServiceProvider("p", "p", "svc", false, null, null, null, null, List.of());
        assertThat(Providers.engagedSince(year)).contains(LocalDate.of(2025, 11, 21));
        assertThat(Providers.qualityEvaluated(fresh, AS_OF)).isEqualTo(Tri.TRUE);
        assertThat(Providers.qualityEvaluated(year, AS_OF)).isEqualTo(Tri.FALSE);
        assertThat(Providers.qualityEvaluated(unknownSince, AS_OF)).isEqualTo(Tri.FALSE);
    }

    @Test
    void retentionAtLeastTheParameterOrPermanent() {
        assertThat(Organisation.retentionMeets(mechanism(5, null), 5)).isEqualTo(Tri.TRUE);
        assertThat(Organisation.retentionMeets(mechanism(4, null), 5)).isEqualTo(Tri.FALSE);
        assertThat(Organisation.retentionMeets(mechanism(null, true), 5)).isEqualTo(Tri.TRUE);
        assertThat(Organisation.retentionMeets(mechanism(null, false), 5)).isEqualTo(Tri.UNKNOWN);
    }

    private static ComplianceRiskMechanism mechanism(Integer years, Boolean permanent) {
        return new ComplianceRiskMechanism(null, null, null, null, null, years, permanent);
    }

    @Test
    void vocabularyAcceptsCodesAndChineseNames() {
        assertThat(Vocab.is(" Security-Manager ", Vocab.SECURITY_MANAGER)).isTrue();
        assertThat(Vocab.is("安全管理人员", Vocab.SECURITY_MANAGER)).isTrue();
        assertThat(Vocab.is("IT治理", "it-governance")).isTrue();
        assertThat(Vocab.isFuturesAssociation("中国期货业协会")).isTrue();
        assertThat(Vocab.isFuturesAssociation("上海期货业协会培训中心")).isTrue();
        assertThat(Vocab.isFuturesAssociation("internal")).isFalse();
    }
}
