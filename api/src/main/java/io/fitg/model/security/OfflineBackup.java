package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/** x.4.3.8/x.4.3.9 网站数据离线备份: the daily offline backup of the website's data and where the media are kept. */
public record OfflineBackup(
        @JsonPropertyDescription("Date of the latest offline backup of the website's data.")
        LocalDate latest,
        @JsonPropertyDescription("The medium (tape, removable disk…).")
        String medium,
        @JsonPropertyDescription("Where the media are kept.")
        String storage,
        @JsonPropertyDescription("The media are stored securely (locked, access-controlled, away from the servers).")
        Boolean storedSecurely) implements Identified {

    @Override
    public String id() {
        return "security.website.offlineBackup";
    }
}
