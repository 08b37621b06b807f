package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * An exchange the company is a member of, with whether its trading system and its links meet that exchange's
 * technical requirements (x.3.2.1, x.3.2.5).
 *
 * @param exchange                  exchange code: SHFE, INE, DCE, CZCE, CFFEX, GFEX
 * @param capacityMeetsRequirements the trading system's performance and capacity meet the exchange's requirements
 * @param linksMeetRequirements     the trading links to the exchange meet its requirements
 * @param checked                   when this was last checked (exchange acceptance test, annual inspection)
 * @param evidence                  the document that shows it
 */
public record ExchangeMembership(
        @JsonPropertyDescription("Exchange code: SHFE, INE, DCE, CZCE, CFFEX or GFEX; links name the same code.") String exchange,
        @JsonPropertyDescription("The trading system's performance and capacity meet this exchange's requirements.") Boolean capacityMeetsRequirements,
        @JsonPropertyDescription("The trading links to this exchange meet its requirements.") Boolean linksMeetRequirements,
        @JsonPropertyDescription("When this was last checked (exchange acceptance test or inspection).") LocalDate checked,
        @JsonPropertyDescription("The document that shows it, e.g. the exchange's inspection notice.") String evidence)
        implements Identified {

    @Override
    public String id() {
        return exchange;
    }
}
