package io.fitg.rules.backup;

import io.fitg.model.backup.BackupMedium;
import io.fitg.model.backup.BackupRun;
import io.fitg.model.backup.DrCentre;
import io.fitg.model.backup.DrDrill;
import io.fitg.model.backup.MediaStore;
import io.fitg.model.backup.ProductionCentre;
import io.fitg.model.common.DocumentRecord;
import io.fitg.model.company.Company;
import io.fitg.rules.support.Tri;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The computed quantities of chapter x.6: distances, drill-measured RTO/RPO, shares, windows, media life. */
class BackupCalcTest {
    static final LocalDate SAT = LocalDate.of(2026, 11, 21);

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static DrCentre centre(String lat, String lon, String km) {
        return new DrCentre("DR", "灾备", "杭州", lat == null ? null : d(lat), lon == null ? null : d(lon),
                km == null ? null : d(km), null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Nested
    class Distance {
        @Test
        void oneDegreeOfLatitudeIsAFractionOfTheMeanCircumference() {
            assertThat(BackupCalc.greatCircleKm(30, 120, 31, 120)).isCloseTo(2 * Math.PI * 6371.0088 / 360, within(1e-9));
            assertThat(BackupCalc.greatCircleKm(0, 0, 0, 1)).isCloseTo(111.19508, within(1e-5));
        }

        @Test
        void zeroAndSymmetric() {
            assertThat(BackupCalc.greatCircleKm(31.2, 121.5, 31.2, 121.5)).isZero();
            assertThat(BackupCalc.greatCircleKm(31.2040, 121.59, 30.2741, 120.1551))
                    .isCloseTo(BackupCalc.greatCircleKm(30.2741, 120.1551, 31.2040, 121.59), within(1e-9));
        }

        @Test
        void knownCityPairs() {
            // Shanghai Zhangjiang to Hangzhou (the model profile): 171.75 km on the mean sphere
            assertThat(BackupCalc.greatCircleKm(31.2040, 121.5900, 30.2741, 120.1551)).isCloseTo(171.747, within(0.01));
            // to Suzhou: under 100 km
            assertThat(BackupCalc.greatCircleKm(31.2040, 121.5900, 31.2989, 120.5853)).isCloseTo(96.09, within(0.01));
            // Beijing to Shanghai, about 1067 km
            assertThat(BackupCalc.greatCircleKm(39.9042, 116.4074, 31.2304, 121.4737)).isCloseTo(1067.3, within(0.1));
        }

        @Test
        void computedFromCoordinatesWhenBothSitesHaveThem() {
            ProductionCentre p = new ProductionCentre("SH", "上海", d("31.2040"), d("121.5900"));
            BackupCalc.Distance dist = BackupCalc.distance(p, centre("30.2741", "120.1551", "80"));
            assertThat(dist.computed()).isTrue();
            assertThat(dist.km().doubleValue()).isCloseTo(171.747, within(0.01));
            assertThat(dist.en()).isEqualTo("171.74 km (computed from coordinates)");
        }

        @Test
        void surveyedDistanceWhenCoordinatesAreMissingOrInvalid() {
            ProductionCentre noCoords = new ProductionCentre("SH", "上海", null, null);
            assertThat(BackupCalc.distance(noCoords, centre("30.2741", "120.1551", "150")))
                    .isEqualTo(new BackupCalc.Distance(d("150"), false));
            ProductionCentre p = new ProductionCentre("SH", "上海", d("31.2040"), d("121.5900"));
            assertThat(BackupCalc.distance(p, centre("95", "120.1551", "100")))
                    .isEqualTo(new BackupCalc.Distance(d("100"), false));
            assertThat(BackupCalc.distance(null, centre(null, null, "99.9")).km()).isEqualByComparingTo("99.9");
            assertThat(BackupCalc.distance(p, centre(null, null, null))).isNull();
        }

        @Test
        void displayNeverRoundsUpToTheThreshold() {
            assertThat(BackupCalc.floor2(d("99.996"))).isEqualTo("99.99");
            assertThat(BackupCalc.floor2(d("100"))).isEqualTo("100");
            assertThat(BackupCalc.floor2(d("100.10"))).isEqualTo("100.1");
        }
    }

    @Nested
    class DrillMeasurements {
        static DrDrill drill(String interrupted, String restored, String recoveryPoint) {
            return new DrDrill(null, "DR", "drill", t(interrupted), t(restored), t(recoveryPoint));
        }

        static LocalDateTime t(String s) {
            return s == null ? null : LocalDateTime.parse(s);
        }

        @Test
        void rtoIsRestoredMinusInterrupted() {
            DrDrill d = drill("2026-06-13T09:00", "2026-06-13T10:25", "2026-06-13T08:59:30");
            assertThat(BackupCalc.measuredRto(d)).isEqualTo(Duration.ofMinutes(85));
            assertThat(BackupCalc.en(BackupCalc.measuredRto(d))).isEqualTo("1 h 25 min");
            assertThat(BackupCalc.zh(BackupCalc.measuredRto(d))).isEqualTo("1小时25分钟");
        }

        @Test
        void rtoAcrossMidnight() {
            DrDrill d = drill("2026-06-13T20:00", "2026-06-14T08:00", "2026-06-13T20:00");
            assertThat(BackupCalc.measuredRto(d)).isEqualTo(Duration.ofHours(12));
            assertThat(BackupCalc.atMostMinutes(BackupCalc.measuredRto(d), d("720"))).isTrue();
        }

        @Test
        void rpoIsInterruptedMinusRecoveryPointAndNeverNegative() {
            assertThat(BackupCalc.measuredRpo(drill("2026-06-13T09:00", null, "2026-06-13T08:59:30")))
                    .isEqualTo(Duration.ofSeconds(30));
            assertThat(BackupCalc.measuredRpo(drill("2026-06-13T09:00", null, "2026-06-13T09:00:05")))
                    .isEqualTo(Duration.ZERO);
            assertThat(BackupCalc.en(Duration.ZERO)).isEqualTo("0 s");
        }

        @Test
        void missingTimesGiveNoMeasurement() {
            assertThat(BackupCalc.measuredRto(drill("2026-06-13T09:00", null, null))).isNull();
            assertThat(BackupCalc.measuredRpo(drill(null, "2026-06-13T10:00", "2026-06-13T08:00"))).isNull();
        }

        @Test
        void restoredBeforeInterruptedIsNegative() {
            assertThat(BackupCalc.measuredRto(drill("2026-06-13T09:00", "2026-06-13T08:00", null))).isNegative();
        }

        @Test
        void limitsIncludeTheNumberExactly() {
            BigDecimal twelveHours = d("12").multiply(d("60"));
            assertThat(BackupCalc.atMostMinutes(Duration.ofHours(12), twelveHours)).isTrue();
            assertThat(BackupCalc.atMostMinutes(Duration.ofHours(12).plusSeconds(1), twelveHours)).isFalse();
            assertThat(BackupCalc.atMostMinutes(Duration.ofHours(12).plusNanos(1), twelveHours)).isFalse();
            assertThat(BackupCalc.atMostMinutes(Duration.ofMinutes(5), d("5"))).isTrue();
            assertThat(BackupCalc.atMostMinutes(Duration.ofSeconds(301), d("5"))).isFalse();
            assertThat(BackupCalc.atMostMinutes(Duration.ofSeconds(30), d("0.5"))).isTrue();
            assertThat(BackupCalc.atMostMinutes(Duration.ofSeconds(31), d("0.5"))).isFalse();
        }

        @Test
        void minutesAsDurations() {
            assertThat(BackupCalc.minutes(d("0.5"))).isEqualTo(Duration.ofSeconds(30));
            assertThat(BackupCalc.minutes(d("720"))).isEqualTo(Duration.ofHours(12));
            assertThat(BackupCalc.en(BackupCalc.minutes(d("725.5")))).isEqualTo("12 h 5 min 30 s");
        }

        @Test
        void designedMinutesArePrintedExactlyInFullUnits() {
            // the lead's reading P4: 5.01 minutes is not "5 min", and 分钟 is written in full
            assertThat(BackupCalc.minutesEn(d("5.01"))).isEqualTo("5.01 min");
            assertThat(BackupCalc.minutesZh(d("5.01"))).isEqualTo("5.01分钟");
            assertThat(BackupCalc.minutesEn(d("720"))).isEqualTo("12 h (720 min)");
            assertThat(BackupCalc.minutesZh(d("720.0"))).isEqualTo("12小时（720分钟）");
            assertThat(BackupCalc.minutesEn(d("0.5"))).isEqualTo("0.5 min");
            // a fraction of a second is not dropped from a measured duration
            assertThat(BackupCalc.en(BackupCalc.minutes(d("5.01")))).isEqualTo("5 min 0.6 s");
            assertThat(BackupCalc.zh(BackupCalc.minutes(d("5.01")))).isEqualTo("5分钟0.6秒");
        }
    }

    @Nested
    class Capacity {
        @Test
        void shareComparedExactly() {
            assertThat(BackupCalc.shareAtLeast(d("5000"), d("10000"), d("50"))).isTrue();
            assertThat(BackupCalc.shareAtLeast(d("4999"), d("10000"), d("50"))).isFalse();
            assertThat(BackupCalc.shareAtLeast(d("75"), d("150"), d("50"))).isTrue();
            assertThat(BackupCalc.shareAtLeast(d("74.99"), d("150"), d("50"))).isFalse();
            // 1/3 is 33.333…%: at least 33.33, not at least 33.34
            assertThat(BackupCalc.shareAtLeast(d("1"), d("3"), d("33.33"))).isTrue();
            assertThat(BackupCalc.shareAtLeast(d("1"), d("3"), d("33.34"))).isFalse();
        }

        @Test
        void shareDisplayRoundsButNeverAcrossTheThreshold() {
            assertThat(BackupCalc.sharePct(d("4999"), d("10000"))).isEqualTo("49.99%");
            assertThat(BackupCalc.sharePct(d("100"), d("150"))).isEqualTo("66.67%");
            // 49.9993…% would round to 50%: more digits show it is below
            assertThat(BackupCalc.sharePct(d("74.999"), d("150"))).isEqualTo("49.999%");
            assertThat(BackupCalc.sharePct(d("4999.99"), d("10000"))).isEqualTo("49.9999%");
            assertThat(BackupCalc.sharePct(d("6000"), d("10000"))).isEqualTo("60%");
            assertThat(BackupCalc.sharePct(d("5000"), d("10000"))).isEqualTo("50%");
            // 50.001% would read as exactly the threshold: shown with the digits that put it above
            assertThat(BackupCalc.sharePct(d("5000.1"), d("10000"))).isEqualTo("50.001%");
            assertThat(BackupCalc.beside(d("99.9999"), d("100"))).isEqualTo("99.9999");
            assertThat(BackupCalc.beside(d("99.996"), d("100"))).isEqualTo("99.996");
            assertThat(BackupCalc.beside(d("100.004"), d("100"))).isEqualTo("100.004");
            assertThat(BackupCalc.beside(d("100.5"), d("100"))).isEqualTo("100.5");
        }
    }

    @Nested
    class Windows {
        @Test
        void dailyWindowReachesBackOverTheWeekend() {
            assertThat(BackupCalc.dailyWindowStart(SAT)).isEqualTo(LocalDate.of(2026, 11, 20));          // Sat -> Fri
            assertThat(BackupCalc.dailyWindowStart(SAT.plusDays(1))).isEqualTo(LocalDate.of(2026, 11, 20)); // Sun -> Fri
            assertThat(BackupCalc.dailyWindowStart(SAT.plusDays(2))).isEqualTo(LocalDate.of(2026, 11, 20)); // Mon -> Fri
            assertThat(BackupCalc.dailyWindowStart(SAT.plusDays(3))).isEqualTo(LocalDate.of(2026, 11, 23)); // Tue -> Mon
            assertThat(BackupCalc.dailyWindowStart(SAT.minusDays(1))).isEqualTo(LocalDate.of(2026, 11, 19)); // Fri -> Thu
        }

        @Test
        void dailyWindowReachesBackOverListedClosures() {
            Company co = new Company("c", null, null, null, null, null, null, null, null, null, null, null,
                    List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                            LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)));
            LocalDate thu = LocalDate.of(2026, 10, 8);
            assertThat(BackupCalc.dailyWindowStart(thu, co)).isEqualTo(LocalDate.of(2026, 9, 30));
            assertThat(BackupCalc.dailyWindowStart(thu)).isEqualTo(LocalDate.of(2026, 10, 7));
            assertThat(BackupCalc.withinDaily(LocalDate.of(2026, 9, 30), thu, co)).isTrue();
            assertThat(BackupCalc.withinDaily(LocalDate.of(2026, 9, 29), thu, co)).isFalse();
        }

        @Test
        void withinDailyIncludesBothEndsAndNotTheFuture() {
            LocalDate mon = LocalDate.of(2026, 11, 23);
            assertThat(BackupCalc.withinDaily(LocalDate.of(2026, 11, 20), mon)).isTrue();
            assertThat(BackupCalc.withinDaily(mon, mon)).isTrue();
            assertThat(BackupCalc.withinDaily(LocalDate.of(2026, 11, 19), mon)).isFalse();
            assertThat(BackupCalc.withinDaily(mon.plusDays(1), mon)).isFalse();
            assertThat(BackupCalc.withinDaily(null, mon)).isFalse();
        }

        static BackupRun run(String date, String verified) {
            return new BackupRun(LocalDate.parse(date), "T", true, verified == null ? null : LocalDate.parse(verified));
        }

        @Test
        void verifiedOnTheDayOrAfterMidnight() {
            assertThat(BackupCalc.verifiedImmediately(run("2026-11-18", "2026-11-18"), SAT)).isEqualTo(Tri.TRUE);
            assertThat(BackupCalc.verifiedImmediately(run("2026-11-18", "2026-11-19"), SAT)).isEqualTo(Tri.TRUE);
            assertThat(BackupCalc.verifiedImmediately(run("2026-11-18", "2026-11-20"), SAT)).isEqualTo(Tri.FALSE);
            assertThat(BackupCalc.verifiedImmediately(run("2026-11-18", "2026-11-17"), SAT)).isEqualTo(Tri.FALSE);
            assertThat(BackupCalc.verifiedImmediately(run("2026-11-18", null), SAT)).isEqualTo(Tri.FALSE);
        }

        @Test
        void theAsOfDaysBackupMayStillAwaitVerification() {
            assertThat(BackupCalc.verifiedImmediately(run("2026-11-21", null), SAT)).isEqualTo(Tri.UNKNOWN);
            // a verification dated after the as-of date has not happened yet on that date
            assertThat(BackupCalc.verifiedImmediately(run("2026-11-21", "2026-11-22"), SAT)).isEqualTo(Tri.UNKNOWN);
            // Friday's backup may still be verified on Saturday, the as-of date: not yet due
            assertThat(BackupCalc.verifiedImmediately(run("2026-11-20", "2026-11-22"), SAT)).isEqualTo(Tri.UNKNOWN);
            assertThat(BackupCalc.verifiedImmediately(run("2026-11-20", null), SAT)).isEqualTo(Tri.UNKNOWN);
            // Thursday's was due by Friday
            assertThat(BackupCalc.verifiedImmediately(run("2026-11-19", null), SAT)).isEqualTo(Tri.FALSE);
            assertThat(BackupCalc.verifiedImmediately(run("2026-11-20", null), SAT.plusDays(1))).isEqualTo(Tri.FALSE);
        }

        @Test
        void documentInForce() {
            assertThat(BackupCalc.inForce(null, SAT)).isEqualTo(Tri.UNKNOWN);
            assertThat(BackupCalc.inForce(new DocumentRecord("p", null, null, null, null), SAT)).isEqualTo(Tri.UNKNOWN);
            assertThat(BackupCalc.inForce(new DocumentRecord("p", null, null, null, null, true), SAT)).isEqualTo(Tri.FALSE);
            assertThat(BackupCalc.inForce(new DocumentRecord("p", SAT, null, null, null), SAT)).isEqualTo(Tri.TRUE);
            assertThat(BackupCalc.inForce(new DocumentRecord("p", SAT.plusDays(1), null, null, null), SAT)).isEqualTo(Tri.FALSE);
            assertThat(BackupCalc.inForce(new DocumentRecord("p", SAT.minusYears(1), null, null, SAT), SAT)).isEqualTo(Tri.TRUE);
            assertThat(BackupCalc.inForce(new DocumentRecord("p", SAT.minusYears(1), null, null, SAT.minusDays(1)), SAT)).isEqualTo(Tri.FALSE);
        }
    }

