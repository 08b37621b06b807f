package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/**
 * A place where backup media are kept (介质存放场所): a safe at the production centre, a same-city site, an
 * off-site (other city) site.
 *
 * @param id                    a stable id, e.g. {@code SH-VAULT}
 * @param name                  its name or address
 * @param city                  the city it is in (compared with the production centre's city: 同城 / 异地)
 * @param atProductionSite      whether it is at the production centre itself (then it is neither 同城 nor 异地 storage)
 * @param accessControlled      whether access is restricted to authorised people (locked, access control, sign-in)
 * @param fireProtected         whether it has fire protection (fire-proof safe or cabinet, fire detection and suppression)
 * @param environmentControlled whether temperature, humidity and magnetic fields are kept within the media's limits
 */
public record MediaStore(
        @JsonPropertyDescription("a stable id of the store") String id,
        @JsonPropertyDescription("its name or address") String name,
        @JsonPropertyDescription("the city it is in (compared with the production centre's city: 同城 / 异地)") String city,
        @JsonPropertyDescription("whether it is at the production centre itself") Boolean atProductionSite,
        @JsonPropertyDescription("whether access is restricted to authorised people (locks, access control, sign-in)") Boolean accessControlled,
        @JsonPropertyDescription("whether it has fire protection (fire-proof safe or cabinet, fire detection and suppression)") Boolean fireProtected,
        @JsonPropertyDescription("whether temperature, humidity and magnetic fields are kept within the media's limits") Boolean environmentControlled)
        implements Identified {
}
