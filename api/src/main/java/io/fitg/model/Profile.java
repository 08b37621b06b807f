package io.fitg.model;

import io.fitg.model.backup.Backup;
import io.fitg.model.branch.Branch;
import io.fitg.model.company.Company;
import io.fitg.model.machineroom.MachineRoom;
import io.fitg.model.maintenance.Maintenance;
import io.fitg.model.management.Management;
import io.fitg.model.operations.Operations;
import io.fitg.model.security.Security;
import io.fitg.model.trading.Trading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One company's facts: the root of a profile file. Sections follow the guideline's eight chapters. Every section
 * is optional: a missing section makes the clauses that need it INSUFFICIENT_DATA, never COMPLIANT.
 *
 * @param company      company-wide facts and clause conditions
 * @param management   x.1 技术管理
 * @param machineRooms x.2 机房建设: every room hosting production (1.4.6)
 * @param trading      x.3 交易系统
 * @param security     x.4 安全
 * @param operations   x.5 日常运维
 * @param backup       x.6 备份与灾难恢复
 * @param maintenance  x.7 系统维护
 * @param branches     x.8 分支机构
 */
public record Profile(Company company,
                      Management management,
                      List<MachineRoom> machineRooms,
                      Trading trading,
                      Security security,
                      Operations operations,
                      Backup backup,
                      Maintenance maintenance,
                      List<Branch> branches) implements FactSource {

    public Profile {
        machineRooms = machineRooms == null ? null : List.copyOf(machineRooms);
        branches = branches == null ? null : List.copyOf(branches);
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(sections());
        FactSource.one(company, sink);
        FactSource.one(management, sink);
        FactSource.each(machineRooms, sink);
        FactSource.one(trading, sink);
        FactSource.one(security, sink);
        FactSource.one(operations, sink);
        FactSource.one(backup, sink);
        FactSource.one(maintenance, sink);
        FactSource.each(branches, sink);
    }

    /** Which sections and lists this profile gives (present, even if empty). */
    public Sections sections() {
        java.util.Set<String> given = new java.util.HashSet<>();
        if (company != null) given.add("company");
        if (management != null) given.add("management");
        if (machineRooms != null) given.add("machineRooms");
        if (trading != null) given.add("trading");
        if (security != null) given.add("security");
        if (operations != null) given.add("operations");
        if (backup != null) given.add("backup");
        if (maintenance != null) given.add("maintenance");
        if (branches != null) given.add("branches");
        return new Sections(given);
    }

    /** Every fact of the profile, in a stable order. */
    public List<Object> facts() {
        List<Object> out = new ArrayList<>();
        collect(out::add);
        return out;
    }

    /** The company name, or an empty string when the profile gives none. */
    public String companyName() {
        return company == null || company.name() == null ? "" : company.name();
    }
}
