package io.fitg.model.security;

import io.fitg.model.FactSource;
import io.fitg.model.Identified;

import java.util.function.Consumer;

/**
 * Facts for chapter x.4 安全.
 */
public record Security() implements FactSource, Identified {

    @Override
    public String id() {
        return "security";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
    }
}
