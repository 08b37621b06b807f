package io.fitg.rules.management;

import io.fitg.model.management.Management;
import io.fitg.model.management.PlannedTraining;
import io.fitg.model.management.StaffMember;
import io.fitg.model.management.TrainingKind;
import io.fitg.model.management.TrainingPlan;
import io.fitg.model.management.TrainingRecord;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Training checks of chapter x.1 (x.1.2). */
public final class Training {
    private Training() {
    }

    /** 每两年: the two years up to and including the as-of date. */
    public static final Period TWO_YEARS = Period.ofYears(2);

    /**
     * Each person's training records, by staff id: built once per rule, so that looking up every person of a large
     * roster is linear in staff plus records (scanning every record for every person is not).
     */
    static Map<String, List<TrainingRecord>> byAttendee(Collection<TrainingRecord> trainings) {
        Map<String, List<TrainingRecord>> out = new HashMap<>();
        if (trainings != null) {
            for (TrainingRecord t : trainings) {
                if (t.attendees() != null) {
                    for (String id : new java.util.LinkedHashSet<>(t.attendees())) {
                        if (id != null) {
                            out.computeIfAbsent(id, k -> new ArrayList<>()).add(t);
                        }
                    }
                }
            }
        }
        return out;
    }

    static List<TrainingRecord> attendedBy(Collection<TrainingRecord> trainings, String staffId) {
        List<TrainingRecord> out = new ArrayList<>();
        if (trainings != null && staffId != null) {
            for (TrainingRecord t : trainings) {
                if (t.attendees() != null && t.attendees().contains(staffId)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- x.1.2.1

    /** One person had job training (岗位培训) on or before {@code asOf}. */
    public static Tri hadJobTraining(Collection<TrainingRecord> trainings, String staffId, LocalDate asOf) {
        return Tri.any(attendedBy(trainings, staffId), t -> {
            if (t.kind() == null) {
                return null;
            }
            if (t.kind() != TrainingKind.JOB) {
                return false;
            }
            return t.date() == null ? null : !t.date().isAfter(asOf);
        });
    }

    /** x.1.2.1: every technology staff member in post (HQ and technicians) has had job training. */
    public static Result jobTraining(Management m, LocalDate asOf) {
        Result r = Result.expect("job training (岗位培训) on record for every technology staff member in post");
        if (m.staff() == null) {
            return r.insufficient("management.staff");
        }
        if (m.trainings() == null) {
            return r.insufficient("management.trainings");
        }
        List<StaffMember> people = Staffing.technologists(m.staff(), asOf);
        List<String> untrained = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Map<String, List<TrainingRecord>> attended = byAttendee(m.trainings()); // linear in staff + records
        for (StaffMember s : people) {
            Tri t = hadJobTraining(attended.getOrDefault(s.id(), List.of()), s.id(), asOf);
            if (t == Tri.FALSE) {
                untrained.add(s.id());
            } else if (t == Tri.UNKNOWN) {
                unknown.add(s.id());
            }
        }
        int trained = people.size() - untrained.size() - unknown.size();
        // P6: people whose department is not stated (and who are not technicians) may be HQ technologists
        List<StaffMember> maybe = Staffing.maybeHqTech(m.staff(), asOf).stream()
                .filter(s -> !Staffing.technologist(s))
                .filter(s -> hadJobTraining(attended.getOrDefault(s.id(), List.of()), s.id(), asOf) != Tri.TRUE).toList();
        r.observed(trained + " of " + people.size() + " technology staff with job training"
                        + (untrained.isEmpty() ? "" : "; none for " + Texts.list(untrained))
                        + (unknown.isEmpty() ? "" : "; not stated for " + Texts.list(unknown))
                        + (maybe.isEmpty() ? "" : "; department not stated for " + Texts.list(Staffing.ids(maybe))
                        + ", without job training on record"))
                .situation("上岗技术人员" + people.size() + "人中" + trained + "人有岗位培训记录"
                        + (untrained.isEmpty() ? "" : "，未见岗位培训记录：" + Texts.zhList(untrained)) + "。")
                .facts(untrained.isEmpty() ? unknown : untrained);
        Tri t = !untrained.isEmpty() ? Tri.FALSE : unknown.isEmpty() && maybe.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        List<String> missing = new ArrayList<>();
        if (!unknown.isEmpty()) {
            missing.add("management.trainings[].kind, date, attendees");
        }
        if (!maybe.isEmpty()) {
            missing.add(Staffing.deptFields(maybe));
        }
        return r.over(people).decide(t, String.join(", ", missing));
    }

    // ---------------------------------------------------------------- x.1.2.2

    /** Hours credited to one person for a record, or null when the record cannot be judged. */
    static Boolean countsForAssociationHours(TrainingRecord t, LocalDate asOf) {
        if (t.date() != null && !Calc.within(t.date(), asOf, TWO_YEARS)) {
            return false;
        }
        if (t.kind() != null && t.kind() != TrainingKind.TECHNICAL) {
            return false;
        }
        if (t.organiser() != null && !Vocab.isFuturesAssociation(t.organiser())) {
            return false;
        }
        if (t.date() == null || t.kind() == null || t.organiser() == null || t.hours() == null) {
            return null;
        }
        return true;
    }

    /**
     * The hours of technical training organised by the futures association that one person attended in the two
     * years up to {@code asOf}. {@code uncertain} receives the records that might count but lack a date, kind,
     * organiser or hours.
     */
    public static BigDecimal associationHours(Collection<TrainingRecord> trainings, String staffId, LocalDate asOf,
                                              List<TrainingRecord> uncertain) {
        BigDecimal sum = BigDecimal.ZERO;
        for (TrainingRecord t : attendedBy(trainings, staffId)) {
            Boolean counts = countsForAssociationHours(t, asOf);
            if (counts == null) {
                if (uncertain != null) {
                    uncertain.add(t);
                }
            } else if (counts) {
                sum = sum.add(t.hours());
            }
        }
        return sum;
    }

    /**
     * x.1.2.2: every HQ technology staff member has at least {@code minHours} hours of technical training
     * organised by the futures association in the last two years. People in post for less than two years are not
     * yet due (listed, not failing); a shortfall with the join date not stated is INSUFFICIENT_DATA.
     */
    public static Result associationTraining(Management m, LocalDate asOf, BigDecimal minHours) {
        return associationTraining(m, asOf, minHours, null);
    }

    /**
     * Whether one person's records that count toward x.1.2.2 give at least {@code min} law-and-standards hours: TRUE
     * when the stated hours reach it, FALSE when they do not and every counted record states them, UNKNOWN otherwise.
     */
    public static Tri lawHoursReach(Collection<TrainingRecord> trainings, String staffId, LocalDate asOf, BigDecimal min) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean unstated = false;
        for (TrainingRecord t : attendedBy(trainings, staffId)) {
            if (Boolean.TRUE.equals(countsForAssociationHours(t, asOf))) {
                if (t.lawAndStandardsHours() == null) {
                    unstated = true;
                } else {
                    sum = sum.add(t.lawAndStandardsHours());
                }
            }
        }
        return sum.compareTo(min) >= 0 ? Tri.TRUE : unstated ? Tri.UNKNOWN : Tri.FALSE;
    }

    /** The law-and-standards hours stated on one person's records that count toward x.1.2.2. */
    public static BigDecimal lawHours(Collection<TrainingRecord> trainings, String staffId, LocalDate asOf) {
        BigDecimal sum = BigDecimal.ZERO;
        for (TrainingRecord t : attendedBy(trainings, staffId)) {
            if (Boolean.TRUE.equals(countsForAssociationHours(t, asOf)) && t.lawAndStandardsHours() != null) {
                sum = sum.add(t.lawAndStandardsHours());
            }
        }
        return sum;
    }

    /**
     * As above; with {@code minLawHours} (the earlier edition's 4.1.2.2: 应达到18学时，其中至少有3学时的信息技术法律法规及标准培训)
     * at least that many of the hours must be on IT laws, regulations and standards.
     */
    public static Result associationTraining(Management m, LocalDate asOf, BigDecimal minHours, BigDecimal minLawHours) {
        if (minLawHours != null) {
            return withLawHours(m, asOf, minHours, minLawHours);
        }
        String min = Calc.num(minHours);
        Result r = Result.expect("at least " + min + " hours of 期货业协会 technical training per HQ technology staff "
                + "member in the two years to " + asOf);
        if (m.staff() == null) {
            return r.insufficient("management.staff");
        }
        if (m.trainings() == null) {
            return r.insufficient("management.trainings");
        }
        LocalDate windowStart = asOf.minus(TWO_YEARS);
        List<StaffMember> tech = Staffing.hqTech(m.staff(), asOf);
        List<String> shortIds = new ArrayList<>();
        List<String> shortText = new ArrayList<>();
        List<String> notDue = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        BigDecimal lowest = null;
        Map<String, List<TrainingRecord>> attended = byAttendee(m.trainings()); // linear in staff + records
        for (StaffMember s : tech) {
            List<TrainingRecord> uncertain = new ArrayList<>();
            BigDecimal h = associationHours(attended.getOrDefault(s.id(), List.of()), s.id(), asOf, uncertain);
            if (h.compareTo(minHours) >= 0) {
                lowest = lowest == null || h.compareTo(lowest) < 0 ? h : lowest;
                continue;
            }
            if (s.joined() != null && s.joined().isAfter(windowStart)) {
                notDue.add(s.id());
            } else if (!uncertain.isEmpty() || s.joined() == null) {
                unknown.add(s.id() + " " + Calc.num(h) + "h");
            } else {
                shortIds.add(s.id());
                shortText.add(s.id() + " " + Calc.num(h) + "h");
            }
        }
        // P6: a person whose department is not stated, due and short of the hours, would break it if they belong
        List<String> maybe = new ArrayList<>();
        List<StaffMember> maybePeople = new ArrayList<>();
        for (StaffMember s : Staffing.maybeHqTech(m.staff(), asOf)) {
            BigDecimal h = associationHours(attended.getOrDefault(s.id(), List.of()), s.id(), asOf, new ArrayList<>());
            if (h.compareTo(minHours) < 0 && (s.joined() == null || !s.joined().isAfter(windowStart))) {
                maybe.add(s.id() + " " + Calc.num(h) + "h");
                maybePeople.add(s);
            }
        }
        r.observed((shortText.isEmpty() ? (tech.isEmpty() ? "no HQ technology staff in post"
                        : notDue.size() == tech.size() ? "no HQ technology staff member due yet"
                        : !unknown.isEmpty() || !maybe.isEmpty() ? "no HQ technology staff member due is known to be short"
                        + (lowest == null ? "" : " (lowest of those with " + min + "h or more: " + Calc.num(lowest) + "h)")
                        : "every HQ technology staff member due has " + min + "h or more"
                        + (lowest == null ? "" : " (lowest " + Calc.num(lowest) + "h)"))
                        : "short: " + Texts.list(shortText))
                        + (maybe.isEmpty() ? "" : "; department not stated, short: " + Texts.list(maybe))
                        + (notDue.isEmpty() ? "" : "; in post under two years, not yet due: " + Texts.list(notDue))
                        + (unknown.isEmpty() ? "" : "; short, with join date or training details not stated: "
                        + Texts.list(unknown)))
                .situation("总部技术部门" + tech.size() + "人，" + windowStart + "至" + asOf + "期间参加期货业协会组织的技术培训"
                        + (shortIds.isEmpty() ? "均达到" + min + "学时" : "未达到" + min + "学时的有：" + Texts.zhList(shortText))
                        + (notDue.isEmpty() ? "" : "；到岗不满两年：" + Texts.zhList(notDue)) + "。")
                .facts(shortIds);
        Tri t = !shortIds.isEmpty() ? Tri.FALSE : unknown.isEmpty() && maybe.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        List<String> missing = new ArrayList<>();
        if (!unknown.isEmpty()) {
            missing.add("management.staff[].joined, management.trainings[].date, hours, organiser, kind");
        }
        if (!maybePeople.isEmpty()) {
            missing.add(Staffing.deptFields(maybePeople));
        }
        return r.over(tech).decide(t, String.join(", ", missing));
    }

    private static Result withLawHours(Management m, LocalDate asOf, BigDecimal minHours, BigDecimal minLawHours) {
        String min = Calc.num(minHours);
        String law = Calc.num(minLawHours);
        Result r = Result.expect("at least " + min + " hours of 期货业协会 technical training per HQ technology staff "
                + "member in the two years to " + asOf + ", " + law + " of them on IT laws, regulations and standards");
        if (m.staff() == null) {
            return r.insufficient("management.staff");
        }
        if (m.trainings() == null) {
            return r.insufficient("management.trainings");
        }
        LocalDate windowStart = asOf.minus(TWO_YEARS);
        List<String> shortIds = new ArrayList<>();
        List<String> shortText = new ArrayList<>();
        List<String> notDue = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<StaffMember> tech = Staffing.hqTech(m.staff(), asOf);
        Map<String, List<TrainingRecord>> attended = byAttendee(m.trainings()); // linear in staff + records
        for (StaffMember s : tech) {
            List<TrainingRecord> uncertain = new ArrayList<>();
            BigDecimal h = associationHours(attended.getOrDefault(s.id(), List.of()), s.id(), asOf, uncertain);
            BigDecimal lh = lawHours(attended.getOrDefault(s.id(), List.of()), s.id(), asOf);
            boolean hoursOk = h.compareTo(minHours) >= 0;
            Tri lawReached = lawHoursReach(attended.getOrDefault(s.id(), List.of()), s.id(), asOf, minLawHours);
            Boolean lawOk = lawReached == Tri.UNKNOWN ? null : lawReached == Tri.TRUE;
            if (hoursOk && Boolean.TRUE.equals(lawOk)) {
                continue;
            }
            String text = s.id() + " " + Calc.num(h) + "h (" + Calc.num(lh) + "h on laws and standards"
                    + (lawOk == null ? ", not stated for some courses" : "") + ")";
            boolean decidedShort = uncertain.isEmpty() && (!hoursOk || Boolean.FALSE.equals(lawOk));
            if (s.joined() != null && s.joined().isAfter(windowStart)) {
                notDue.add(s.id());
            } else if (!decidedShort || s.joined() == null) {
                unknown.add(text);
            } else {
                shortIds.add(s.id());
                shortText.add(text);
            }
        }
        // P6: a person whose department is not stated, due and short, would break it if they belong
        List<StaffMember> maybe = new ArrayList<>();
        for (StaffMember s : Staffing.maybeHqTech(m.staff(), asOf)) {
            List<TrainingRecord> mine = attended.getOrDefault(s.id(), List.of());
            boolean ok = associationHours(mine, s.id(), asOf, new ArrayList<>()).compareTo(minHours) >= 0
                    && lawHoursReach(mine, s.id(), asOf, minLawHours) == Tri.TRUE;
            if (!ok && (s.joined() == null || !s.joined().isAfter(windowStart))) {
                maybe.add(s);
            }
        }
        r.observed((shortText.isEmpty() ? (unknown.isEmpty() && maybe.isEmpty() ? "every HQ technology staff member due has "
                        + min + "h, " + law + "h of them on laws and standards"
                        : "no HQ technology staff member due is known to be short") : "short: " + Texts.list(shortText))
                        + (maybe.isEmpty() ? "" : "; department not stated, short: " + Texts.list(Staffing.ids(maybe)))
                        + (notDue.isEmpty() ? "" : "; in post under two years, not yet due: " + Texts.list(notDue))
                        + (unknown.isEmpty() ? "" : "; not decidable (join date, training details or law hours not "
                        + "stated): " + Texts.list(unknown)))
                .situation("总部技术部门" + tech.size() + "人，" + windowStart + "至" + asOf + "期间参加期货业协会组织的技术培训"
                        + (shortIds.isEmpty() ? "均达到" + min + "学时，其中信息技术法律法规及标准培训不少于" + law + "学时"
                        : "未达到" + min + "学时或其中法律法规及标准培训不足" + law + "学时的有：" + Texts.zhList(shortText))
                        + (notDue.isEmpty() ? "" : "；到岗不满两年：" + Texts.zhList(notDue)) + "。")
                .facts(shortIds);
        Tri t = !shortIds.isEmpty() ? Tri.FALSE : unknown.isEmpty() && maybe.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        List<String> missing = new ArrayList<>();
        if (!unknown.isEmpty()) {
            missing.add("management.staff[].joined, management.trainings[].date, hours, organiser, kind, "
                    + "lawAndStandardsHours");
        }
        if (!maybe.isEmpty()) {
            missing.add(Staffing.deptFields(maybe));
        }
        return r.over(tech).decide(t, String.join(", ", missing));
    }

    // ---------------------------------------------------------------- x.1.2.3

    /** x.1.2.3: training materials for staff taking up operating posts, issued by the as-of date. */
    public static Result materials(Management m, LocalDate asOf) {
        Result r = Result.expect("training materials (培训教材) for operating posts");
        if (m.trainingMaterials() == null) {
            return r.insufficient("management.trainingMaterials");
        }
        List<String> titles = m.trainingMaterials().stream()
                .filter(d -> d.issued() != null && !d.issued().isAfter(asOf))
                .map(d -> d.title() == null ? "(untitled)" : d.title()).toList();
        r.observed(titles.size() + " issued by " + asOf + (titles.isEmpty() ? "" : ": " + Texts.list(titles)))
                .situation(titles.isEmpty() ? "未见培训教材。" : "公司有培训教材" + titles.size() + "份：" + Texts.zhList(titles) + "。");
        return r.over("management.trainingMaterials").decide(Docs.anyIssuedBy(m.trainingMaterials(), asOf), "management.trainingMaterials[].issued");
    }

    // ---------------------------------------------------------------- x.1.2.4

    /** One planned training carried out by {@code asOf}: TRUE held by then, FALSE not held, UNKNOWN not stated. */
    public static Tri carriedOut(PlannedTraining p, LocalDate asOf) {
        if (Calc.no(p.held())) {
            return Tri.FALSE;
        }
        if (p.heldOn() != null) {
            return Tri.of(!p.heldOn().isAfter(asOf));
        }
        return Tri.UNKNOWN;
    }

    /**
     * x.1.2.4: an annual training plan for the as-of year, issued by the as-of date, and every training of it and
     * of the previous year's plan (when given) that was due by the as-of date carried out.
     */
    public static Result annualPlan(Management m, LocalDate asOf) {
        int year = asOf.getYear();
        Result r = Result.expect("a " + year + " training plan for the HQ technology department, issued by " + asOf
                + ", and every planned training due by then held");
        if (m.trainingPlans() == null) {
            return r.insufficient("management.trainingPlans");
        }
        TrainingPlan current = null;
        TrainingPlan previous = null;
        for (TrainingPlan p : m.trainingPlans()) {
            if (p.year() != null && p.year() == year) {
                current = p;
            } else if (p.year() != null && p.year() == year - 1) {
                previous = p;
            }
        }
        Tri planned;
        if (current == null) {
            planned = Tri.FALSE;
        } else if (current.issued() == null) {
            planned = Tri.UNKNOWN;
        } else {
            planned = Tri.of(!current.issued().isAfter(asOf));
        }
        List<String> notHeld = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int due = 0;
        boolean itemsUnknown = false;
        boolean emptyPlan = false;
        for (TrainingPlan p : new TrainingPlan[]{previous, current}) {
            if (p == null) {
                continue;
            }
            if (p.items() == null) {
                itemsUnknown = true;
                continue;
            }
            if (p == current && p.items().isEmpty()) {
                emptyPlan = true;
            }
            for (PlannedTraining it : p.items()) {
                String name = p.year() + " " + (it.title() == null ? "(untitled)" : it.title());
                if (it.due() == null) {
                    unknown.add(name);
                    continue;
                }
                if (it.due().isAfter(asOf)) {
                    continue;
                }
                due++;
                Tri t = carriedOut(it, asOf);
                if (t == Tri.FALSE) {
                    notHeld.add(name);
                } else if (t == Tri.UNKNOWN) {
                    unknown.add(name);
                }
            }
        }
        Tri executed = !notHeld.isEmpty() || emptyPlan ? Tri.FALSE
                : (itemsUnknown || !unknown.isEmpty()) ? Tri.UNKNOWN : Tri.TRUE;
        r.observed((current == null ? "no " + year + " plan" : (current.issued() == null ? year + " plan, issue date not stated" : year + " plan issued " + current.issued())
                        + (emptyPlan ? ", plans no training" : ""))
                        + "; " + due + " planned trainings due by " + asOf
                        + (notHeld.isEmpty() ? "" : ", not held: " + Texts.list(notHeld))
                        + (unknown.isEmpty() ? "" : ", not stated: " + Texts.list(unknown)))
                .situation((current == null ? "未见" + year + "年度总部技术部门培训计划" : "公司制定了" + year + "年度总部技术部门培训计划")
                        + "；截至" + asOf + "应实施的培训" + due + "项"
                        + (notHeld.isEmpty() ? "" : "，未按计划实施：" + Texts.zhList(notHeld)) + "。");
        List<String> missing = new ArrayList<>();
        if (planned == Tri.UNKNOWN) {
            missing.add("management.trainingPlans[].issued");
        }
        if (executed == Tri.UNKNOWN) {
            missing.add("management.trainingPlans[].items (due, held, heldOn)");
        }
        return r.over("management.trainingPlans").decide(planned.and(executed), String.join(", ", missing));
    }

    // ---------------------------------------------------------------- x.1.2.5

    /** One person attended security education within the last year, whatever its topics. */
    public static Tri hadSecurityEducation(Collection<TrainingRecord> trainings, String staffId, LocalDate asOf) {
        return Tri.any(attendedBy(trainings, staffId), t -> {
            if (t.date() != null && !Calc.within(t.date(), asOf, Organisation.REGULAR)) {
                return false;
            }
            if (t.kind() != null && t.kind() != TrainingKind.SECURITY) {
                return false;
            }
            if (t.date() == null || t.kind() == null) {
                return null;
            }
            return true;
        });
    }

    private static Result anySecurityEducation(Management m, LocalDate asOf) {
        Result r = Result.expect("security education within the last year for every HQ technology staff member");
        if (m.staff() == null) {
            return r.insufficient("management.staff");
        }
        if (m.trainings() == null) {
            return r.insufficient("management.trainings");
        }
        List<StaffMember> tech = Staffing.hqTech(m.staff(), asOf);
        List<String> failing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Map<String, List<TrainingRecord>> attended = byAttendee(m.trainings()); // linear in staff + records
        for (StaffMember s : tech) {
            switch (hadSecurityEducation(attended.getOrDefault(s.id(), List.of()), s.id(), asOf)) {
                case FALSE -> failing.add(s.id());
                case UNKNOWN -> unknown.add(s.id());
                default -> { }
            }
        }
        int ok = tech.size() - failing.size() - unknown.size();
        List<StaffMember> maybe = Staffing.maybeHqTech(m.staff(), asOf).stream()
                .filter(s -> hadSecurityEducation(attended.getOrDefault(s.id(), List.of()), s.id(), asOf) != Tri.TRUE)
                .toList();
        r.observed(ok + " of " + tech.size() + " educated in the year to " + asOf
                        + (failing.isEmpty() ? "" : "; missing: " + Texts.list(failing))
                        + (unknown.isEmpty() ? "" : "; not stated: " + Texts.list(unknown))
                        + (maybe.isEmpty() ? "" : "; department not stated for " + Texts.list(Staffing.ids(maybe))
                        + ", not educated on record"))
                .situation("近一年内总部技术部门" + tech.size() + "人中" + ok + "人接受了安全教育和培训"
                        + (failing.isEmpty() ? "" : "；未参加：" + Texts.zhList(failing)) + "。")
                .facts(failing);
        Tri t = !failing.isEmpty() ? Tri.FALSE : unknown.isEmpty() && maybe.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        List<String> missing = new ArrayList<>();
        if (!unknown.isEmpty()) {
            missing.add("management.trainings[].date, kind, attendees");
        }
        if (!maybe.isEmpty()) {
            missing.add(Staffing.deptFields(maybe));
        }
        return r.over(tech).decide(t, String.join(", ", missing));
    }

    /**
     * Whether the security trainings one person attended in the last year covered {@code topic}: TRUE / FALSE,
     * UNKNOWN when a record that might count lacks its date, kind or topics.
     */
    public static Tri securityTopicCovered(Collection<TrainingRecord> trainings, String staffId, LocalDate asOf,
                                           String topic) {
        return Tri.any(attendedBy(trainings, staffId), t -> {
            if (t.date() != null && !Calc.within(t.date(), asOf, Organisation.REGULAR)) {
                return false;
            }
            if (t.kind() != null && t.kind() != TrainingKind.SECURITY) {
                return false;
            }
            if (t.topics() != null && !Vocab.has(t.topics(), topic)) {
                return false;
            }
            if (t.date() == null || t.kind() == null || t.topics() == null) {
                return null;
            }
            return true;
        });
    }

    /** The topics of the security trainings one person attended in the last year (for naming what was covered). */
    static List<String> topicsSeen(Collection<TrainingRecord> trainings, LocalDate asOf) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (TrainingRecord t : trainings) {
            if (t.topics() != null && t.kind() == TrainingKind.SECURITY && Calc.within(t.date(), asOf, Organisation.REGULAR)) {
                out.addAll(t.topics().stream().filter(java.util.Objects::nonNull).toList());
            }
        }
        return List.copyOf(out);
    }

    /**
     * x.1.2.5: every HQ technology staff member in post attended security education within the last year (定期 read
     * as yearly) whose content included machine-room fire safety and emergency response.
     */
    public static Result securityEducation(Management m, LocalDate asOf) {
        return securityEducation(m, asOf, true);
    }

    /**
     * As above; with {@code fireAndEmergency} false any security education counts, whatever it covered (the earlier
     * edition's 4.1.2.5: 应定期对各个岗位的人员进行安全教育和培训, without the current edition's content requirement).
     */
    public static Result securityEducation(Management m, LocalDate asOf, boolean fireAndEmergency) {
        if (!fireAndEmergency) {
            return anySecurityEducation(m, asOf);
        }
        Result r = Result.expect("security education within the last year for every HQ technology staff member, "
                + "covering machine-room fire safety (机房消防) and emergency response (应急)");
        if (m.staff() == null) {
            return r.insufficient("management.staff");
        }
        if (m.trainings() == null) {
            return r.insufficient("management.trainings");
        }
        List<StaffMember> tech = Staffing.hqTech(m.staff(), asOf);
        List<String> failing = new ArrayList<>();
        List<String> failingIds = new ArrayList<>();
        List<String> failingZh = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Map<String, List<TrainingRecord>> attended = byAttendee(m.trainings()); // linear in staff + records
        for (StaffMember s : tech) {
            Tri fire = securityTopicCovered(attended.getOrDefault(s.id(), List.of()), s.id(), asOf, Vocab.MACHINE_ROOM_FIRE);
            Tri emergency = securityTopicCovered(attended.getOrDefault(s.id(), List.of()), s.id(), asOf, Vocab.EMERGENCY);
            Tri both = fire.and(emergency);
            if (both == Tri.FALSE) {
                boolean noFire = fire == Tri.FALSE;
                boolean noEmergency = emergency == Tri.FALSE;
                failingIds.add(s.id());
                List<String> seen = topicsSeen(attended.getOrDefault(s.id(), List.of()), asOf);
                boolean noneAtAll = hadSecurityEducation(attended.getOrDefault(s.id(), List.of()), s.id(), asOf) == Tri.FALSE;
                failing.add(s.id() + (noneAtAll ? " (no security education in the year" : noFire && noEmergency
                        ? " (no fire or emergency content" : noFire ? " (no fire content" : " (no emergency content")
                        + (seen.isEmpty() ? ")" : "; topics: " + String.join(", ", seen) + ")"));
                failingZh.add(s.id() + (noFire && noEmergency ? "（缺机房消防及应急内容）" : noFire ? "（缺机房消防内容）" : "（缺应急内容）"));
            } else if (both == Tri.UNKNOWN) {
                unknown.add(s.id());
            }
        }
        int ok = tech.size() - failing.size() - unknown.size();
        List<StaffMember> maybe = Staffing.maybeHqTech(m.staff(), asOf).stream()
                .filter(s -> securityTopicCovered(attended.getOrDefault(s.id(), List.of()), s.id(), asOf, Vocab.MACHINE_ROOM_FIRE)
                        .and(securityTopicCovered(attended.getOrDefault(s.id(), List.of()), s.id(), asOf, Vocab.EMERGENCY)) != Tri.TRUE)
                .toList();
        r.observed(ok + " of " + tech.size() + " covered in the year to " + asOf
                        + (failing.isEmpty() ? "" : "; missing: " + Texts.list(failing))
                        + (unknown.isEmpty() ? "" : "; not stated: " + Texts.list(unknown))
                        + (maybe.isEmpty() ? "" : "; department not stated for " + Texts.list(Staffing.ids(maybe))
                        + ", not covered on record"))
                .situation("近一年内总部技术部门" + tech.size() + "人中" + ok + "人接受了含机房消防及应急内容的安全教育和培训"
                        + (failing.isEmpty() ? "" : "；未覆盖：" + Texts.zhList(failingZh)) + "。")
                .facts(failingIds);
        Tri t = !failing.isEmpty() ? Tri.FALSE : unknown.isEmpty() && maybe.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        List<String> missing = new ArrayList<>();
        if (!unknown.isEmpty()) {
            missing.add("management.trainings[].date, kind, topics, attendees");
        }
        if (!maybe.isEmpty()) {
            missing.add(Staffing.deptFields(maybe));
        }
        return r.over(tech).decide(t, String.join(", ", missing));
    }
}
