package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.util.List;

/**
 * A market-data service offered to clients (行情服务). Services listed are alternatives that clients can switch
 * between (互为备份), each on its own servers.
 *
 * @param id        stable id
 * @param name      name
 * @param provider  who runs it (the company, the trading-system vendor, a data vendor)
 * @param inService it is running and offered to clients
 * @param servers   how many servers it runs on (earlier edition 4.3.4.1)
 * @param carriers  the telecom carriers it is served over (earlier edition 4.3.4.2)
 */
public record MarketDataService(
        @JsonPropertyDescription("Stable id of the service.") String id,
        @JsonPropertyDescription("Name of the service.") String name,
        @JsonPropertyDescription("Who runs it: the company, the trading-system vendor or a data vendor.") String provider,
        @JsonPropertyDescription("The service is running and offered to clients as an alternative to the others (互为备份), on its own servers.") Boolean inService,
        @JsonPropertyDescription("How many servers the service runs on (服务器套数). Only the earlier edition asks for it "
                + "(4.3.4.1: each service on at least 2 servers); optional otherwise.") Integer servers,
        @JsonPropertyDescription("The telecom carriers over which the service reaches clients (电信运营商), e.g. 中国电信, "
                + "中国联通. Only the earlier edition asks for them (4.3.4.2: each service over at least two carriers); "
                + "optional otherwise.") List<String> carriers)
        implements Identified {

    public MarketDataService {
        carriers = carriers == null ? null : List.copyOf(carriers);
    }

    /** A service described without the earlier edition's servers and carriers. */
    public MarketDataService(String id, String name, String provider, Boolean inService) {
        this(id, name, provider, inService, null, null);
    }
}
