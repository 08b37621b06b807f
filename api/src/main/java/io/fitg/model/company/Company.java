package io.fitg.model.company;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;
import java.util.List;

/**
 * Company-wide facts, many of them the conditions that clauses carry (开展连续交易的, 机房托管且由托管方维护…).
 * Every field is nullable: null means "not stated", which makes the clauses that need it INSUFFICIENT_DATA.
 *
 * @param name                          company name
 * @param hqHeadcount                   number of people at headquarters (总部人数)
 * @param continuousTrading             whether the company offers continuous (night) trading (开展连续交易)
 * @param machineRoomHosted             whether the production machine room is hosted (机房托管)
 * @param hostMaintainsInfrastructure   whether the host maintains the room's infrastructure (由托管方维护机房基础设施)
 * @param internetAccountOpening        whether the company opens accounts over the internet (开展互联网开户)
 * @param usesWindows                   whether production uses the Windows platform (使用Windows平台)
 * @param usesAutomatedOpsTools         whether daily operations use automated operations tools (采用自动化运维工具)
 * @param onlineTrading                 whether the company offers online trading (网上交易)
 * @param hasWebsite                    whether the company runs a website
 * @param websiteTrading                whether the website has trading functions (具备交易功能的网站)
 * @param customerTradingArea           whether business premises have a customer trading area (客户交易区)
 * @param nonTradingDays                weekdays on which the exchanges were closed (public holidays), for the counts
 *                                      of trading and working days; weekends need not be listed
 */
public record Company(String name, Integer hqHeadcount, Boolean continuousTrading, Boolean machineRoomHosted,
                      Boolean hostMaintainsInfrastructure, Boolean internetAccountOpening, Boolean usesWindows,
                      Boolean usesAutomatedOpsTools, Boolean onlineTrading, Boolean hasWebsite,
                      Boolean websiteTrading, Boolean customerTradingArea,
                      @JsonPropertyDescription("Weekdays on which the exchanges were closed (public holidays, 休市日), "
                              + "YYYY-MM-DD. They are not trading days: records dated on them do not make them trading "
                              + "days, and they are skipped when counting back to the previous trading day or counting "
                              + "working days. Weekends need not be listed. Optional.")
                      List<LocalDate> nonTradingDays) implements Identified {

    public Company {
        nonTradingDays = nonTradingDays == null ? null : List.copyOf(nonTradingDays);
    }

    /** The company facts without a list of non-trading days (the form before {@code nonTradingDays}). */
    public Company(String name, Integer hqHeadcount, Boolean continuousTrading, Boolean machineRoomHosted,
                   Boolean hostMaintainsInfrastructure, Boolean internetAccountOpening, Boolean usesWindows,
                   Boolean usesAutomatedOpsTools, Boolean onlineTrading, Boolean hasWebsite,
                   Boolean websiteTrading, Boolean customerTradingArea) {
        this(name, hqHeadcount, continuousTrading, machineRoomHosted, hostMaintainsInfrastructure,
                internetAccountOpening, usesWindows, usesAutomatedOpsTools, onlineTrading, hasWebsite, websiteTrading,
                customerTradingArea, null);
    }

    /** Whether {@code day} is listed as a day the exchanges were closed. */
    public boolean listedNonTradingDay(LocalDate day) {
        return nonTradingDays != null && day != null && nonTradingDays.contains(day);
    }

    @Override
    public String id() {
        return "company";
    }
}
