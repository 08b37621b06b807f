package io.fitg.bench.baseline;

import io.fitg.api.Clause;
import io.fitg.api.Status;
import io.fitg.model.Profile;
import io.fitg.model.company.Company;
import io.fitg.model.trading.BankTransfer;
import io.fitg.model.trading.DailyPeak;
import io.fitg.model.trading.LinkPurpose;
import io.fitg.model.trading.MarketDataService;
import io.fitg.model.trading.SystemKind;
import io.fitg.model.trading.Trading;
import io.fitg.model.trading.TradingLink;
import io.fitg.model.trading.TradingSystem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.fitg.bench.baseline.Tri.NO;
import static io.fitg.bench.baseline.Tri.UNKNOWN;
import static io.fitg.bench.baseline.Tri.YES;

/** x.3 交易系统, by hand: link bandwidth against monthly peaks, audit log retention, bank transfers, market data. */
final class TradingBaseline {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TradingBaseline() {
    }

    /**
     * "Every item in scope": {@code inScope} null means the scope is not stated (such an item counts only when it
     * would not pass, or when no item is known to be in scope); nothing in scope at all is {@code none}.
     */
    private static final class Every {
        final Status none;
        int inScope;
        int maybe;
        int failed;
        int unknown;

        Every(Status none) {
            this.none = none;
        }

        void add(Boolean scope, Status test) {
            if (Boolean.FALSE.equals(scope)) {
                return;
            }
            if (scope == null) {
                maybe++;
                if (test != YES) {
                    unknown++;
                }
                return;
            }
            inScope++;
            if (test == NO) {
                failed++;
            } else if (test == UNKNOWN) {
                unknown++;
            }
        }

        Status result() {
            if (inScope == 0) {
                // items of unknown scope decide whether there is any
                return maybe == 0 ? none : UNKNOWN;
            }
            return Tri.every(failed, unknown);
        }
    }

    // ---- x.3.2.6 / x.3.2.8 带宽使用率每交易日峰值按月统计的平均值应不超过80%

    /**
     * One link in the last complete month before {@code asOf}: the average of its daily peaks (one per day, the
     * highest) over the days with a peak, against its bandwidth.
     */
    private static Status linkWithin(TradingLink l, BigDecimal maxPercent, YearMonth month, LocalDate asOf) {
        BigDecimal bandwidth = l.bandwidthMbps();
        if (bandwidth == null || bandwidth.signum() <= 0 || l.dailyPeaks() == null) {
            return UNKNOWN;
        }
        BigDecimal[] byDay = null;
        int days = 0;
        for (DailyPeak p : l.dailyPeaks()) {
            LocalDate d = p.date();
            if (d == null || d.isAfter(asOf) || d.getYear() != month.getYear()
                    || d.getMonthValue() != month.getMonthValue()) {
                continue;
            }
            if (p.peakMbps() == null) {
                return UNKNOWN;
            }
            if (byDay == null) {
                byDay = new BigDecimal[32];
            }
            BigDecimal prev = byDay[d.getDayOfMonth()];
            if (prev == null) {
                days++;
                byDay[d.getDayOfMonth()] = p.peakMbps();
            } else if (p.peakMbps().compareTo(prev) > 0) {
                byDay[d.getDayOfMonth()] = p.peakMbps();
            }
        }
        if (days == 0) {
            return UNKNOWN;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : byDay) {
            if (v != null) {
                sum = sum.add(v);
            }
        }
        // average / bandwidth <= max / 100  <=>  sum * 100 <= max * bandwidth * days
        return Tri.of(sum.multiply(HUNDRED)
                .compareTo(maxPercent.multiply(bandwidth).multiply(BigDecimal.valueOf(days))) <= 0);
    }

    private static Status linkBandwidth(Trading t, LinkPurpose purpose, Clause c, LocalDate asOf) {
        if (t.links() == null) {
            return UNKNOWN;
        }
        BigDecimal max = Tri.num(c, "maxPercent");
        YearMonth month = YearMonth.from(asOf).minusMonths(1);
        // exchange links are required (none listed fails); no online-trading link with online trading offered or not
        // stated is missing data (onlineTrading false is decided before)
        Every e = new Every(purpose == LinkPurpose.EXCHANGE ? NO : UNKNOWN);
        for (TradingLink l : t.links()) {
            Boolean scope = l.purpose() == null ? null : l.purpose() == purpose;
            if (Boolean.FALSE.equals(scope)) {
                continue;
            }
            e.add(scope, linkWithin(l, max, month, asOf));
        }
        return e.result();
    }

