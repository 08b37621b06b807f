package io.fitg.model.management;

import io.fitg.model.FactSource;
import io.fitg.model.Identified;

import java.util.List;
import java.util.function.Consumer;

/**
 * Facts for chapter x.1 技术管理: organisation, training, staff quality, IT service providers, IT spend.
 *
 * @param staff the staff roster; null when not given (then staff-based clauses are INSUFFICIENT_DATA)
 */
public record Management(List<StaffMember> staff) implements FactSource, Identified {
    public Management {
        staff = staff == null ? null : List.copyOf(staff);
    }

    @Override
    public String id() {
        return "management";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
        FactSource.each(staff, sink);
    }
}
