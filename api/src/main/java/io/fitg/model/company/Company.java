package io.fitg.model.company;

import io.fitg.model.Identified;

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
 */
public record Company(String name, Integer hqHeadcount, Boolean continuousTrading, Boolean machineRoomHosted,
                      Boolean hostMaintainsInfrastructure, Boolean internetAccountOpening, Boolean usesWindows,
                      Boolean usesAutomatedOpsTools, Boolean onlineTrading, Boolean hasWebsite,
                      Boolean websiteTrading, Boolean customerTradingArea) implements Identified {

    @Override
    public String id() {
        return "company";
    }
}
