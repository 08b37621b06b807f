package io.fitg.model.management;

import io.fitg.model.Identified;
import io.fitg.model.validation.PersonalData;

import java.util.List;

/**
 * One person on the staff roster (总部技术部门人员 and branch technicians).
 *
 * @param id             employee number or another stable id
 * @param name           name (pseudonymised in reports with --redact)
 * @param hq             works at headquarters (总部)
 * @param techDepartment belongs to the HQ technology department (总部技术部门)
 * @param roles          roles held, e.g. security-manager, network-administrator, technical-liaison, it-auditor
 */
public record StaffMember(@PersonalData String id, @PersonalData String name, Boolean hq, Boolean techDepartment,
                          List<String> roles)
        implements Identified {
    public StaffMember {
        roles = roles == null ? null : List.copyOf(roles);
    }

    /** A member of the HQ technology department (总部技术部门人员). */
    public boolean hqTech() {
        return Boolean.TRUE.equals(hq) && Boolean.TRUE.equals(techDepartment);
    }
}
