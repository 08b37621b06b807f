package io.fitg.rules.security;

import io.fitg.api.Clause;
import io.fitg.model.security.Account;
import io.fitg.model.security.AccountChange;
import io.fitg.model.security.Accounts;
import io.fitg.model.security.Passwords;
import io.fitg.model.security.RoleChange;
import io.fitg.model.security.Security;
import io.fitg.model.security.StoredCredential;
import io.fitg.model.security.WrittenPassword;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** x.4.5 账户与权限 and x.4.6 口令管理. */
public final class AccountChecks {
    private AccountChecks() {
    }

    static String apath(Account x, String field) {
        return "security.accounts.entries[" + (x.id() == null ? "?" : x.id()) + "]." + field;
    }

    // ---------------------------------------------------------------- x.4.5

    /** x.4.5.1: the account–permission table lists every production account with its system and permissions. */
    public static void permissionTable(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        String expected = "a table of the production environment's system accounts and their permissions";
        Accounts acc = s.accounts();
        if (acc == null || acc.entries() == null) {
            Common.missing(v, expected, "security.accounts.entries", "未提供生产环境系统账户与权限关系表。", s);
            return;
        }
        if (acc.entries().isEmpty()) {
            v.expected(expected).observed("the table has no entries").facts(acc)
                    .situation("没有生产环境系统账户与权限的关系表（表中无任何账户）。").nonCompliant();
            return;
        }
        Items<Account> items = Items.all(acc.entries(), x -> {
            Eval sys = Common.blank(x.system())
                    ? Eval.unknown(apath(x, "system"), "system not stated", "所属系统未说明") : Eval.ok();
            Eval perms = x.permissions() == null
                    ? Eval.unknown(apath(x, "permissions"), "permissions not stated", "权限未说明")
                    : Eval.check(!x.permissions().isEmpty(), "the table lists no permission for it", "关系表未列明其权限");
            return sys.and(perms);
        });
        long systems = acc.entries().stream().map(Account::system).filter(x -> !Common.blank(x)).distinct().count();
        // a revision after the as-of date does not exist yet (P3)
        LocalDate updated = Common.updatedBy(acc.table(), a.asOf());
        String dated = updated == null ? "" : ", updated " + updated;
        Common.decide(v, expected, items.eval("accounts", "账户"),
                items.size() + " accounts on " + systems + " systems, each with its permissions" + dated,
                "已建立生产环境系统账户与权限关系表，涵盖" + systems + "个系统的" + items.size() + "个账户"
                        + (dated.isEmpty() ? "" : "，最近更新于" + updated) + "。",
                acc, items.failing().isEmpty() && items.unknown().isEmpty() ? List.of() : items.cited());
    }

    /** x.4.5.2: every account or permission change approved (before it was made) and fully recorded. */
    public static void changeApproval(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        String expected = "every account and permission change approved before it was made, with a complete record "
                + "(date, account, approver, approval date)";
        Accounts acc = s.accounts();
        if (acc == null || acc.changes() == null) {
            Common.missing(v, expected, "security.accounts.changes", "未提供账户和权限变更记录。", s);
            return;
        }
        List<AccountChange> past = acc.changes().stream().filter(x -> x.date() == null || !x.date().isAfter(asOf)).toList();
        Items<AccountChange> items = Items.all(past, x -> {
            String p = "security.accounts.changes[" + (x.id() == null ? "?" : x.id()) + "]";
            if (Boolean.FALSE.equals(x.approved())) {
                return Eval.fail("made without approval", "未经审批");
            }
            if (x.date() != null && x.approvalDate() != null && x.approvalDate().isAfter(x.date())) {
                return Eval.fail("approved on " + x.approvalDate() + ", after the change on " + x.date(),
                        x.date() + "变更，" + x.approvalDate() + "才审批");
            }
            Eval r = Eval.ok();
            if (x.approved() == null) {
                r = r.and(Eval.unknown(p + ".approved", "approval not stated", "是否审批未说明"));
            }
            if (x.date() == null) {
                r = r.and(Eval.unknown(p + ".date", "change date not recorded", "未记录变更日期"));
            }
            if (x.approvalDate() == null) {
                r = r.and(Eval.unknown(p + ".approvalDate", "approval date not recorded", "未记录审批日期"));
            }
            if (Common.blank(x.approvedBy())) {
                r = r.and(Eval.unknown(p + ".approvedBy", "approver not recorded", "未记录审批人"));
            }
            if (Common.blank(x.account())) {
                r = r.and(Eval.unknown(p + ".account", "account not recorded", "未记录变更的账户"));
            }
            return r;
        });
        Common.decide(v, expected, items.eval("account changes", "账户和权限变更"),
                items.size() == 0 ? "no account or permission change recorded"
                        : "changes recorded: " + items.size() + "; all approved beforehand and fully recorded",
                items.size() == 0 ? "未发生账户和权限变更。"
                        : "账户和权限变更" + items.size() + "次，均事先审批并有完整记录。",
                acc, items.failing().isEmpty() && items.unknown().isEmpty() ? List.of() : items.cited());
    }

