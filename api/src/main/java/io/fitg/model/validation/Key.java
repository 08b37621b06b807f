package io.fitg.model.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component that identifies a record within its list when it is not called {@code id} (an accounting
 * year, a date): two entries of one list may not share a non-null key. Records with an {@code id} are checked the
 * same way, and there the id is also required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Key {
}
