package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/**
 * A market-data service offered to clients (行情服务). Services listed are alternatives that clients can switch
 * between (互为备份), each on its own servers.
 *
 * @param id        stable id
 * @param name      name
 * @param provider  who runs it (the company, the trading-system vendor, a data vendor)
 * @param inService it is running and offered to clients
 */
public record MarketDataService(
        @JsonPropertyDescription("Stable id of the service.") String id,
        @JsonPropertyDescription("Name of the service.") String name,
        @JsonPropertyDescription("Who runs it: the company, the trading-system vendor or a data vendor.") String provider,
        @JsonPropertyDescription("The service is running and offered to clients as an alternative to the others (互为备份), on its own servers.") Boolean inService)
        implements Identified {
}
