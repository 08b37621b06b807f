package io.fitg.model.branch;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;
import io.fitg.model.validation.Percent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * One branch office (分支机构) and the technical facts chapter x.8 asks about. Every field is nullable (not stated);
 * a list is [] when there are none. Only {@code onSiteTrading} branches are held to the 提供现场交易的分支机构 clauses.
 *
 * @param id                      a stable id
 * @param name                    its name
 * @param onSiteTrading           whether it offers on-site trading (现场交易, 1.4.5)
 * @param equipmentAreaSeparate   whether its equipment area is a separate area (单独的区域)
 * @param devices                 its network, communication, host and security devices
 * @param tradingHoursTechnicians the technicians responsible for the technical systems during trading hours
 * @param structureDocument       the business-system structure document (业务系统结构文档)
 * @param lastSystemChange        the date of the latest change to its business systems or network
 * @param tradingComputers        the computers its trading systems use, with antivirus and patch status
 * @param hqReporting             how headquarters learns its running state
 * @param contacts                its contact list for headquarters and IT service providers
 * @param tradingLinks            its trading communication links (交易通信链路)
 * @param capacityMonitored       whether the capacity of its devices is monitored (设备容量监控)
 * @param upgradeThresholdPercent the measured peak use above which the company's procedure calls for an upgrade
 * @param upgrades                upgrades of its devices and links; {@code reference} names the device or link
 * @param dailyProcedure          its daily operations procedure (日常运行流程)
 * @param emergencyProcedure      its emergency procedure (应急处理流程)
 * @param drills                  its drills of those procedures (演练)
 * @param equipmentRoom           whether its equipment area is a room of its own (earlier edition 4.8.2.1)
 * @param equipmentAreaUps        whether its equipment area has a UPS (earlier edition 4.8.2.2)
 * @param equipmentAreaAirConditioning whether its equipment area has air conditioning (earlier edition 4.8.2.2)
 */
public record Branch(
        @JsonPropertyDescription("a stable id of the branch office")
        String id,
        @JsonPropertyDescription("its name")
        String name,
        @JsonPropertyDescription("whether it offers on-site trading (现场交易, 1.4.5: customers trade with the "
                + "company's on-site network and equipment)")
        Boolean onSiteTrading,
        @JsonPropertyDescription("whether its equipment area is a separate area (单独的区域) for the network, "
                + "communication and host devices")
        Boolean equipmentAreaSeparate,
        @JsonPropertyDescription("its network, communication, host and security devices")
        List<BranchDevice> devices,
        @JsonPropertyDescription("the technicians responsible for the technical systems during trading hours, by "
                + "name; [] when none")
        List<String> tradingHoursTechnicians,
        @JsonPropertyDescription("the business-system structure document (业务系统结构文档): title, issued, revised")
        DocumentRecord structureDocument,
        @JsonPropertyDescription("the date of the latest change to its business systems or network, YYYY-MM-DD")
        LocalDate lastSystemChange,
        @JsonPropertyDescription("the computers its trading systems use, with antivirus and patch status")
        TradingComputers tradingComputers,
        @JsonPropertyDescription("how headquarters learns its running state")
        HqReporting hqReporting,
        @JsonPropertyDescription("its contact list for headquarters and IT service providers")
        List<BranchContact> contacts,
        @JsonPropertyDescription("its trading communication links (交易通信链路); [] when none")
        List<TradingLink> tradingLinks,
        @JsonPropertyDescription("whether the capacity of its devices is monitored (设备容量监控)")
        Boolean capacityMonitored,
        @JsonPropertyDescription("the measured peak use, in percent, above which the company's procedure calls for "
                + "upgrading a device or link")
        @Percent BigDecimal upgradeThresholdPercent,
        @JsonPropertyDescription("upgrades of its devices and links; reference names the device or link upgraded")
        List<ActivityRecord> upgrades,
        @JsonPropertyDescription("its daily operations procedure (日常运行流程)")
        DocumentRecord dailyProcedure,
        @JsonPropertyDescription("its emergency procedure (应急处理流程)")
        DocumentRecord emergencyProcedure,
        @JsonPropertyDescription("its drills of the daily and emergency procedures (演练)")
        List<ActivityRecord> drills,
        @JsonPropertyDescription("whether its equipment area is a room of its own (单独的房间), not only a partitioned "
                + "area. Only the earlier edition asks for it (4.8.2.1, branches offering on-site trading); optional "
                + "otherwise")
        Boolean equipmentRoom,
        @JsonPropertyDescription("whether its equipment area has a UPS (配备UPS). Only the earlier edition asks for it "
                + "(4.8.2.2, branches offering on-site trading); optional otherwise")
        Boolean equipmentAreaUps,
        @JsonPropertyDescription("whether its equipment area has air conditioning (配备空调). Only the earlier edition "
                + "asks for it (4.8.2.2, branches offering on-site trading); optional otherwise")
        Boolean equipmentAreaAirConditioning) implements FactSource, Identified {

    public Branch {
        devices = devices == null ? null : List.copyOf(devices);
        tradingHoursTechnicians = tradingHoursTechnicians == null ? null : List.copyOf(tradingHoursTechnicians);
        contacts = contacts == null ? null : List.copyOf(contacts);
        tradingLinks = tradingLinks == null ? null : List.copyOf(tradingLinks);
        upgrades = upgrades == null ? null : List.copyOf(upgrades);
        drills = drills == null ? null : List.copyOf(drills);
    }

    /** A branch described without the earlier edition's equipment-room facts. */
    public Branch(String id, String name, Boolean onSiteTrading, Boolean equipmentAreaSeparate, List<BranchDevice> devices,
                  List<String> tradingHoursTechnicians, DocumentRecord structureDocument, LocalDate lastSystemChange,
                  TradingComputers tradingComputers, HqReporting hqReporting, List<BranchContact> contacts,
                  List<TradingLink> tradingLinks, Boolean capacityMonitored, BigDecimal upgradeThresholdPercent,
                  List<ActivityRecord> upgrades, DocumentRecord dailyProcedure, DocumentRecord emergencyProcedure,
                  List<ActivityRecord> drills) {
        this(id, name, onSiteTrading, equipmentAreaSeparate, devices, tradingHoursTechnicians, structureDocument,
                lastSystemChange, tradingComputers, hqReporting, contacts, tradingLinks, capacityMonitored,
                upgradeThresholdPercent, upgrades, dailyProcedure, emergencyProcedure, drills, null, null, null);
    }

    /** Only the branch itself is a fact: its devices, links and records are read through it. */
    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
    }
}
