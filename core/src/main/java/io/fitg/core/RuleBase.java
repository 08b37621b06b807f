package io.fitg.core;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the KieBase straight from the executable model that {@code kie-maven-plugin} generated into the
 * fitg-rules-drl jar ({@code META-INF/kie/io.fitg/fitg-rules-drl/drools-model} lists the model classes). Nothing
 * is compiled at run time, and it works the same from Maven's class path and from the shaded {@code fitg.jar}
 * (where the KIE class-path container cannot tell which pom.properties belongs to the kjar).
 */
final class RuleBase {
    static final String MODEL_INDEX = "META-INF/kie/io.fitg/fitg-rules-drl/drools-model";

    private RuleBase() {
    }

    static KieBase builtIn() {
        ClassLoader cl = RuleBase.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        String index;
        try (InputStream in = cl.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the rule set is missing: no " + MODEL_INDEX
                        + " on the class path (was fitg-rules-drl built with kie-maven-plugin?)");
            }
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : index.split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
                continue;
            }
            try {
                models.add((Model) Class.forName(name, true, cl).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load rule model " + name, e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }
}
