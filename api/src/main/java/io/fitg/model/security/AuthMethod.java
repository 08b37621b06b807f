package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A way an online-trading client authenticates to the server. The strong ones (强度较高, x.4.4.5) are those that
 * rest on something the customer holds or is and that a stolen password does not give: a one-time-password
 * token, a digital certificate, a USB key, biometrics.
 */
public enum AuthMethod {
    @JsonProperty("password") PASSWORD("password", "口令", false),
    @JsonProperty("sms-code") SMS_CODE("sms-code", "短信验证码", false),
    @JsonProperty("otp-token") OTP_TOKEN("otp-token", "动态口令令牌", true),
    @JsonProperty("digital-certificate") DIGITAL_CERTIFICATE("digital-certificate", "数字证书", true),
    @JsonProperty("usb-key") USB_KEY("usb-key", "USB Key", true),
    @JsonProperty("biometric") BIOMETRIC("biometric", "生物特征识别", true),
    @JsonProperty("device-binding") DEVICE_BINDING("device-binding", "设备绑定", false);

    private final String json;
    private final String zh;
    private final boolean strong;

    AuthMethod(String json, String zh, boolean strong) {
        this.json = json;
        this.zh = zh;
        this.strong = strong;
    }

    public String zh() {
        return zh;
    }

    /** A strong authentication mechanism (强度较高的用户身份认证机制). */
    public boolean strong() {
        return strong;
    }

    @Override
    public String toString() {
        return json;
    }
}
