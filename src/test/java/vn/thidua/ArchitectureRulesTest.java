package vn.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;

/**
 * A module keeps its tables to itself: no class of one module uses another module's JPA entity or Spring Data
 * repository. A feature that needs another's data asks its public API, which answers with records (for example
 * organisation's {@code ClusterYears}) or ids, so that no JPA association crosses a boundary.
 */
class ArchitectureRulesTest {

    /**
     * The modules not yet held to the rule. {@code scoring} still maps organisation's {@code ClusterTerm} and reads
     * its units and clusters; it goes from this list once scoring reads them through organisation's records.
     */
    static final Set<String> NOT_YET_CONVERTED = Set.of("scoring");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ThiDuaApplication.class.getPackageName());

    @Test
    void noModuleUsesAnotherModulesEntitiesOrRepositories() {
        ModularityTest.MODULES.stream()
                .filter(module ->
                        !NOT_YET_CONVERTED.contains(module.getIdentifier().toString()))
                .forEach(module -> rule(module).check(CLASSES));
    }

    @Test
    void theRuleCatchesAClassThatKeepsAnotherModulesEntity() {
        ApplicationModule pledge =
                ModularityTest.MODULES.getModuleByName("pledge").orElseThrow();
        JavaClasses probe = new ClassFileImporter()
                .importClasses(vn.thidua.pledge.ArchitectureProbe.class, vn.thidua.organization.ClusterTerm.class);
        assertThatThrownBy(() -> rule(pledge).check(probe))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ArchitectureProbe")
                .hasMessageContaining("ClusterTerm");
    }

    static ArchRule rule(ApplicationModule module) {
        return noClasses()
                .that()
                .resideInAPackage(module.getBasePackage().getName() + "..")
                .should()
                .dependOnClassesThat(persistenceOfAnotherModule(module))
                .because("a module reads another's data through its public API of records, never its tables");
    }

    /** The application's entities and repositories that live outside {@code module}. */
    static DescribedPredicate<JavaClass> persistenceOfAnotherModule(ApplicationModule module) {
        String own = module.getBasePackage().getName();
        String application = ThiDuaApplication.class.getPackageName() + ".";
        return DescribedPredicate.describe(
                "an entity or repository of another module than " + module.getIdentifier(),
                type -> type.getPackageName().startsWith(application)
                        && !type.getPackageName().equals(own)
                        && !type.getPackageName().startsWith(own + ".")
                        && (type.isAnnotatedWith(Entity.class) || type.isAssignableTo(Repository.class)));
    }
}
