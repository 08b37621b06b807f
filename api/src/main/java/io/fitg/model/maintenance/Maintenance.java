package io.fitg.model.maintenance;

import io.fitg.model.FactSource;
import io.fitg.model.Identified;

import java.util.function.Consumer;

/**
 * Facts for chapter x.7 系统维护.
 */
public record Maintenance() implements FactSource, Identified {

    @Override
    public String id() {
        return "maintenance";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
    }
}
