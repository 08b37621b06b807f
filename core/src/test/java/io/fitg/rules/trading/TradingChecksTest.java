package io.fitg.rules.trading;

import io.fitg.api.Status;
import io.fitg.model.company.Company;
import io.fitg.model.trading.BackupMode;
import io.fitg.model.trading.BankTransfer;
import io.fitg.model.trading.DailyPeak;
import io.fitg.model.trading.FailoverDrill;
import io.fitg.model.trading.LinkPurpose;
import io.fitg.model.trading.LinkRole;
import io.fitg.model.trading.SystemBackup;
import io.fitg.model.trading.SystemKind;
import io.fitg.model.trading.Trading;
import io.fitg.model.trading.TradingLink;
import io.fitg.model.trading.TradingSystem;
import io.fitg.rules.support.Tri;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The x.3 checks on hand-built records: RTO/RPO against limits, bandwidth months, bank counts, scopes. */
class TradingChecksTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    static final BigDecimal FIVE = BigDecimal.valueOf(5);
    static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    static TradingSystem core(String id, SystemBackup backup) {
        return new TradingSystem(id, id, SystemKind.SETTLEMENT, true, "vendor", false, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, backup, null);
    }

    static SystemBackup backup(BackupMode mode, String rto, String rpo) {
        return new SystemBackup(mode, null, null, List.of(),
                List.of(new FailoverDrill(LocalDate.of(2026, 9, 12), new BigDecimal(rto), new BigDecimal(rpo), null, null)));
    }

    static Trading systems(TradingSystem... s) {
        return new Trading(List.of(s), null, null, null, null, null, null, null);
    }

    static Status backupStatus(Trading t, boolean hot) {
        return TradingChecks.coreSystemBackup(t, FIVE, THIRTY, hot, AS_OF).status();
    }

    @Test
    void drillMeasuredRtoAndRpoAgainstTheLimits() {
        assertThat(backupStatus(systems(core("A", backup(BackupMode.HOT, "300", "30"))), true)).isEqualTo(Status.COMPLIANT);
        assertThat(backupStatus(systems(core("A", backup(BackupMode.HOT, "300.5", "0"))), true)).isEqualTo(Status.NON_COMPLIANT);
        assertThat(backupStatus(systems(core("A", backup(BackupMode.HOT, "10", "30.1"))), true)).isEqualTo(Status.NON_COMPLIANT);
    }

    @Test
    void coldBackupMeetsTheLowerClassesOnly() {
        Trading t = systems(core("A", backup(BackupMode.COLD, "200", "10")));
        assertThat(backupStatus(t, false)).isEqualTo(Status.COMPLIANT);
        assertThat(backupStatus(t, true)).isEqualTo(Status.NON_COMPLIANT);
        assertThat(backupStatus(systems(core("A", backup(BackupMode.NONE, "200", "10"))), false))
                .isEqualTo(Status.NON_COMPLIANT);
    }

    @Test
    void noDrillIsMissingDataButAFailingSystemStillDecides() {
        SystemBackup noDrill = new SystemBackup(BackupMode.HOT, BigDecimal.valueOf(60), BigDecimal.ZERO, List.of(), List.of());
        Check c = TradingChecks.coreSystemBackup(systems(core("A", noDrill)), FIVE, THIRTY, true, AS_OF);
        assertThat(c.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(c.missing()).contains("trading.systems[A].backup.drills");
        Check both = TradingChecks.coreSystemBackup(systems(core("A", noDrill), core("B", backup(BackupMode.HOT, "400", "0"))),
                FIVE, THIRTY, true, AS_OF);
        assertThat(both.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(both.observed()).contains("B: drill of 2026-09-12 measured RTO 400 s, above 300 s");
    }

    static TradingLink link(String id, LinkPurpose p, String carrier, String bandwidth, List<DailyPeak> peaks) {
        return new TradingLink(id, p, p == LinkPurpose.EXCHANGE ? List.of("SHFE") : null, carrier, LinkRole.PRIMARY,
                List.of("ZBX"), new BigDecimal(bandwidth), peaks);
    }

    static Trading links(TradingLink... l) {
        return new Trading(null, null, null, List.of(l), null, null, null, null);
    }

    @Test
    void bandwidthIsJudgedLinkByLinkOnTheLastCompleteMonth() {
        List<DailyPeak> busyOctober = List.of(new DailyPeak(LocalDate.of(2026, 10, 12), new BigDecimal("81")));
        List<DailyPeak> quietOctober = List.of(new DailyPeak(LocalDate.of(2026, 10, 12), new BigDecimal("79")));
        Check c = TradingChecks.exchangeLinkBandwidth(links(link("L1", LinkPurpose.EXCHANGE, "CT", "100", quietOctober),
                link("L2", LinkPurpose.EXCHANGE, "CU", "100", busyOctober)), BigDecimal.valueOf(80), AS_OF);
        assertThat(c.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(c.observed()).startsWith("L2: monthly average of daily peaks 81.00% in 2026-10");
        // the same peaks judged in December look at November, where there are none
        Check december = TradingChecks.exchangeLinkBandwidth(links(link("L1", LinkPurpose.EXCHANGE, "CT", "100", busyOctober)),
                BigDecimal.valueOf(80), LocalDate.of(2026, 12, 1));
        assertThat(december.status()).isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void aBreachIsNeverRoundedAway() {
        // 800.01 of 1000 Mbit/s is 80.001%: two decimals would print 80.00% and hide the breach (P4)
        List<DailyPeak> oct = List.of(new DailyPeak(LocalDate.of(2026, 10, 12), new BigDecimal("800.01")));
        Check c = TradingChecks.exchangeLinkBandwidth(links(link("NET-1", LinkPurpose.EXCHANGE, "CT", "1000", oct)),
                BigDecimal.valueOf(80), AS_OF);
        assertThat(c.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(c.observed()).contains("80.001%").doesNotContain("80.00%");
        assertThat(c.observed()).contains("average 800.01 of 1000");
        // the id and the Chinese text stay apart
        assertThat(c.situation()).startsWith("NET-1：2026年10月");
        // exactly 80% prints 80.00 and complies
        Check at = TradingChecks.exchangeLinkBandwidth(links(link("NET-1", LinkPurpose.EXCHANGE, "CT", "1000",
                List.of(new DailyPeak(LocalDate.of(2026, 10, 12), new BigDecimal("800"))))), BigDecimal.valueOf(80), AS_OF);
        assertThat(at.status()).isEqualTo(Status.COMPLIANT);
        assertThat(at.situation()).contains("使用率80.00%");
    }

    @Test
    void dataGivenButNotCountingIsNotCalledNotStated() {
        // peaks exist, none in the judged month
        Check sep = TradingChecks.exchangeLinkBandwidth(links(link("EX-1", LinkPurpose.EXCHANGE, "CT", "100",
                List.of(new DailyPeak(LocalDate.of(2026, 9, 8), BigDecimal.TEN)))), BigDecimal.valueOf(80), AS_OF);
        assertThat(sep.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(sep.observed()).contains("EX-1: no daily peak in 2026-10").doesNotContain("not stated");
        // a bandwidth of 0
        Check zero = TradingChecks.exchangeLinkBandwidth(links(link("EX-1", LinkPurpose.EXCHANGE, "CT", "0",
                List.of(new DailyPeak(LocalDate.of(2026, 10, 8), BigDecimal.ZERO)))), BigDecimal.valueOf(80), AS_OF);
        assertThat(zero.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(zero.observed()).contains("bandwidthMbps is 0").doesNotContain("not stated");
    }

    @Test
    void aMissingFieldIsNamed() {
        TradingSystem iao = new TradingSystem("IAO", "开户", SystemKind.INTERNET_ACCOUNT_OPENING, false, "v", false, null,
                null, null, null, null, List.of(), null, null, null, null, null, null, true, null, null, null, null, null,
                null, null);
        Company opens = new Company("x", null, null, null, null, true, null, null, null, null, null, null);
        Check c = TradingChecks.internetAccountOpeningChecks(systems(iao), opens);
        assertThat(c.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(c.observed()).contains("IAO: suitabilityChecks not stated");
        assertThat(c.missing()).isEqualTo("trading.systems[IAO].suitabilityChecks");
    }

    @Test
    void carriersAreNormalised() {
        assertThat(Carriers.key("中国电信")).isEqualTo("中国电信");
        assertThat(Carriers.key("电信")).isEqualTo("中国电信");
        assertThat(Carriers.key(" China Telecom ")).isEqualTo("中国电信");
        assertThat(Carriers.key("上海电信 互联网专线")).isEqualTo("中国电信");
        assertThat(Carriers.key("联通")).isEqualTo("中国联通");
        assertThat(Carriers.key("China Unicom")).isEqualTo("中国联通");
        assertThat(Carriers.key("移动")).isEqualTo("中国移动");
        assertThat(Carriers.key("广电")).isEqualTo("中国广电");
        assertThat(Carriers.key("无")).isNull();
        assertThat(Carriers.key("none")).isNull();
        assertThat(Carriers.key("鹏博士")).isEqualTo("鹏博士");
        assertThat(Carriers.recognised("鹏博士")).isFalse();
        assertThat(TradingCalc.distinctCarriers(List.of("中国电信", "电信", "China Telecom"))).isEqualTo(1);
        assertThat(TradingCalc.distinctCarriers(List.of("中国电信", "联通", "无"))).isEqualTo(2);
    }

    @Test
    void onlineTradingClausesHaveNoConditionOfTheirOwn() {
        // the guideline never writes 开展网上交易的: company.onlineTrading never makes these clauses NOT_APPLICABLE
        Trading t = links(link("N1", LinkPurpose.ONLINE_TRADING, "CT", "100", List.of()));
        Trading noLinks = links();
        Company none = new Company("x", null, null, null, null, null, null, null, false, null, null, null);
        Company unknown = new Company("x", null, null, null, null, null, null, null, null, null, null, null);
        Company online = new Company("x", null, null, null, null, null, null, null, true, null, null, null);
        // listed online-trading links are judged whatever the company says (one carrier is not 多个)
        assertThat(TradingChecks.onlineLinkCarriers(t, none).status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(TradingChecks.onlineLinkCarriers(t, unknown).status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(TradingChecks.onlineLinkCarriers(t, online).status()).isEqualTo(Status.NON_COMPLIANT);
        // no online trading and no online-trading link: the required links are missing, so not met
        assertThat(TradingChecks.onlineLinkCarriers(noLinks, none).status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(TradingChecks.onlineLinkMonitoring(noLinks, none).status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(TradingChecks.onlineLinkBandwidth(noLinks, none, BigDecimal.valueOf(80), AS_OF).status())
                .isEqualTo(Status.NON_COMPLIANT);
        // no online-trading link listed while online trading is offered or not stated: a gap in the profile
        assertThat(TradingChecks.onlineLinkCarriers(noLinks, unknown).status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(TradingChecks.onlineLinkMonitoring(noLinks, online).status()).isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void banksAreCountedOnceAndOnlyWhileLive() {
        BankTransfer icbc = new BankTransfer("中国工商银行", true, LocalDate.of(2012, 3, 1), null, "BANK");
        BankTransfer icbcAgain = new BankTransfer(" 中国工商银行 ", true, LocalDate.of(2020, 3, 1), null, "BANK");
        BankTransfer ccbEnded = new BankTransfer("中国建设银行", true, LocalDate.of(2012, 3, 1), LocalDate.of(2026, 11, 20), "BANK");
        BankTransfer ccbEndsToday = new BankTransfer("中国建设银行", true, LocalDate.of(2012, 3, 1), AS_OF, "BANK");
        assertThat(TradingChecks.bankFuturesBanks(banks(icbc, icbcAgain), 2, AS_OF).status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(TradingChecks.bankFuturesBanks(banks(icbc, ccbEnded), 2, AS_OF).status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(TradingChecks.bankFuturesBanks(banks(icbc, ccbEndsToday), 2, AS_OF).status()).isEqualTo(Status.COMPLIANT);
        BankTransfer unknownStart = new BankTransfer("交通银行", true, null, null, "BANK");
        assertThat(TradingChecks.bankFuturesBanks(banks(icbc, unknownStart), 2, AS_OF).status())
                .isEqualTo(Status.INSUFFICIENT_DATA);
    }

    static Trading banks(BankTransfer... b) {
        return new Trading(null, null, null, null, null, null, null, List.of(b));
    }

    @Test
    void anItemOfUnknownScopeCountsOnlyWhenItCouldFail() {
        Split<String> s = Split.of(List.of("in-pass", "in-fail", "maybe-pass", "maybe-fail", "out-fail"),
                x -> x.startsWith("in") ? Boolean.TRUE : x.startsWith("maybe") ? null : Boolean.FALSE,
                x -> x.endsWith("pass"));
        assertThat(s.pass()).containsExactly("in-pass");
        assertThat(s.fail()).containsExactly("in-fail");
        assertThat(s.unknown()).containsExactly("maybe-fail");
        assertThat(s.inScope()).isEqualTo(2);
        assertThat(s.all()).isEqualTo(Tri.FALSE);
        assertThat(s.any()).isEqualTo(Tri.TRUE);
    }
}
