package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Client password controls switched on in a system (x.3.1.14 客户密码安全管理功能). Each field says whether the
 * control is present and enabled in production.
 *
 * @param initialChangeForced   clients must change the initial password at first login (初始密码修改)
 * @param weakPasswordsRejected weak passwords are rejected (弱口令)
 * @param failedLoginLockout    the login is locked after a number of failed attempts (登录失败次数限制)
 * @param maxFailedLogins       the number of failed attempts that locks the login
 */
public record PasswordSecurity(
        @JsonPropertyDescription("Clients must change the initial password at first login (初始密码修改), and this is enabled.") Boolean initialChangeForced,
        @JsonPropertyDescription("Weak passwords are rejected (弱口令检查), and this is enabled.") Boolean weakPasswordsRejected,
        @JsonPropertyDescription("The login is locked after a number of failed attempts (登录失败次数限制), and this is enabled.") Boolean failedLoginLockout,
        @JsonPropertyDescription("The number of failed login attempts that locks the login.") Integer maxFailedLogins) {
}
