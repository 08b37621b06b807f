package io.fitg.model.branch;

import io.fitg.model.FactSource;
import io.fitg.model.Identified;

import java.util.function.Consumer;

/**
 * One branch office (分支机构).
 *
 * @param id            a stable id
 * @param name          its name
 * @param onSiteTrading whether it offers on-site trading (现场交易, 1.4.5)
 */
public record Branch(String id, String name, Boolean onSiteTrading) implements FactSource, Identified {
    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
    }
}
