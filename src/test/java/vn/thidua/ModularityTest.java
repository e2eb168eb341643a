package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the feature packages' boundaries (no cycles, no reaching into another feature's internals) and writes the
 * module diagrams and canvases into {@code docs/modules/} from the code on every build, so that they never drift from
 * it. The domain's words, the yearly cycle and the states are in {@code docs/domain.md}; the README links both.
 */
class ModularityTest {

    /** Where the generated module documentation lives; the folder is wiped and rewritten on every run. */
    static final String MODULE_DOCS = "docs/modules";

    static final ApplicationModules MODULES = ApplicationModules.of(ThiDuaApplication.class);

    @Test
    void featurePackagesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsIntoDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(MODULE_DOCS)).writeDocumentation();

        Path folder = Path.of(MODULE_DOCS);
        assertThat(folder.resolve("components.puml")).isNotEmptyFile();
        MODULES.forEach(module -> {
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).isNotEmptyFile();
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc")).isNotEmptyFile();
        });
    }
}
