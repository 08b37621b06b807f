package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.util.List;

/**
 * One system of the trading environment: the trading, settlement, risk and bank-futures systems (核心系统, 1.4.1),
 * the internet account-opening system and others. Capabilities are nullable Booleans: null means "not stated".
 *
 * @param id                                 stable id, e.g. CTP-MAIN
 * @param name                               name and version, e.g. 综合交易平台CTP 6.7
 * @param kind                               trading, settlement, risk, bank-futures, market-data,
 *                                           internet-account-opening, other
 * @param core                               a core system (核心系统); when not stated, core by kind (1.4.1)
 * @param vendor                             the supplier
 * @param inHouse                            developed in house (no vendor)
 * @param dataApplicationSeparated           data separated from the application, clients cannot reach the data
 *                                           bypassing the application (x.3.1.1)
 * @param realTimeRiskControl                real-time risk control of clients (x.3.1.2)
 * @param auditLogging                       produces, records and stores the logs needed for audit (x.3.1.3)
 * @param logRetentionDays                   how long those logs are kept, in days (x.3.1.3)
 * @param reportsToCfmmc                     reports the prescribed data to 期货市场监控中心 (x.3.1.4)
 * @param dataAlteringFunctions              functions able to alter or forge trading data (x.3.1.5); [] none
 * @param authorisationManagement            authorisation management (x.3.1.6)
 * @param monitoredBy                        run-time monitoring tools or measures covering it (x.3.1.7); [] none
 * @param flowControl                        flow control management (x.3.1.8)
 * @param vendorInterfaces                   interfaces the vendor provides (x.3.1.9); [] none
 * @param accountOpeningChannels             account-opening channels it supports (x.3.1.10); [] none
 * @param cfmmcQueryKeyLink                  link to 监控中心's investor query-key system (x.3.1.11)
 * @param realNameVerification               internet account opening: real-name verification (x.3.1.12)
 * @param suitabilityChecks                  internet account opening: investor suitability checks (x.3.1.12)
 * @param clientAccessAuthentication         has client trading-access authentication (x.3.1.13)
 * @param clientAccessAuthenticationEnabled  that authentication is enabled in production (x.3.1.13)
 * @param clientLogin                        clients log in to it with a password (x.3.1.14 applies)
 * @param passwordSecurity                   client password controls (x.3.1.14)
 * @param backup                             backup of the system and its components (x.3.3.1)
 * @param singlePointsOfFailure              components whose single failure stops it (x.3.5.2); [] none
 */
public record TradingSystem(
        @JsonPropertyDescription("Stable id of the system, e.g. CTP-MAIN.") String id,
        @JsonPropertyDescription("Name and version, e.g. 综合交易平台CTP 6.7.") String name,
        @JsonPropertyDescription("What the system does: trading, settlement, risk, bank-futures, market-data, internet-account-opening or other.") SystemKind kind,
        @JsonPropertyDescription("Whether it is a core system (核心系统, 1.4.1); when not stated, trading, settlement, risk and bank-futures systems are core.") Boolean core,
        @JsonPropertyDescription("The supplier of the system.") String vendor,
        @JsonPropertyDescription("Whether the system was developed in house (then it has no vendor).") Boolean inHouse,
        @JsonPropertyDescription("Data is separated from the application so that client terminals cannot reach the core data bypassing the application (数据与应用分离).") Boolean dataApplicationSeparated,
        @JsonPropertyDescription("The system controls clients' risk in real time (实时风险控制).") Boolean realTimeRiskControl,
        @JsonPropertyDescription("The system produces, records and stores the logs needed for audit.") Boolean auditLogging,
        @JsonPropertyDescription("How long the system's trading and audit logs are kept, in days.") Integer logRetentionDays,
        @JsonPropertyDescription("The system can report the prescribed data to 期货市场监控中心.") Boolean reportsToCfmmc,
        @JsonPropertyDescription("Functions of the system able to alter or forge trading data or otherwise distort it (篡改、伪造); [] when there are none.") List<String> dataAlteringFunctions,
        @JsonPropertyDescription("The system has authorisation management (授权管理).") Boolean authorisationManagement,
        @JsonPropertyDescription("Run-time monitoring tools or measures covering the system (ids of trading.monitoringTools or names); [] when none.") List<String> monitoredBy,
        @JsonPropertyDescription("The system has flow control management (流量控制).") Boolean flowControl,
        @JsonPropertyDescription("Interfaces the vendor provides for the system: trading, bank-futures, management; [] when none.") List<VendorInterface> vendorInterfaces,
        @JsonPropertyDescription("Account-opening channels the system supports: one-by-one, file-import, api; [] when none.") List<AccountOpeningChannel> accountOpeningChannels,
        @JsonPropertyDescription("The system links to 期货市场监控中心's investor query-key system (投资者查询取密钥系统).") Boolean cfmmcQueryKeyLink,
        @JsonPropertyDescription("Internet account opening: the system verifies the client's real name (开户实名制).") Boolean realNameVerification,
        @JsonPropertyDescription("Internet account opening: the system applies the investor suitability rules (投资者适当性).") Boolean suitabilityChecks,
        @JsonPropertyDescription("The system has client trading-access authentication (客户交易接入认证).") Boolean clientAccessAuthentication,
        @JsonPropertyDescription("Client trading-access authentication is enabled in production.") Boolean clientAccessAuthenticationEnabled,
        @JsonPropertyDescription("Clients log in to the system with a password.") Boolean clientLogin,
        @JsonPropertyDescription("Client password controls of the system.") PasswordSecurity passwordSecurity,
        @JsonPropertyDescription("Backup of the system and its components, with drills.") SystemBackup backup,
        @JsonPropertyDescription("Components whose single failure stops the system (单点故障); [] when there are none.") List<String> singlePointsOfFailure)
        implements Identified {

    public TradingSystem {
        dataAlteringFunctions = dataAlteringFunctions == null ? null : List.copyOf(dataAlteringFunctions);
        monitoredBy = monitoredBy == null ? null : List.copyOf(monitoredBy);
        vendorInterfaces = vendorInterfaces == null ? null : List.copyOf(vendorInterfaces);
        accountOpeningChannels = accountOpeningChannels == null ? null : List.copyOf(accountOpeningChannels);
        singlePointsOfFailure = singlePointsOfFailure == null ? null : List.copyOf(singlePointsOfFailure);
    }

    /** A trading system (交易系统). */
    public boolean ofKindTrading() {
        return kind == SystemKind.TRADING;
    }

    /** Whether it is a core system: as stated, else by kind (1.4.1); null when neither is known. */
    public Boolean coreSystem() {
        if (core != null) {
            return core;
        }
        return kind == null ? null : kind.coreByDefinition();
    }

    /** Whether it comes from a vendor: not in house; null when neither inHouse nor vendor is stated. */
    public Boolean vendorSupplied() {
        if (inHouse != null) {
            return !inHouse;
        }
        return vendor == null ? null : Boolean.TRUE;
    }

    /** A readable label: the name with the id, for findings. */
    public String label() {
        return name == null ? String.valueOf(id) : id + " (" + name + ")";
    }
}
