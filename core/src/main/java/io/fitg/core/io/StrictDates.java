package io.fitg.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates exactly as the profile format documents them. Jackson's own deserializers are lenient: a date field given
 * {@code 2026-11-21T10:00} silently drops the time, a date-time given a {@code Z} is shifted to UTC. Here a date is
 * {@code YYYY-MM-DD} and a date-time a local {@code YYYY-MM-DDTHH:MM[:SS[.fraction]]}, nothing else.
 */
final class StrictDates {
    static final String DATE_TIME_EXPECTED = "a local date and time written YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS "
            + "(no time zone)";
    /** The pattern the profile schema gives date-time fields (kept equal by ProfileSchemaTest). */
    static final String DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(DATE_TIME_PATTERN);

    private StrictDates() {
    }

    static final class Date extends StdScalarDeserializer<LocalDate> {
        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String s = p.getText().strip();
            if (DATE.matcher(s).matches()) {
                try {
                    return LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    // 2026-02-30: falls through to the message below
                }
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, s, "not a date written YYYY-MM-DD");
        }
    }

    static final class DateTime extends StdScalarDeserializer<LocalDateTime> {
        DateTime() {
            super(LocalDateTime.class);
        }

        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDateTime) ctxt.handleUnexpectedToken(LocalDateTime.class, p);
            }
            String s = p.getText().strip();
            if (DATE_TIME.matcher(s).matches()) {
                try {
                    return LocalDateTime.parse(s);
                } catch (DateTimeParseException e) {
                    // 2026-02-30T10:00 or 25:00: falls through
                }
            }
            return (LocalDateTime) ctxt.handleWeirdStringValue(LocalDateTime.class, s, "not a local date-time");
        }
    }
}
