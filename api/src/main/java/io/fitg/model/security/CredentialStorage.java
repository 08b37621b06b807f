package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How stored authentication information or passwords are kept. Only {@code plaintext} is not encrypted. */
public enum CredentialStorage {
    @JsonProperty("hashed") HASHED("hashed", "加盐哈希"),
    @JsonProperty("encrypted") ENCRYPTED("encrypted", "加密"),
    @JsonProperty("vault") VAULT("vault", "密码保管系统"),
    @JsonProperty("plaintext") PLAINTEXT("plaintext", "明文");

    private final String json;
    private final String zh;

    CredentialStorage(String json, String zh) {
        this.json = json;
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public boolean encrypted() {
        return this != PLAINTEXT;
    }

    @Override
    public String toString() {
        return json;
    }
}
