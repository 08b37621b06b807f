package io.fitg.model.operations;

import io.fitg.model.FactSource;
import io.fitg.model.Identified;

import java.util.function.Consumer;

/**
 * Facts for chapter x.5 日常运维.
 */
public record Operations() implements FactSource, Identified {

    @Override
    public String id() {
        return "operations";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
    }
}