    /**
     * x.4.5.3: after every job change, the person's accounts adjusted in time: 及时 is {@link Common#TIMELY_DAYS} days
     * (P9), or the company's own shorter deadline ({@code adjustWithinDays}). A job change whose deadline has not
     * passed on the as-of date is not yet due. An adjustment dated after the as-of date does not count (P3).
     */
    public static void roleChange(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        Accounts acc = s.accounts();
        Common.Period period = Common.Period.timely(acc == null ? null : acc.adjustWithinDays(),
                "security.accounts.adjustWithinDays");
        int days = period.days();
        String expected = "accounts and permissions adjusted after every job change within " + period.en();
        if (acc == null || acc.roleChanges() == null) {
            Common.missing(v, expected, "security.accounts.roleChanges", "未提供岗位变动及账户调整记录。", s);
            return;
        }
        List<RoleChange> past = acc.roleChanges().stream().filter(x -> x.date() == null || !x.date().isAfter(asOf)).toList();
        List<String> notYet = new ArrayList<>();
        Items<RoleChange> items = Items.all(past, x -> {
            String p = "security.accounts.roleChanges[" + (x.id() == null ? "?" : x.id()) + "]";
            if (x.date() == null) {
                return Eval.unknown(p + ".date", "job change date not stated", "岗位变动日期未说明");
            }
            LocalDate adj = x.accountsAdjusted() == null || x.accountsAdjusted().isAfter(asOf) ? null : x.accountsAdjusted();
            if (adj != null && !adj.isAfter(x.date())) {
                return Eval.ok();   // on the day (or before): timely under any deadline
            }
            LocalDate due = x.date().plusDays(days);
            if (adj != null) {
                return Eval.check(!adj.isAfter(due), "adjusted " + adj + ", after the deadline " + due,
                        x.date() + "岗位变动，" + adj + "才调整账户，超过" + period.zh());
            }
            if (due.isBefore(asOf)) {
                return Eval.unknown(p + ".accountsAdjusted", "no adjustment on or before " + asOf
                        + " although the deadline " + due + " passed", "时限" + due + "已过，未说明账户调整日期");
            }
            notYet.add(Items.label(x) + " not yet due (until " + due + ")");
            return Eval.ok();
        });
        String pending = notYet.isEmpty() ? "" : "; " + String.join("; ", notYet);
        Common.decide(v, expected, items.eval("job changes", "岗位变动"),
                items.size() == 0 ? "no job change of an account holder recorded on or before " + asOf
                        : "job changes: " + items.size() + "; accounts adjusted on the day or within " + period.en()
                        + pending,
                items.size() == 0 ? "评估基准日前未发生账户持有人岗位变动。"
                        : "岗位变动" + items.size() + "次，均在" + period.zh() + "内调整了对应系统的账户和权限"
                        + (notYet.isEmpty() ? "" : "或尚未到期") + "。",
                acc, items.failing().isEmpty() && items.unknown().isEmpty() ? List.of() : items.cited());
    }

