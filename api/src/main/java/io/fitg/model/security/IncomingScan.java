package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/** x.4.2.6: virus checks before data from removable media, files from the network or mail are read. */
public record IncomingScan(
        @JsonPropertyDescription("Removable media are scanned for viruses before their data is read.")
        Boolean removableMedia,
        @JsonPropertyDescription("Files received from the network are scanned for viruses before they are opened.")
        Boolean networkFiles,
        @JsonPropertyDescription("Received mail and attachments are scanned for viruses before they are opened.")
        Boolean email,
        @JsonPropertyDescription("How: e.g. real-time scanning on insertion, mail gateway antivirus.")
        String mechanism) implements Identified {

    @Override
    public String id() {
        return "security.incomingScan";
    }
}
