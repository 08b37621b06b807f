package io.fitg.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * Something in a profile that contributes facts to an assessment. Each chapter's section hands the engine itself
 * and its child records (staff members, rooms, links…) so that rules can match them one by one.
 */
public interface FactSource {
    /** Passes this object's facts (normally itself and its children) to {@code sink}. */
    void collect(Consumer<Object> sink);

    /** Helper: passes every element of a possibly-null list, recursing into nested fact sources. */
    static void each(List<?> items, Consumer<Object> sink) {
        if (items == null) {
            return;
        }
        for (Object o : items) {
            if (o instanceof FactSource fs) {
                fs.collect(sink);
            } else if (o != null) {
                sink.accept(o);
            }
        }
    }

    /** Helper: passes one possibly-null item, recursing when it is a fact source. */
    static void one(Object item, Consumer<Object> sink) {
        if (item instanceof FactSource fs) {
            fs.collect(sink);
        } else if (item != null) {
            sink.accept(item);
        }
    }
}
