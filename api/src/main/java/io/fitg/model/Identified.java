package io.fitg.model;

/** A fact with an id that findings can cite in their {@code facts} list. */
public interface Identified {
    String id();
}