    /**
     * x.4.5.4: no super-administrator account used for daily business operations. An empty account table
     * ({@code entries: []}) shows no account at all, although every production system has administrator accounts:
     * NON_COMPLIANT, as x.4.5.1 (the table) and x.4.6.3 (password rotation) are.
     */
    public static void superAdminDailyUse(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        String expected = "no super-administrator account used for daily business operations";
        Accounts acc = s.accounts();
        if (acc == null || acc.entries() == null) {
            Common.missing(v, expected, "security.accounts.entries", "未提供生产环境账户清单。", s);
            return;
        }
        if (acc.entries().isEmpty()) {
            v.expected(expected).observed("the account table is empty (security.accounts.entries: []): the "
                            + "super-administrator accounts every production system has are not accounted for")
                    .situation("生产环境账户清单为空，无法说明超级管理员账户的使用情况。").facts(acc).nonCompliant();
            return;
        }
        Items<Account> items = Items.of(acc.entries(), x -> x.superAdmin() == null
                        ? Eval.unknown(apath(x, "superAdmin"), "whether it is a super-administrator is not stated", "是否超级管理员未说明")
                        : (x.superAdmin() ? Eval.ok() : Eval.fail("", "")),
                x -> x.usedForDailyOperations() == null
                        ? Eval.unknown(apath(x, "usedForDailyOperations"), "daily use not stated", "是否用于日常操作未说明")
                        : Eval.check(!x.usedForDailyOperations(), "used for daily business operations", "用于日常业务操作"));
        Common.decide(v, expected, items.eval("super-administrator accounts", "超级管理员账户", Eval.ok()),
                items.size() == 0 ? "no super-administrator account in the table" + items.maybeNote()
                        : "none of the " + items.size() + " super-administrator accounts (" + items.labels()
                        + ") is used for daily operations" + items.maybeNote(),
                items.size() == 0 ? "账户表中无超级管理员账户" + items.maybeNoteZh() + "。"
                        : "超级管理员账户" + items.size() + "个（" + items.labels() + "）均不用于日常业务操作"
                        + items.maybeNoteZh() + "。",
                acc, items.cited());
    }

    // ---------------------------------------------------------------- x.4.6

    /** x.4.6.1: every password kept in writing is physically protected (met when none is kept in writing). */
    public static void writtenPasswords(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        String expected = "every password kept in writing under secure physical protection";
        Passwords p = s.passwords();
        if (p == null || p.written() == null) {
            Common.missing(v, expected, "security.passwords.written", "未说明书面保存口令的情况。", s);
            return;
        }
        if (p.written().isEmpty()) {
            // 所有书面方式保存的口令: none is kept in writing, so none is unprotected (never NOT_APPLICABLE)
            v.expected(expected).observed("no password is kept in writing (security.passwords.written: []): "
                    + "none is unprotected").situation("公司无书面方式保存的口令。").facts(p).compliant();
            return;
        }
        Items<WrittenPassword> items = Items.all(p.written(), w -> w.physicallyProtected() == null
                ? Eval.unknown("security.passwords.written[" + (w.id() == null ? "?" : w.id()) + "].physicallyProtected",
                "protection not stated", "保护措施未说明")
                : Eval.check(w.physicallyProtected(), "no secure physical protection", "无安全的物理保护措施"));
        List<String> how = p.written().stream().map(WrittenPassword::protection).filter(x -> !Common.blank(x)).toList();
        Common.decide(v, expected, items.eval("written passwords", "书面保存的口令"),
                "written passwords: " + items.size() + "; all physically protected (" + String.join("; ", how) + ")",
                "书面保存的口令" + items.size() + "项均有安全的物理保护措施（" + String.join("；", how) + "）。", items.cited());
    }

    /** x.4.6.2: the policy requires passwords to mix at least two character classes. */
    public static void complexity(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        String expected = "a password complexity requirement: passwords must mix at least 2 character classes";
        Passwords p = s.passwords();
        if (p == null || p.minCharacterClasses() == null) {
            Common.missing(v, expected, "security.passwords.minCharacterClasses", "未说明口令复杂度要求。", s);
            return;
        }
        String len = p.minLength() == null ? "" : ", at least " + p.minLength() + " characters";
        String lenZh = p.minLength() == null ? "" : "，长度不少于" + p.minLength() + "位";
        Common.decide(v, expected, Eval.check(p.minCharacterClasses() >= 2,
                        "passwords need only " + p.minCharacterClasses() + " character class" + len,
                        "口令只要求" + p.minCharacterClasses() + "类字符" + lenZh + "，无复杂度要求"),
                "at least " + p.minCharacterClasses() + " character classes" + len,
                "口令须包含至少" + p.minCharacterClasses() + "类字符" + lenZh + "。", p);
    }

