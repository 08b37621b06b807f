package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * Bank-futures transfer (银期转账) with one bank.
 *
 * @param bank       the bank
 * @param nationwide the transfer is nationwide (全国性银期转账), not limited to some branches or regions
 * @param liveSince  when the service went live
 * @param ended      when the service stopped (null while it runs)
 * @param systemId   the bank-futures system that carries it (trading.systems id)
 */
public record BankTransfer(
        @JsonPropertyDescription("The bank, e.g. 中国工商银行.") String bank,
        @JsonPropertyDescription("The transfer is nationwide (全国性银期转账), not limited to some regions.") Boolean nationwide,
        @JsonPropertyDescription("When the transfer service went live.") LocalDate liveSince,
        @JsonPropertyDescription("When the transfer service stopped; absent while it runs.") LocalDate ended,
        @JsonPropertyDescription("The bank-futures system that carries it (an id in trading.systems).") String systemId)
        implements Identified {

    @Override
    public String id() {
        return bank;
    }

    /** Live on {@code date}: went live on or before it and not stopped before it. Null when liveSince is missing. */
    public Boolean liveOn(LocalDate date) {
        if (liveSince == null) {
            return null;
        }
        return !liveSince.isAfter(date) && (ended == null || !ended.isBefore(date));
    }
}
