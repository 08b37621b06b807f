package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;

import java.util.List;
import java.util.function.Consumer;

/**
 * Facts for chapter x.4 安全: network isolation, hosts (patches, antivirus, scans, services), the website, online
 * trading, customer data, accounts and passwords, audit trails. Every part is optional: a missing part makes the
 * clauses that need it INSUFFICIENT_DATA.
 */
public record Security(
        @JsonPropertyDescription("How pairs of networks are isolated (x.4.1; 1.4.4 有效隔离).")
        List<Isolation> isolation,
        @JsonPropertyDescription("Networks the company does not have at all (e.g. development when all development is "
                + "done off-site by vendors), so there is nothing to isolate from them.")
        List<NetworkZone> absentNetworks,
        @JsonPropertyDescription("The host inventory: production servers, network and storage devices, Windows "
                + "machines, internet-facing systems.")
        List<Host> hosts,
        @JsonPropertyDescription("Patch management of the core systems' system software (x.4.2.1).")
        PatchManagement patching,
        @JsonPropertyDescription("The antivirus policy and its periods (x.4.2.2).")
        AntivirusPolicy antivirus,
        @JsonPropertyDescription("The scanning and hardening policy and its periods (x.4.2.3, x.4.2.5).")
        ScanPolicy scanning,
        @JsonPropertyDescription("Checks of computers and storage devices before they join production (x.4.2.4).")
        DeviceConnections deviceConnections,
        @JsonPropertyDescription("Virus checks of removable media, received files and mail (x.4.2.6).")
        IncomingScan incomingScan,
        @JsonPropertyDescription("Trading and settlement data sent over the internet and its encryption (x.4.2.7); [] when "
                + "none is sent over the internet.")
        List<InternetTransfer> internetTransfers,
        @JsonPropertyDescription("The website (x.4.3).")
        Website website,
        @JsonPropertyDescription("Online trading (x.4.4).")
        OnlineTrading onlineTrading,
        @JsonPropertyDescription("Customer information protection (x.4.4.6/x.4.4.8).")
        CustomerDataProtection customerData,
        @JsonPropertyDescription("Video surveillance of each customer trading area (x.4.4.7/x.4.4.9).")
        List<TradingAreaVideo> tradingAreas,
        @JsonPropertyDescription("Accounts and permissions (x.4.5).")
        Accounts accounts,
        @JsonPropertyDescription("Password management (x.4.6).")
        Passwords passwords,
        @JsonPropertyDescription("Audit trails of trading operations and operations work (x.4.7).")
        List<AuditTrail> auditTrails) implements FactSource, Identified {

    public Security {
        isolation = isolation == null ? null : List.copyOf(isolation);
        absentNetworks = absentNetworks == null ? null : List.copyOf(absentNetworks);
        hosts = hosts == null ? null : List.copyOf(hosts);
        internetTransfers = internetTransfers == null ? null : List.copyOf(internetTransfers);
        tradingAreas = tradingAreas == null ? null : List.copyOf(tradingAreas);
        auditTrails = auditTrails == null ? null : List.copyOf(auditTrails);
    }

    @Override
    public String id() {
        return "security";
    }

    /** Hands the engine this section and its records (isolation, hosts, trading areas, audit trails). */
    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
        FactSource.each(isolation, sink);
        FactSource.each(hosts, sink);
        FactSource.each(tradingAreas, sink);
        FactSource.each(auditTrails, sink);
        FactSource.one(website, sink);
        FactSource.one(onlineTrading, sink);
    }

    /** Whether the company states it has no network of this kind. */
    public boolean lacks(NetworkZone zone) {
        return absentNetworks != null && absentNetworks.contains(zone);
    }
}
