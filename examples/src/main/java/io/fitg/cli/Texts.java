package io.fitg.cli;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;

/** Plain-text renderings for a terminal. */
final class Texts {
    private Texts() {
    }

    static String catalog(Catalog c) {
        StringBuilder sb = new StringBuilder();
        sb.append("《期货公司信息技术管理指引》 edition ").append(c.edition()).append(" (").append(c.version()).append("), ")
                .append(c.clauses().size()).append(" clauses\n");
        String chapter = null;
        for (Clause cl : c.clauses()) {
            String ch = cl.classLevel() + "/" + cl.chapter();
            if (!ch.equals(chapter)) {
                chapter = ch;
                sb.append("\n== class ").append(cl.classLevel()).append(" · ").append(cl.chapter()).append('\n');
            }
            sb.append(cl.id()).append(cl.mandatory() ? " [必须]" : " [可选]").append(cl.isNew() ? "[新增] " : "[延续] ")
                    .append(cl.text()).append("  {").append(cl.requirement()).append("}\n");
        }
        return sb.toString();
    }
}
