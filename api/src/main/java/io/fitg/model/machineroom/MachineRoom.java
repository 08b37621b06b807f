package io.fitg.model.machineroom;

import io.fitg.model.FactSource;
import io.fitg.model.Identified;

import java.util.function.Consumer;

/**
 * One machine room (机房): per 1.4.6, every room that hosts the production environment.
 *
 * @param id   a stable id, e.g. {@code SH-IDC-1}
 * @param name its name
 */
public record MachineRoom(String id, String name) implements FactSource, Identified {
    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
    }
}
