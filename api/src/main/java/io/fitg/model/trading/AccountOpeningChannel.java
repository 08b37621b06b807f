package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Ways a core system accepts new accounts (x.3.1.10: 逐一录入、文件导入、接口调用). */
public enum AccountOpeningChannel {
    /** 逐一录入: keyed in one by one. */
    @JsonProperty("one-by-one") ONE_BY_ONE,
    /** 文件导入: imported from a file. */
    @JsonProperty("file-import") FILE_IMPORT,
    /** 接口调用: through an API call (e.g. from the internet account-opening system). */
    @JsonProperty("api") API
}
