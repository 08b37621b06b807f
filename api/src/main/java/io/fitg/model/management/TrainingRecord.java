package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One training session (or one person's external course), with who attended it.
 *
 * @param id        a stable id
 * @param title     its title
 * @param date      the day it was held (the last day, for a course over several days)
 * @param hours     class hours (学时) credited to each attendee
 * @param organiser who organised it: {@code futures-association} (中国期货业协会), {@code internal}, or a name
 * @param kind      job, technical, security or other
 * @param topics    what it covered: {@code machine-room-fire} (机房消防), {@code emergency} (应急), others
 * @param attendees staff ids of the people who attended
 * @param lawAndStandardsHours of {@code hours}, the class hours on IT laws, regulations and standards (信息技术法律法规及标准);
 *                  only the earlier edition's 4.1.2.2 asks for them (at least 3 of its 18 hours)
 */
public record TrainingRecord(
        @JsonPropertyDescription("A stable id; findings cite it.")
        String id,
        @JsonPropertyDescription("Its title.")
        String title,
        @JsonPropertyDescription("The day it was held (the last day of a course over several days).")
        LocalDate date,
        @JsonPropertyDescription("Class hours (学时) credited to each attendee.")
        BigDecimal hours,
        @JsonPropertyDescription("Who organised it: futures-association (中国期货业协会; 期货业协会 and 中期协 are read "
                + "the same), internal, or another organiser's name.")
        String organiser,
        @JsonPropertyDescription("What it was for: job (岗位培训), technical (技术培训), security (安全教育) or other; the "
                + "Chinese names (岗位培训, 技术培训, 安全教育/安全培训, 其他…) are accepted too.")
        TrainingKind kind,
        @JsonPropertyDescription("What it covered: machine-room-fire (机房消防; any topic naming 消防, 防火, 灭火 or fire), "
                + "emergency (应急; any topic naming 应急, 突发, 疏散 or emergency), others as text.")
        List<String> topics,
        @JsonPropertyDescription("Staff ids of the people who attended.")
        List<String> attendees,
        @JsonPropertyDescription("Of its hours, the class hours on IT laws, regulations and standards (信息技术法律法规及标准"
                + "培训). Only the earlier edition asks for them (4.1.2.2: at least 3 of the 18 hours every two years); "
                + "optional otherwise.")
        BigDecimal lawAndStandardsHours) implements Identified {

    public TrainingRecord {
        topics = topics == null ? null : List.copyOf(topics);
        attendees = attendees == null ? null : List.copyOf(attendees);
    }

    /** A record without the earlier edition's law-and-standards hours. */
    public TrainingRecord(String id, String title, LocalDate date, BigDecimal hours, String organiser, TrainingKind kind,
                          List<String> topics, List<String> attendees) {
        this(id, title, date, hours, organiser, kind, topics, attendees, null);
    }
}
