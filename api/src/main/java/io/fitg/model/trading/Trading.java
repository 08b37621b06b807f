package io.fitg.model.trading;

import io.fitg.model.FactSource;
import io.fitg.model.Identified;

import java.util.function.Consumer;

/**
 * Facts for chapter x.3 交易系统.
 */
public record Trading() implements FactSource, Identified {

    @Override
    public String id() {
        return "trading";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
    }
}
