package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the host inventory: a server, a workstation, a network or storage device, or a group of identical
 * machines reported together (then {@code count} says how many, and every date is the oldest among them).
 * The x.4.2 rules (antivirus, scans and hardening, insecure services, USB control) and x.4.1.7 (management
 * network) read it.
 */
public record Host(
        @JsonPropertyDescription("A stable id (host name or asset number), cited in findings.")
        String id,
        @JsonPropertyDescription("What it is or does, e.g. 'CTP trading front 1', 'settlement workstations'.")
        String name,
        @JsonPropertyDescription("server, workstation, network-device or storage.")
        HostKind kind,
        @JsonPropertyDescription("How many identical machines this entry stands for (a group reported together; its "
                + "dates are the oldest among them). Default 1.")
        Integer count,
        @JsonPropertyDescription("Part of the production environment (生产环境, 1.4.2).")
        Boolean production,
        @JsonPropertyDescription("Supports the core systems (核心系统, 1.4.1: trading, settlement, risk control, "
                + "bank-futures transfer).")
        Boolean core,
        @JsonPropertyDescription("Provides services to the internet (通过互联网向外提供服务).")
        Boolean internetFacing,
        @JsonPropertyDescription("Runs the Windows platform.")
        Boolean windows,
        @JsonPropertyDescription("Holds important production data (存有重要生产数据).")
        Boolean holdsKeyProductionData,
        @JsonPropertyDescription("Antivirus software is installed (Windows machines).")
        Boolean antivirus,
        @JsonPropertyDescription("Date of the virus signatures (病毒库) currently installed.")
        LocalDate signaturesUpdated,
        @JsonPropertyDescription("Date of the latest full antivirus check (全面检查).")
        LocalDate lastFullVirusScan,
        @JsonPropertyDescription("Date of the latest security (vulnerability and port) scan.")
        LocalDate lastSecurityScan,
        @JsonPropertyDescription("Date of the latest hardening, or of the latest check against the hardening baseline.")
        LocalDate lastHardening,
        @JsonPropertyDescription("Ports the latest scan found open that the host does not need and that are still open; "
                + "[] when none.")
        List<String> unneededOpenPorts,
        @JsonPropertyDescription("Network services enabled on the host, e.g. [ssh, https]; telnet, ftp, tftp, rsh, rlogin "
                + "and rexec are the insecure ones (x.4.2.7/x.4.2.8).")
        List<String> services,
        @JsonPropertyDescription("Protocols used to log in to, administer and transfer files to the host, e.g. [ssh, sftp]. "
                + "Encrypted: ssh, sftp, scp, ftps, https, rdp, tls, snmpv3; not encrypted: telnet, ftp, tftp, rsh, "
                + "rlogin, rexec, http, vnc, snmpv1, snmpv2c.")
        List<String> adminProtocols,
        @JsonPropertyDescription("Managed only through the separate management network (out of band, x.4.1.7).")
        Boolean managedOutOfBand,
        @JsonPropertyDescription("USB storage on this machine is disabled or controlled (whitelisting, DLP) against "
                + "unauthorised copying.")
        Boolean usbStorageControlled,
        @JsonPropertyDescription("Disc burning on this machine is disabled, controlled, or there is no burner.")
        Boolean discBurningControlled) implements Identified {

    public Host {
        unneededOpenPorts = unneededOpenPorts == null ? null : List.copyOf(unneededOpenPorts);
        services = services == null ? null : List.copyOf(services);
        adminProtocols = adminProtocols == null ? null : List.copyOf(adminProtocols);
    }

    /** A label for findings: the id, and the group size when the entry stands for several machines. */
    public String label() {
        String base = id != null ? id : (name != null ? name : "?");
        return count != null && count > 1 ? base + " (" + count + " machines)" : base;
    }
}