    static Status exchangeLinkBandwidth(Profile p, Clause c, LocalDate asOf) {
        Trading t = p.trading();
        return t == null ? UNKNOWN : linkBandwidth(t, LinkPurpose.EXCHANGE, c, asOf);
    }

    /** No condition of its own: no online trading and no online-trading link is not meeting it. */
    static Status onlineLinkBandwidth(Profile p, Clause c, LocalDate asOf) {
        Trading t = p.trading();
        Company co = p.company();
        if (t == null || co == null) {
            return UNKNOWN;
        }
        if (Boolean.FALSE.equals(co.onlineTrading())) {
            boolean anyOnline = false;
            if (t.links() != null) {
                for (TradingLink l : t.links()) {
                    if (l.purpose() == LinkPurpose.ONLINE_TRADING) {
                        anyOnline = true;
                        break;
                    }
                }
            }
            if (!anyOnline) {
                return NO;
            }
        }
        return linkBandwidth(t, LinkPurpose.ONLINE_TRADING, c, asOf);
    }

    // ---- x.3.1.3 交易系统应产生、记录并存储必要的日志信息供审计使用。日志信息保存期限至少为2年

    static Status auditLogRetention(Profile p, Clause c, LocalDate asOf) {
        Trading t = p.trading();
        if (t == null || t.systems() == null) {
            return UNKNOWN;
        }
        int years = Tri.intParam(c, "minYears");
        long need = ChronoUnit.DAYS.between(asOf.minusYears(years), asOf);
        Every e = new Every(NO);   // the trading system is required: none listed fails
        for (TradingSystem s : t.systems()) {
            Boolean scope = s.kind() == null ? null : s.kind() == SystemKind.TRADING;
            if (Boolean.FALSE.equals(scope)) {
                continue;
            }
            Status logging = Tri.of(s.auditLogging());
            Status kept = s.logRetentionDays() == null ? UNKNOWN : Tri.of(s.logRetentionDays() >= need);
            e.add(scope, Tri.and(logging, kept));
        }
        return e.result();
    }

    // ---- x.3.5.1 应与至少2家银行实现全国性银期转帐

    static Status bankFuturesBanks(Profile p, Clause c, LocalDate asOf) {
        Trading t = p.trading();
        if (t == null || t.bankTransfers() == null) {
            return UNKNOWN;
        }
        int min = Tri.intParam(c, "minBanks");
        Set<String> banks = new HashSet<>();
        Set<String> maybe = null;
        int missingFields = 0;
        for (BankTransfer b : t.bankTransfers()) {
            String key = b.bank() == null ? null : b.bank().strip();
            Boolean live = b.liveOn(asOf);
            Boolean nationwide = b.nationwide();
            if (Boolean.FALSE.equals(live) || Boolean.FALSE.equals(nationwide)) {
                continue;
            }
            if (key == null || live == null || nationwide == null) {
                missingFields += (key == null ? 1 : 0) + (live == null ? 1 : 0) + (nationwide == null ? 1 : 0);
                if (maybe == null) {
                    maybe = new HashSet<>();
                }
                // a transfer whose bank is not named counts as a bank of its own
                maybe.add(key == null ? "?" + missingFields : key);
                continue;
            }
            banks.add(key);
        }
        if (banks.size() >= min) {
            return YES;
        }
        int possible = banks.size();
        if (maybe != null) {
            for (String m : maybe) {
                if (!banks.contains(m)) {
                    possible++;
                }
            }
        }
        return possible >= min ? UNKNOWN : NO;
    }

    // ---- x.3.4.1 应提供至少2套行情服务互为备份

    static Status marketDataRedundancy(Profile p, Clause c) {
        Trading t = p.trading();
        if (t == null || t.marketDataServices() == null) {
            return UNKNOWN;
        }
        if (c.params().containsKey("minServersEach")) {
            throw new IllegalArgumentException("the earlier edition's servers per service are not hand-written");
        }
        int min = Tri.intParam(c, "minServices");
        int inService = 0;
        int unknown = 0;
        List<MarketDataService> services = t.marketDataServices();
        for (MarketDataService s : services) {
            if (Boolean.TRUE.equals(s.inService())) {
                inService++;
            } else if (s.inService() == null) {
                unknown++;
            }
        }
        if (inService >= min) {
            return YES;
        }
        return inService + unknown >= min ? UNKNOWN : NO;
    }
}