    @Nested
    class Media {
        static BackupMedium medium(String until, String transferred) {
            return new BackupMedium("M", "LTO", "L", true, "S", until == null ? null : LocalDate.parse(until),
                    transferred == null ? null : LocalDate.parse(transferred));
        }

        @Test
        void withinServiceLifeIncludingItsLastDay() {
            assertThat(BackupCalc.mediumLifeOk(medium("2031-12-31", null), SAT)).isEqualTo(Tri.TRUE);
            assertThat(BackupCalc.mediumLifeOk(medium("2026-11-21", null), SAT)).isEqualTo(Tri.TRUE);
            assertThat(BackupCalc.mediumLifeOk(medium("2026-11-20", null), SAT)).isEqualTo(Tri.FALSE);
        }

        @Test
        void pastItsLifeOnlyWithDataTransferredInTime() {
            assertThat(BackupCalc.mediumLifeOk(medium("2026-03-31", "2026-03-31"), SAT)).isEqualTo(Tri.TRUE);
            assertThat(BackupCalc.mediumLifeOk(medium("2026-03-31", "2026-03-16"), SAT)).isEqualTo(Tri.TRUE);
            assertThat(BackupCalc.mediumLifeOk(medium("2026-03-31", "2026-04-01"), SAT)).isEqualTo(Tri.FALSE);
            assertThat(BackupCalc.mediumLifeOk(medium(null, null), SAT)).isEqualTo(Tri.UNKNOWN);
        }

