package io.fitg.core;

import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.conf.ConfigurationKey;
import org.kie.api.conf.OptionKey;
import org.kie.api.conf.OptionsConfiguration;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.conf.KnowledgeBuilderOption;
import org.kie.internal.builder.conf.MultiValueKieBuilderOption;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.builder.conf.SingleValueKieBuilderOption;

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

    /**
     * Which facts the rules of {@code kieBase} can see: those of a type some pattern matches (an object type node
     * of its network, including the patterns inside collect, accumulate, exists and not). A fact of another type
     * cannot make a rule fire or change what it binds; inserting it only costs a fact handle and a class store
     * in every session. Answers are cached per class.
     */
    static ClassValue<Boolean> seenBy(KieBase kieBase) {
        List<ObjectType> types = ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes().stream()
                .map(ObjectTypeNode::getObjectType).toList();
        return new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                for (ObjectType t : types) {
                    if (t.isAssignableFrom(type)) {
                        return true;
                    }
                }
                return false;
            }
        };
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
        return KieBaseBuilder.createKieBaseFromModel(models, KieServices.get().newKieBaseConfiguration(),
                NoPropertyReactivity.INSTANCE);
    }

    /**
     * The one build option the executable model reads ({@code KiePackagesBuilder} asks only for the property
     * specific option): property reactivity off. Reactivity decides which patterns a {@code modify} re-evaluates;
     * the rules never modify, insert or delete a fact (each assessment inserts the facts and fires once), so it
     * changes no result, while computing every fact type's property masks was about 30 ms of a cold KieBase build.
     * A configuration of our own rather than {@code KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration()},
     * which reads the dialect set-up of the DRL compiler (about 50 ms more). {@code RuleBaseTest} checks that the
     * KieBase is built with it and that no rule modifies a fact.
     */
    static final class NoPropertyReactivity implements KnowledgeBuilderConfiguration {
        static final NoPropertyReactivity INSTANCE = new NoPropertyReactivity();

        private NoPropertyReactivity() {
        }

        @Override
        @SuppressWarnings("unchecked")
        public <C extends SingleValueKieBuilderOption> C getOption(OptionKey<C> key) {
            return PropertySpecificOption.KEY.equals(key) ? (C) PropertySpecificOption.DISABLED : null;
        }

        @Override
        public boolean setProperty(String name, String value) {
            throw new UnsupportedOperationException("fixed build options");
        }

        @Override
        public String getProperty(String name) {
            return null;
        }

        @Override
        public void makeImmutable() {
            // immutable already
        }

        @Override
        public <C extends KnowledgeBuilderOption> void setOption(C option) {
            throw new UnsupportedOperationException("fixed build options");
        }

        @Override
        public ClassLoader getClassLoader() {
            return RuleBase.class.getClassLoader();
        }

        @Override
        public <X extends OptionsConfiguration<KnowledgeBuilderOption, SingleValueKieBuilderOption,
                MultiValueKieBuilderOption>> X as(ConfigurationKey<X> key) {
            throw new UnsupportedOperationException("fixed build options");
        }
    }
}
