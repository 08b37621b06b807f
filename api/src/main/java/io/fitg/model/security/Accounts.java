package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/** x.4.5 账户与权限: the account–permission table, its changes, and job changes. */
public record Accounts(
        @JsonPropertyDescription("The account–permission table as a document (its issue and latest revision dates).")
        DocumentRecord table,
        @JsonPropertyDescription("The table's rows: every system account of the production environment.")
        List<Account> entries,
        @JsonPropertyDescription("Account and permission changes (the change log), each with its approval; [] when none.")
        List<AccountChange> changes,
        @JsonPropertyDescription("Job changes of account holders, each with the date the accounts were adjusted; [] when none.")
        List<RoleChange> roleChanges,
        @JsonPropertyDescription("The company's own deadline, in days after a job change, for adjusting the person's "
                + "accounts; 0 means the same day. The guideline's 及时 is at most 30 days: a longer deadline is "
                + "capped at 30, and 30 applies when none is stated.")
        Integer adjustWithinDays) implements Identified {

    public Accounts {
        entries = entries == null ? null : List.copyOf(entries);
        changes = changes == null ? null : List.copyOf(changes);
        roleChanges = roleChanges == null ? null : List.copyOf(roleChanges);
    }

    @Override
    public String id() {
        return "security.accounts";
    }
}
