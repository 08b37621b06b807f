package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.validation.Checked;
import io.fitg.model.validation.PersonalData;

import java.time.LocalDate;
import java.util.List;

/**
 * One person on the staff roster: the HQ technology department (总部技术部门人员), branch technicians, and HQ staff
 * outside the technology department who hold a role the guideline names (the internal IT auditor). People who
 * have left stay on the roster with {@code left} set, so that departures (离岗) can be judged.
 *
 * @param id                            employee number or another stable id
 * @param name                          name (pseudonymised in reports with --redact)
 * @param hq                            works at headquarters (总部)
 * @param techDepartment                belongs to the HQ technology department (总部技术部门)
 * @param roles                         roles held (codes below, or their Chinese names)
 * @param branchId                      the branch office the person works at (id of a {@code branches} entry)
 * @param department                    department name as the company writes it
 * @param post                          post (岗位) as named in the job descriptions
 * @param fullTime                      full-time (专职) in the technology role
 * @param joined                        date the person took up the post (到岗)
 * @param left                          date the person left the post (离岗), null while in post
 * @param accessRevoked                 on leaving: system accounts and access rights revoked
 * @param handoverDone                  on leaving: work, documents and equipment handed over
 * @param education                     highest education level
 * @param itMajor                       the degree's major is related to information technology
 * @param opsExperience                 has system operations and maintenance experience (false: none)
 * @param opsExperienceSince            start of system operations and maintenance experience
 * @param confidentialityAgreement      a confidentiality agreement with the company is signed
 * @param confidentialityAgreementSigned date the confidentiality agreement was signed
 */
public record StaffMember(
        @JsonPropertyDescription("Employee number or another stable id; findings cite it.")
        @PersonalData String id,
        @JsonPropertyDescription("Name (pseudonymised in reports with --redact).")
        @PersonalData String name,
        @JsonPropertyDescription("Works at headquarters (总部). Left out: not stated, and the person may count as "
                + "HQ technology staff (clauses that could turn on it are INSUFFICIENT_DATA).")
        Boolean hq,
        @JsonPropertyDescription("Belongs to the HQ technology department (总部技术部门). Left out: not stated, and "
                + "the person may count (clauses that could turn on it are INSUFFICIENT_DATA).")
        Boolean techDepartment,
        @JsonPropertyDescription("Roles held: security-manager (安全管理人员), network-administrator (网络管理人员), "
                + "technical-liaison (技术联络员/技术联络人), it-auditor (内部IT审计岗), technician (分支机构技术人员); "
                + "names containing their key words count too (see docs/profile/1-management.md); other roles may be "
                + "listed and are ignored. An empty list means none of these.")
        List<String> roles,
        @JsonPropertyDescription("Id of the branch office (an entry of branches) the person works at; null for HQ staff.")
        String branchId,
        @JsonPropertyDescription("Department name as the company writes it (e.g. 信息技术部).")
        String department,
        @JsonPropertyDescription("Post (岗位) as named in the job descriptions (e.g. 系统运维岗).")
        String post,
        @JsonPropertyDescription("Works full-time (专职) in the technology role.")
        Boolean fullTime,
        @JsonPropertyDescription("Date the person took up the post (到岗). Later than the as-of date: not yet in post.")
        LocalDate joined,
        @JsonPropertyDescription("Date the person left the post (离岗: resignation, dismissal or transfer out of a "
                + "technology post); null while in post. On or before the as-of date: no longer counted as staff.")
        LocalDate left,
        @JsonPropertyDescription("For someone who left: their system accounts and access rights were revoked.")
        Boolean accessRevoked,
        @JsonPropertyDescription("For someone who left: work, documents, keys and equipment were handed over.")
        Boolean handoverDone,
        @JsonPropertyDescription("Highest education level: doctorate (博士), master (硕士), bachelor (本科/大学本科), "
                + "associate (大专), secondary (中专/高中) or other (其他); the Chinese names are accepted too.")
        EducationLevel education,
        @JsonPropertyDescription("The major of that degree is related to information technology (信息技术相关专业).")
        Boolean itMajor,
        @JsonPropertyDescription("Has system operations and maintenance experience (系统运行维护经验): false for none; "
                + "when true or left out, opsExperienceSince gives its length.")
        Boolean opsExperience,
        @JsonPropertyDescription("Start of the person's system operations and maintenance experience (系统运行维护经验), "
                + "counted to the as-of date; for an interrupted career, the date that gives the right total.")
        LocalDate opsExperienceSince,
        @JsonPropertyDescription("A confidentiality agreement (保密协议) with the company is signed: true, or false when not.")
        Boolean confidentialityAgreement,
        @JsonPropertyDescription("Date the confidentiality agreement was signed.")
        LocalDate confidentialityAgreementSigned)
        implements Identified, Checked {

    public StaffMember {
        roles = roles == null ? null : List.copyOf(roles);
    }

    /** A person cannot leave a post before taking it up. */
    @Override
    public Problem problem() {
        return Checked.when(joined != null && left != null && left.isBefore(joined), "left",
                "a date on or after joined (" + joined + "), not " + left);
    }

    /** A member of the HQ technology department (总部技术部门人员), whether or not still in post. */
    public boolean hqTech() {
        return Boolean.TRUE.equals(hq) && Boolean.TRUE.equals(techDepartment);
    }

    /** In post on {@code date}: joined on or before it (or join date not stated) and not left on or before it. */
    public boolean inPostOn(LocalDate date) {
        return (joined == null || !joined.isAfter(date)) && (left == null || left.isAfter(date));
    }

    /** Left the post on or before {@code date}. */
    public boolean leftBy(LocalDate date) {
        return left != null && !left.isAfter(date);
    }
}
