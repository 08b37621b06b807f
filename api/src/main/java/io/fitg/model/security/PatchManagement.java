package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/**
 * x.4.2.1 补丁管理: the mechanism (a written procedure with its own review cycle) and the dated patch reviews
 * (了解、评估、必要的测试和升级) of the system software the core systems depend on.
 */
public record PatchManagement(
        @JsonPropertyDescription("The patch management procedure (补丁管理办法).")
        DocumentRecord policy,
        @JsonPropertyDescription("How often, in days, the procedure says patches for the core systems' system software "
                + "are reviewed (the guideline's 及时 is judged against this period, at most a year).")
        Integer reviewIntervalDays,
        @JsonPropertyDescription("Dated patch reviews: which software, what was assessed, tested and installed.")
        List<ActivityRecord> reviews) implements Identified {

    public PatchManagement {
        reviews = reviews == null ? null : List.copyOf(reviews);
    }

    @Override
    public String id() {
        return "security.patching";
    }
}
