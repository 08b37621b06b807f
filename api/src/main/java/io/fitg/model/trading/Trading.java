package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;

import java.util.List;
import java.util.function.Consumer;

/**
 * Facts for chapter x.3 交易系统: the trading and core systems, exchange memberships, business indicators,
 * communication links with their daily peaks, monitoring tools, network devices, market-data services and
 * bank-futures transfer. Every list is null when not stated and [] when there are none.
 *
 * @param systems             trading, core and related systems
 * @param exchangeMemberships exchanges the company is a member of
 * @param businessIndicators  main business indicators of the trading system
 * @param links               exchange and online-trading links
 * @param monitoringTools     automated monitoring tools
 * @param networkDevices      production network devices
 * @param marketDataServices  market-data services offered to clients
 * @param bankTransfers       banks with bank-futures transfer
 */
public record Trading(
        @JsonPropertyDescription("Trading, core and related systems (交易系统、核心系统).") List<TradingSystem> systems,
        @JsonPropertyDescription("Exchanges the company is a member of, with whether capacity and links meet each exchange's requirements.") List<ExchangeMembership> exchangeMemberships,
        @JsonPropertyDescription("Main business indicators of the trading system and how they are monitored and recorded.") List<BusinessIndicator> businessIndicators,
        @JsonPropertyDescription("Exchange trading links and online-trading links.") List<TradingLink> links,
        @JsonPropertyDescription("Automated monitoring tools with their alert thresholds; [] when the company uses none.") List<MonitoringTool> monitoringTools,
        @JsonPropertyDescription("Network devices: routers, switches, firewalls, gateways.") List<NetworkDevice> networkDevices,
        @JsonPropertyDescription("Market-data services offered to clients (行情服务).") List<MarketDataService> marketDataServices,
        @JsonPropertyDescription("Banks with bank-futures transfer (银期转账).") List<BankTransfer> bankTransfers)
        implements FactSource, Identified {

    public Trading {
        systems = systems == null ? null : List.copyOf(systems);
        exchangeMemberships = exchangeMemberships == null ? null : List.copyOf(exchangeMemberships);
        businessIndicators = businessIndicators == null ? null : List.copyOf(businessIndicators);
        links = links == null ? null : List.copyOf(links);
        monitoringTools = monitoringTools == null ? null : List.copyOf(monitoringTools);
        networkDevices = networkDevices == null ? null : List.copyOf(networkDevices);
        marketDataServices = marketDataServices == null ? null : List.copyOf(marketDataServices);
        bankTransfers = bankTransfers == null ? null : List.copyOf(bankTransfers);
    }

    @Override
    public String id() {
        return "trading";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
        FactSource.each(systems, sink);
        FactSource.each(exchangeMemberships, sink);
        FactSource.each(businessIndicators, sink);
        FactSource.each(links, sink);
        FactSource.each(monitoringTools, sink);
        FactSource.each(networkDevices, sink);
        FactSource.each(marketDataServices, sink);
        FactSource.each(bankTransfers, sink);
    }
}