        @Test
        void labelledFromTheFlagElseTheLabelText() {
            assertThat(BackupCalc.labelled(new BackupMedium("M", null, null, true, null, null, null))).isEqualTo(Tri.TRUE);
            assertThat(BackupCalc.labelled(new BackupMedium("M", null, "结算-20261120", false, null, null, null))).isEqualTo(Tri.FALSE);
            assertThat(BackupCalc.labelled(new BackupMedium("M", null, "结算-20261120", null, null, null, null))).isEqualTo(Tri.TRUE);
            assertThat(BackupCalc.labelled(new BackupMedium("M", null, " ", null, null, null, null))).isEqualTo(Tri.UNKNOWN);
        }

        static MediaStore store(String city, Boolean atProduction) {
            return new MediaStore("S", "库", city, atProduction, true, true, true);
        }

        @Test
        void whereAStoreIs() {
            assertThat(BackupCalc.place(store("上海", true), "上海")).isEqualTo(BackupCalc.Place.PRODUCTION_SITE);
            assertThat(BackupCalc.place(store("上海", false), "上海")).isEqualTo(BackupCalc.Place.SAME_CITY);
            assertThat(BackupCalc.place(store("上海市", false), "上海")).isEqualTo(BackupCalc.Place.SAME_CITY);
            assertThat(BackupCalc.place(store("杭州", false), "上海")).isEqualTo(BackupCalc.Place.OTHER_CITY);
            assertThat(BackupCalc.place(store("杭州", null), "上海")).isEqualTo(BackupCalc.Place.OTHER_CITY);
            assertThat(BackupCalc.place(store("上海", null), "上海")).isEqualTo(BackupCalc.Place.UNKNOWN);
            assertThat(BackupCalc.place(store(null, false), "上海")).isEqualTo(BackupCalc.Place.UNKNOWN);
            assertThat(BackupCalc.place(store("杭州", false), null)).isEqualTo(BackupCalc.Place.UNKNOWN);
            assertThat(BackupCalc.place(null, "上海")).isEqualTo(BackupCalc.Place.UNKNOWN);
        }
    }
}
