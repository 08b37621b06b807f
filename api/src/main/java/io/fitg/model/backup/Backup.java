package io.fitg.model.backup;

import io.fitg.model.FactSource;
import io.fitg.model.Identified;

import java.util.function.Consumer;

/**
 * Facts for chapter x.6 备份与灾难恢复.
 */
public record Backup() implements FactSource, Identified {

    @Override
    public String id() {
        return "backup";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
    }
}
