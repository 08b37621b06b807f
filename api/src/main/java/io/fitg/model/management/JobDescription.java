package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * A written job description (岗位说明书) for one post of the technology department.
 *
 * @param post    the post it describes, as staff members' {@code post} names it
 * @param title   the document's title
 * @param issued  when it was first issued
 * @param revised the latest revision date
 */
public record JobDescription(
        @JsonPropertyDescription("The post it describes, spelled as in the staff members' post field.")
        String post,
        @JsonPropertyDescription("The document's title.")
        String title,
        @JsonPropertyDescription("When it was first issued.")
        LocalDate issued,
        @JsonPropertyDescription("The latest revision date (null when never revised).")
        LocalDate revised) {
}