    /**
     * x.4.6.3 口令应定期更换: passwords expire after a set period — the company's, capped at a year (定期, P2); 0 (never
     * expire) fails — and every account's password was changed within it. Passwords to change must exist: with no
     * account on record ({@code entries: []}) nothing shows that any password is changed, so the clause is
     * NON_COMPLIANT (never met vacuously).
     */
    public static void rotation(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        Passwords p = s.passwords();
        Integer stated = p == null ? null : p.rotationDays();
        Common.Period period = Common.Period.regular(stated, "security.passwords.rotationDays");
        Integer days = stated == null || stated == 0 ? null : period.days();
        String expected = "passwords changed periodically: a rotation period set (at most a year), and every account's "
                + "password changed within it (applied: " + (stated != null && stated == 0 ? "none, passwords never expire"
                : period.en()) + ")";
        Eval periodEval = stated == null
                ? Eval.unknown("security.passwords.rotationDays", "rotation period not stated", "口令更换周期未说明")
                : Eval.check(stated > 0, "passwords never expire (rotationDays: 0)", "口令不要求定期更换");
        Eval accounts;
        Items<Account> items = null;
        if (s.accounts() == null || s.accounts().entries() == null) {
            accounts = Eval.unknown("security.accounts.entries", "accounts not stated", "未提供账户清单");
        } else if (s.accounts().entries().isEmpty()) {
            accounts = Eval.fail("the account table is empty (security.accounts.entries: []): no password is shown "
                    + "changed", "账户清单为空，无法说明口令定期更换");
        } else {
            items = Items.all(s.accounts().entries(), x -> Common.withinPolicy(x.passwordChanged(), days, asOf,
                    apath(x, "passwordChanged"), "security.passwords.rotationDays", "password last changed",
                    "口令最近一次更换"));
            accounts = stated != null && stated == 0 ? Eval.ok() : items.eval("accounts", "账户");
        }
        int n = items == null ? 0 : items.size();
        Common.decide(v, expected, periodEval.and(accounts),
                "rotation every " + period.en() + "; accounts: " + n + ", each changed within it",
                "口令每" + period.zh() + "更换一次；" + n + "个账户的口令均在周期内更换过。",
                p, items == null || (items.failing().isEmpty() && items.unknown().isEmpty()) ? List.of() : items.cited());
    }

    /** x.4.6.4: no database user's password stored in plaintext on any computer. */
    public static void databasePlaintext(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        String expected = "no database user's password stored in plaintext on any computer";
        Passwords p = s.passwords();
        if (p == null || p.databaseCredentials() == null) {
            Common.missing(v, expected, "security.passwords.databaseCredentials", "未说明数据库用户口令的存放方式。", s);
            return;
        }
        Items<StoredCredential> items = Items.all(p.databaseCredentials(), x -> x.storage() == null
                ? Eval.unknown("security.passwords.databaseCredentials[" + (x.id() == null ? "?" : x.id()) + "].storage",
                "storage not stated", "存放方式未说明")
                : Eval.check(x.storage().encrypted(), "stored in plaintext" + (Common.blank(x.location()) ? ""
                : " in " + x.location()), "明文存放" + (Common.blank(x.location()) ? "" : "于" + x.location())));
        Common.decide(v, expected, items.eval("stored database passwords", "存放的数据库用户口令"),
                items.size() == 0 ? "no database password stored on any computer"
                        : "stored database passwords: " + items.size() + "; none in plaintext",
                items.size() == 0 ? "计算机中未存放数据库用户口令。"
                        : "计算机中存放的数据库用户口令" + items.size() + "处均未明文存放。", p, items.cited());
    }
}
