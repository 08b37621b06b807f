package io.fitg.core.catalog;

import io.fitg.api.Catalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The compiled catalogs are the parsed ones, field for field, and are set aside whenever their sources differ. */
class CompiledCatalogsTest {
    private static byte[] shipped(String edition) throws IOException {
        try (InputStream in = CompiledCatalogs.class.getClassLoader()
                .getResourceAsStream(CompiledCatalogs.DIR + edition + ".bin")) {
            assertThat(in).as("compiled catalog of " + edition + " on the class path").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void eachEditionsCompiledCatalogIsTheParsedOne() {
        for (String edition : List.of("current", "earlier")) {
            CompiledCatalogs.Compiled compiled = CompiledCatalogs.load(edition);
            assertThat(compiled).as(edition).isNotNull();
            Catalog parsed = CatalogLoader.load(edition);
            Catalog c = compiled.catalog();
            assertThat(c.edition()).isEqualTo(parsed.edition());
            assertThat(c.version()).isEqualTo(parsed.version());
            assertThat(c.definitions()).containsExactlyEntriesOf(parsed.definitions());
            assertThat(c.clauses()).containsExactlyElementsOf(parsed.clauses());
            assertThat(c.requirements()).containsExactlyElementsOf(parsed.requirements());
            assertThat(c.classLevels()).isEqualTo(parsed.classLevels());
        }
        assertThat(CompiledCatalogs.load("current").catalog().clauses()).hasSize(771);
    }

    @Test
    void theCurrentEditionsEvidenceIsTheParsedOne() {
        Catalog parsed = CatalogLoader.load("current");
        assertThat(CompiledCatalogs.load("current").evidence()).isEqualTo(EvidenceLoader.load().forCatalog(parsed));
        assertThat(CompiledCatalogs.load("current").evidence()).isNotEmpty();
        assertThat(CompiledCatalogs.load("earlier").evidence()).isEmpty();
    }

    @Test
    void compilingIsReproducibleAndTheShippedFilesAreUpToDate() throws IOException {
        for (String edition : List.of("current", "earlier")) {
            byte[] once = CompiledCatalogs.compile(edition, CatalogLoader::classpath);
            assertThat(CompiledCatalogs.compile(edition, CatalogLoader::classpath)).isEqualTo(once);
            assertThat(shipped(edition)).as(edition).isEqualTo(once);
        }
    }

    @Test
    void aChangedOrMissingSourceSetsTheCompiledCatalogAside() throws IOException {
        byte[] bytes = shipped("current");
        assertThat(CompiledCatalogs.read(bytes, "current", CatalogLoader::classpathBytes)).isNotNull();
        // one more character in the guideline text, in a requirement file or in the evidence: not used
        for (String changed : List.of("current/guideline.txt", "current/requirements/", "evidence/")) {
            assertThat(CompiledCatalogs.read(bytes, "current", p -> p.contains(changed)
                    ? (CatalogLoader.classpath(p) + " ").getBytes(StandardCharsets.UTF_8) : CatalogLoader.classpathBytes(p)))
                    .as(changed).isNull();
        }
        // one character changed, the length kept (a threshold edited from 8 to 9)
        assertThat(CompiledCatalogs.read(bytes, "current", p -> {
            byte[] b = CatalogLoader.classpathBytes(p);
            if (p.contains("current/requirements/")) {
                int i = indexOfDigit(b);
                b[i] = (byte) (b[i] == '9' ? '8' : b[i] + 1);
            }
            return b;
        })).isNull();
        assertThat(CompiledCatalogs.read(bytes, "current", p -> {
            throw new IllegalStateException("missing resource " + p);
        })).isNull();
    }

    private static int indexOfDigit(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] >= '0' && b[i] <= '9') {
                return i;
            }
        }
        throw new AssertionError("a requirement file without a digit");
    }

    @Test
    void anotherEditionsOrADamagedFileIsNotUsed() throws IOException {
        byte[] bytes = shipped("current");
        assertThat(CompiledCatalogs.read(bytes, "earlier", CatalogLoader::classpathBytes)).isNull();
        assertThat(CompiledCatalogs.read(Arrays.copyOf(bytes, bytes.length - 1), "current", CatalogLoader::classpathBytes))
                .isNull();
        assertThat(CompiledCatalogs.read(Arrays.copyOf(bytes, bytes.length + 1), "current", CatalogLoader::classpathBytes))
                .isNull();
        assertThat(CompiledCatalogs.read(new byte[0], "current", CatalogLoader::classpathBytes)).isNull();
        byte[] otherFormat = bytes.clone();
        otherFormat[7] = 9;
        assertThat(CompiledCatalogs.read(otherFormat, "current", CatalogLoader::classpathBytes)).isNull();
    }
}
