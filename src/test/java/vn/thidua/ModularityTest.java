package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
        inStableOrder(folder);
        assertThat(folder.resolve("components.puml")).isNotEmptyFile();
        MODULES.forEach(module -> {
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml"))
                    .isNotEmptyFile();
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc"))
                    .isNotEmptyFile();
        });
    }

    /**
     * The documenter lists a diagram's components and relations in hash order, which changes from run to run; sorting
     * each run of such lines keeps the committed files unchanged while the modules are.
     */
    private static void inStableOrder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, sortedRuns(Files.readAllLines(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sortedRuns(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String lineKind = line.strip().startsWith("Rel(")
                    ? "Rel("
                    : line.strip().startsWith("Component(") ? "Component(" : null;
            if (lineKind == null || !lineKind.equals(kind)) {
                run.sort(null);
                result.addAll(run);
                run.clear();
            }
            kind = lineKind;
            if (lineKind == null) {
                result.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        result.addAll(run);
        return result;
    }
}
