package io.fitg.core;

import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards linear scaling: no rule joins two "many" facts pairwise (staff × staff, branch × link…). A "many" fact is
 * a record that a profile holds in a list; in a rule's conditions such a pattern may stand at most once outside
 * {@code collect}/{@code accumulate}/{@code exists}/{@code not} — the rest must be aggregated.
 */
class RuleJoinGuardTest {

    static Set<String> manyTypes() {
        Set<String> out = new TreeSet<>();
        walk(Profile.class, out, new HashSet<>());
        return out;
    }

    private static void walk(Class<?> c, Set<String> many, Set<Class<?>> seen) {
        if (!c.isRecord() || !seen.add(c)) {
            return;
        }
        for (RecordComponent rc : c.getRecordComponents()) {
            Type t = rc.getGenericType();
            if (t instanceof ParameterizedType pt && List.class.isAssignableFrom((Class<?>) pt.getRawType())
                    && pt.getActualTypeArguments()[0] instanceof Class<?> el) {
                if (el.isRecord()) {
                    many.add(el.getSimpleName());
                }
                walk(el, many, seen);
            } else if (rc.getType().isRecord()) {
                walk(rc.getType(), many, seen);
            }
        }
    }

    /** The rule's conditions with collect(...), accumulate(...), exists(...), not(...) and "from …" parts removed. */
    static String topLevel(String lhs) {
        String s = lhs.replaceAll("//[^\n]*", "");
        for (String kw : new String[]{"collect", "accumulate", "exists", "not", "forall"}) {
            s = removeCalls(s, kw);
        }
        return s;
    }

    private static String removeCalls(String s, String kw) {
        Pattern p = Pattern.compile("\\b" + kw + "\\s*\\(");
        StringBuilder out = new StringBuilder();
        int i = 0;
        Matcher m = p.matcher(s);
        while (m.find(i)) {
            out.append(s, i, m.start());
            int depth = 1;
            int j = m.end();
            while (j < s.length() && depth > 0) {
                char ch = s.charAt(j++);
                if (ch == '(') {
                    depth++;
                } else if (ch == ')') {
                    depth--;
                }
            }
            i = j;
        }
        out.append(s.substring(i));
        return out.toString();
    }

    @Test
    void noRuleJoinsManyFactsPairwise() throws IOException {
        Set<String> many = manyTypes();
        assertThat(many).contains("StaffMember");
        Pattern rule = Pattern.compile("(?ms)^\\s*rule\\s+\"([^\"]+)\"(.*?)^\\s*when(.*?)^\\s*then");
        List<String> offenders = new ArrayList<>();
        int rules = 0;
        for (String drl : TestSupport.drlSources().values()) {
            Matcher m = rule.matcher(drl);
            while (m.find()) {
                rules++;
                String top = topLevel(m.group(3));
                int count = 0;
                List<String> hits = new ArrayList<>();
                Matcher pm = Pattern.compile("\\b([A-Z][A-Za-z0-9_]*)\\s*\\(").matcher(top);
                while (pm.find()) {
                    if (many.contains(pm.group(1))) {
                        count++;
                        hits.add(pm.group(1));
                    }
                }
                if (count > 1) {
                    offenders.add(m.group(1) + " joins " + hits);
                }
            }
        }
        assertThat(rules).isPositive();
        assertThat(offenders).as("rules joining list facts pairwise").isEmpty();
    }

    @Test
    void theGuardRecognisesAPairwiseJoin() {
        String lhs = "$a : StaffMember( hq ) \n $b : StaffMember( id != $a.id ) \n $n : Long() from accumulate( StaffMember(), count(1) )";
        String top = topLevel(lhs);
        assertThat(top).contains("$a : StaffMember").contains("$b : StaffMember").doesNotContain("count(1)");
    }
}
