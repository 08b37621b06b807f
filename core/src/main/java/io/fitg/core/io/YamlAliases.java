package io.fitg.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fitg.api.FitgInputException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * YAML anchors and aliases ({@code &d 2026-03-01} … {@code *d}), which Jackson's YAML parser does not resolve: it
 * reports an alias as a string holding the anchor's name. A document that uses them is composed by SnakeYAML (with
 * the reader's limits: at most {@value ProfileReader#MAX_ALIASES} aliases of collections, depth
 * {@value ProfileReader#MAX_DEPTH}, no duplicate keys), every alias is replaced by a copy of what it names — merge
 * keys ({@code <<: *base}) included — and the expanded document is written out again for the usual strict binding.
 * The expansion is bounded ({@value #MAX_NODES} values in all), so an alias bomb is refused, never expanded.
 */
final class YamlAliases {
    /** At most this many values (scalars, lists, objects) after expansion. */
    static final int MAX_NODES = 1_000_000;

    private YamlAliases() {
    }

    /** Whether the document uses an alias (a token scan; syntax errors are left to the caller's full parse). */
    static boolean present(ObjectMapper yaml, String text) {
        try (JsonParser p = yaml.getFactory().createParser(text)) {
            while (p.nextToken() != null) {
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** The document with every alias replaced by a copy of its anchored value. */
    static String expand(String text, LoaderOptions options, String source) {
        Node root;
        try {
            root = new Yaml(options).compose(new java.io.StringReader(text));
        } catch (RuntimeException e) {
            throw new FitgInputException(source, "", "a well-formed YAML document within fitg's limits: "
                    + oneLine(e.getMessage()), e);
        }
        if (root == null) {
            return text;
        }
        Node copy = new Copier(source).copy(root, 0);
        DumperOptions out = new DumperOptions();
        out.setWidth(Integer.MAX_VALUE);
        out.setAllowUnicode(true);
        out.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        java.io.StringWriter w = new java.io.StringWriter();
        new Yaml(out).serialize(copy, w);
        return w.toString();
    }

    /** Deep copy that shares no node (so nothing is written back as an anchor), counting what it creates. */
    private static final class Copier {
        private final String source;
        private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
        private int nodes;

        Copier(String source) {
            this.source = source;
        }

        Node copy(Node n, int depth) {
            if (++nodes > MAX_NODES) {
                throw new FitgInputException(source, "", "YAML whose aliases expand to at most " + MAX_NODES
                        + " values (this document's aliases expand to more)");
            }
            if (depth > ProfileReader.MAX_DEPTH || onPath.put(n, Boolean.TRUE) != null) {
                throw new FitgInputException(source, "", "YAML nested at most " + ProfileReader.MAX_DEPTH
                        + " levels deep, without an alias inside the value it names");
            }
            try {
                if (n instanceof ScalarNode s) {
                    return new ScalarNode(s.getTag(), s.getValue(), null, null, s.getScalarStyle());
                }
                if (n instanceof SequenceNode s) {
                    List<Node> items = new ArrayList<>(s.getValue().size());
                    for (Node item : s.getValue()) {
                        items.add(copy(item, depth + 1));
                    }
                    return new SequenceNode(s.getTag(), items, s.getFlowStyle());
                }
                MappingNode m = (MappingNode) n;
                List<NodeTuple> own = new ArrayList<>();
                List<NodeTuple> merged = new ArrayList<>();
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && Tag.MERGE.equals(k.getTag())) {
                        merge(t.getValueNode(), merged, depth);
                    } else {
                        own.add(new NodeTuple(copy(t.getKeyNode(), depth + 1), copy(t.getValueNode(), depth + 1)));
                    }
                }
                // a key of the mapping itself wins over a merged one (YAML merge-key semantics)
                Set<String> keys = new LinkedHashSet<>();
                for (NodeTuple t : own) {
                    if (t.getKeyNode() instanceof ScalarNode k) {
                        keys.add(k.getValue());
                    }
                }
                List<NodeTuple> all = new ArrayList<>(own);
                for (NodeTuple t : merged) {
                    if (!(t.getKeyNode() instanceof ScalarNode k) || keys.add(k.getValue())) {
                        all.add(t);
                    }
                }
                return new MappingNode(m.getTag(), all, m.getFlowStyle());
            } finally {
                onPath.remove(n);
            }
        }

        private void merge(Node value, List<NodeTuple> into, int depth) {
            if (value instanceof MappingNode) {
                into.addAll(((MappingNode) copy(value, depth + 1)).getValue());
            } else if (value instanceof SequenceNode s) {
                for (Node item : s.getValue()) {
                    merge(item, into, depth);
                }
            } else {
                throw new FitgInputException(source, "", "a mapping (or a list of mappings) after a YAML merge key '<<'");
            }
        }
    }

    private static String oneLine(String m) {
        String s = m == null ? "" : m.replaceAll("\\s+", " ").trim();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
