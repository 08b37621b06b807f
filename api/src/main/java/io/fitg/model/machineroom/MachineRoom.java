package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * One machine room (机房): per 1.4.6, every room that hosts the production environment, owned or hosted. Every
 * clause of chapter x.2 applies to every room; the core-system clauses (核心系统所在机房) to rooms with
 * {@code coreSystems: true}. Every field is nullable: null means "not stated"; an empty list means "none".
 */
public record MachineRoom(
        @JsonPropertyDescription("A stable id of the room, e.g. SH-HQ-1; findings cite it")
        String id,
        @JsonPropertyDescription("The room's name, e.g. 总部生产机房")
        String name,
        @JsonPropertyDescription("Where the room is: building, floor, data centre")
        String location,
        @JsonPropertyDescription("Whether core systems (1.4.1: centralised trading, settlement, risk control, bank-futures transfer) run in this room (核心系统所在机房)")
        Boolean coreSystems,
        @JsonPropertyDescription("Whether the room is hosted in a third party's data centre (机房托管)")
        Boolean hosted,
        @JsonPropertyDescription("The hosting provider, when hosted")
        String host,
        @JsonPropertyDescription("Whether the host maintains the room's infrastructure (power, UPS, air conditioning) under the hosting contract (由托管方维护机房基础设施)")
        Boolean hostMaintainsInfrastructure,
        @JsonPropertyDescription("The hosting contract, when hosted; when the host maintains the infrastructure it is the maintenance contract of the room's UPS and air conditioning")
        DocumentRecord hostingContract,
        @JsonPropertyDescription("Whether the room is an independent enclosed area (独立封闭区域): walls and doors of its own, not open to other areas")
        Boolean enclosedArea,
        @JsonPropertyDescription("The room's access control (门禁)")
        AccessControl accessControl,
        @JsonPropertyDescription("Rated floor load of the room in kg per square metre (承重, 公斤每平方米), from the structural design or a load certificate")
        BigDecimal floorLoadKgPerSqm,
        @JsonPropertyDescription("Whether fire detection (火警检测: smoke or heat detectors linked to a fire alarm) is installed")
        Boolean fireDetection,
        @JsonPropertyDescription("Fire-suppression installations and extinguishers of the room (灭火设施); an empty list means none")
        List<FireSuppression> fireSuppression,
        @JsonPropertyDescription("Whether emergency lighting (应急照明) is installed")
        Boolean emergencyLighting,
        @JsonPropertyDescription("Video surveillance of the room (录像监控)")
        VideoSurveillance video,
        @JsonPropertyDescription("Whether lightning protection and grounding (防雷接地) are installed")
        Boolean lightningGrounding,
        @JsonPropertyDescription("Whether rodent protection (防鼠: sealed openings, rodent barriers or repellers) is installed")
        Boolean rodentProtection,
        @JsonPropertyDescription("Whether anti-static measures (防静电: anti-static raised floor, grounding of racks) are installed")
        Boolean antiStatic,
        @JsonPropertyDescription("Water-leak detection (漏水检测)")
        LeakDetection leakDetection,
        @JsonPropertyDescription("Environment and power monitoring system (机房环境动力监测系统)")
        EnvironmentMonitoring environmentMonitoring,
        @JsonPropertyDescription("The room's power supply: utility feeds, UPS, generators, emergency supply agreements, switchover drills")
        PowerSupply power,
        @JsonPropertyDescription("The room's heat load in kW (机房热容量/热负荷): the cooling the room needs at its installed IT and facility load")
        BigDecimal heatLoadKw,
        @JsonPropertyDescription("Air-conditioning units cooling the room, precision and other; an empty list means none")
        List<AirConditioner> airConditioners,
        @JsonPropertyDescription("Temperature and humidity monitoring (温湿度监控) and its records")
        ClimateMonitoring climateMonitoring,
        @JsonPropertyDescription("Whether fresh-air ventilation (新风设施) is installed")
        Boolean freshAir,
        @JsonPropertyDescription("The room's cabling (布线), as found by the latest cabling survey")
        Cabling cabling,
        @JsonPropertyDescription("Maintenance contracts with professional organisations for the room's facilities (维护合同)")
        List<MaintenanceContract> maintenanceContracts,
        @JsonPropertyDescription("In-house professional maintenance staff for the room's facilities (专业维护人员)")
        List<FacilityMaintainer> facilityMaintainers,
        @JsonPropertyDescription("Days per week the room is watched by staff on duty (值守), 7 for every day. Only the "
                + "earlier edition asks for it (4.2.1.10: automatic alarms or 7*24小时值守); optional otherwise")
        Integer watchDaysPerWeek,
        @JsonPropertyDescription("Hours per day of that watch, 24 for round the clock (earlier edition 4.2.1.10)")
        Integer watchHoursPerDay) implements FactSource, Identified {

    public MachineRoom {
        fireSuppression = fireSuppression == null ? null : List.copyOf(fireSuppression);
        airConditioners = airConditioners == null ? null : List.copyOf(airConditioners);
        maintenanceContracts = maintenanceContracts == null ? null : List.copyOf(maintenanceContracts);
        facilityMaintainers = facilityMaintainers == null ? null : List.copyOf(facilityMaintainers);
    }

    /** The id, else the name, for findings and messages. */
    public String label() {
        if (id != null && !id.isBlank()) {
            return id;
        }
        return name != null && !name.isBlank() ? name : "(unnamed room)";
    }

    /** The name, else the id, for the Chinese 情况说明. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return id != null && !id.isBlank() ? name + "（" + id + "）" : name;
        }
        return label();
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
    }
}
