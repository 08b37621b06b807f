package io.fitg.rules.support;

import io.fitg.model.management.StaffMember;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Looking people up on the roster: by name, by id, or by a reference that may be either, in roster order. */
class RosterTest {
    static StaffMember person(String id, String name) {
        return new StaffMember(id, name, true, true, List.of(), null, null, null, true, null, null, null, null,
                null, null, null, null, null, null);
    }

    static final StaffMember A = person("T01", "张伟");
    static final StaffMember B = person("T02", " 张伟 ");
    static final StaffMember C = person("张伟", "李娜");
    static final StaffMember D = person(" T04 ", null);
    static final List<StaffMember> ROSTER = List.of(A, B, C, D);

    @Test
    void byNameComparesWithoutSurroundingBlanks() {
        assertThat(Roster.byName(ROSTER, "张伟")).containsExactly(A, B);
        assertThat(Roster.byName(ROSTER, " 李娜")).containsExactly(C);
        assertThat(Roster.byName(ROSTER, "王五")).isEmpty();
        assertThat(Roster.byName(ROSTER, " ")).isEmpty();
        assertThat(Roster.byName(null, "张伟")).isEmpty();
    }

    @Test
    void byIdComparesWithoutSurroundingBlanks() {
        assertThat(Roster.byId(ROSTER, "T04")).containsExactly(D);
        assertThat(Roster.byId(ROSTER, " T01 ")).containsExactly(A);
        assertThat(Roster.byId(ROSTER, "T09")).isEmpty();
    }

    @Test
    void aReferenceMatchesNamesAndIdsOnceEachInRosterOrder() {
        // "张伟" is the name of A and B and the id of C
        assertThat(Roster.byNameOrId(ROSTER, "张伟")).containsExactly(A, B, C);
        assertThat(Roster.byNameOrId(ROSTER, "T02")).containsExactly(B);
        assertThat(Roster.byNameOrId(ROSTER, null)).isEmpty();
    }

    @Test
    void anotherRosterIsNotAnsweredFromTheLastOnesIndex() {
        assertThat(Roster.byName(ROSTER, "张伟")).hasSize(2);
        List<StaffMember> other = new ArrayList<>(List.of(person("X1", "张伟")));
        assertThat(Roster.byName(other, "张伟")).extracting(StaffMember::id).containsExactly("X1");
        assertThat(Roster.byName(ROSTER, "张伟")).containsExactly(A, B);
    }
}
