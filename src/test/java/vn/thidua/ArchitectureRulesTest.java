package vn.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;

/**
 * A module keeps its tables to itself: no class of one module uses another module's JPA entity or Spring Data
 * repository. A feature that needs another's data asks its public API, which answers with records (for example
 * organisation's {@code ClusterYears}) or ids, so that no JPA association crosses a boundary. Nor does a query's
 * text: a {@code @Query} of one module names none of another module's entities (nor, in native SQL, its tables).
 */
class ArchitectureRulesTest {

    /**
     * The modules not yet held to the rule: none any more ({@code scoring}, the last, keeps the cluster-year's and the
     * unit's ids and reads them through organisation's records). A module that has to be let off names itself here.
     */
    static final Set<String> NOT_YET_CONVERTED = Set.of();

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
                .importClasses(
                        vn.thidua.pledge.ArchitectureProbe.class, vn.thidua.organization.internal.ClusterTerm.class);
        assertThatThrownBy(() -> rule(pledge).check(probe))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ArchitectureProbe")
                .hasMessageContaining("ClusterTerm");
    }

    /** Organisation's entities, repositories and services are its own: no other module's class reaches for them. */
    static final ArchRule ORGANIZATION_INTERNALS = noClasses()
            .that()
            .resideOutsideOfPackage("vn.thidua.organization..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("vn.thidua.organization.internal..");

    @Test
    void noOtherModuleUsesOrganisationsInternals() {
        ORGANIZATION_INTERNALS.check(CLASSES);
    }

    @Test
    void theInternalsRuleCatchesAClassOutsideOrganisation() {
        JavaClasses probe = new ClassFileImporter()
                .importClasses(
                        vn.thidua.pledge.ArchitectureProbe.class, vn.thidua.organization.internal.ClusterTerm.class);
        assertThatThrownBy(() -> ORGANIZATION_INTERNALS.check(probe))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ArchitectureProbe")
                .hasMessageContaining("ClusterTerm");
    }

    /**
     * Organisation's root package is its API only: interfaces, records and enums (and the events, which are records).
     * No entity, repository or service class stays there.
     */
    @Test
    void organisationsRootPackageHoldsOnlyItsApi() {
        List<String> notApi = CLASSES.stream()
                .filter(type -> type.getPackageName().equals("vn.thidua.organization"))
                .filter(type -> !type.getSimpleName().equals("package-info"))
                .filter(type -> !type.isInterface() && !type.isRecord() && !type.isEnum())
                .filter(JavaClass::isTopLevelClass)
                .map(JavaClass::getName)
                .toList();
        assertThat(notApi).isEmpty();
    }

    /**
     * The queries still written against another module's entity, each named by its class and method. Empty once
     * every query reads only its own module's entities.
     */
    static final Set<String> KNOWN_FOREIGN_QUERIES = Set.of();

    @Test
    void noModulesQueryNamesAnotherModulesEntity() {
        List<String> breaches = new ArrayList<>();
        ModularityTest.MODULES.stream()
                .filter(module ->
                        !NOT_YET_CONVERTED.contains(module.getIdentifier().toString()))
                .forEach(module -> CLASSES.stream()
                        .filter(type -> inModule(type, module))
                        .forEach(type -> foreignNamesInQueries(module, type).stream()
                                .filter(breach -> KNOWN_FOREIGN_QUERIES.stream()
                                        .noneMatch(known -> breach.startsWith(known + " names ")))
                                .forEach(breaches::add)));
        assertThat(breaches)
                .as("queries that read another module's tables instead of asking its public API")
                .isEmpty();
    }

    @Test
    void theQueryRuleCatchesAQueryThatNamesAnotherModulesEntity() {
        ApplicationModule pledge =
                ModularityTest.MODULES.getModuleByName("pledge").orElseThrow();
        JavaClass probe = new ClassFileImporter()
                .importClasses(vn.thidua.pledge.ArchitectureQueryProbe.class)
                .get(vn.thidua.pledge.ArchitectureQueryProbe.class);
        assertThat(foreignNamesInQueries(pledge, probe))
                .anySatisfy(breach -> assertThat(breach).contains("unitNames").contains("Unit"))
                .anySatisfy(breach -> assertThat(breach).contains("memberCount").contains("cluster_member"))
                .noneSatisfy(breach -> assertThat(breach).contains("ownPledges"));
    }

    private static boolean inModule(JavaClass type, ApplicationModule module) {
        String own = module.getBasePackage().getName();
        return type.getPackageName().equals(own) || type.getPackageName().startsWith(own + ".");
    }

    /**
     * Every {@code @Query} of {@code type} that names an entity of another module than {@code module} (or, for native
     * SQL, one of its tables), as "class.method name".
     */
    static List<String> foreignNamesInQueries(ApplicationModule module, JavaClass type) {
        List<Persistence> foreign = CLASSES.stream()
                .filter(other -> other.getPackageName().startsWith(ThiDuaApplication.class.getPackageName() + ".")
                        && !inModule(other, module)
                        && other.isAnnotatedWith(Entity.class))
                .map(Persistence::of)
                .toList();
        List<String> breaches = new ArrayList<>();
        type.getMethods()
                .forEach(method -> method.tryGetAnnotationOfType(Query.class)
                        .ifPresent(query -> Stream.of(query.value(), query.countQuery())
                                .filter(text -> !text.isBlank())
                                .forEach(text -> foreign.forEach(entity -> {
                                    String name = query.nativeQuery() ? entity.table() : entity.entity();
                                    if (name != null
                                            && named(name).matcher(text).find()) {
                                        breaches.add(type.getName() + "." + method.getName() + " names " + name);
                                    }
                                }))));
        return breaches;
    }

    /** How a query names an entity: by its entity name in JPQL, by its table in native SQL. */
    record Persistence(String entity, String table) {

        static Persistence of(JavaClass entity) {
            String name = entity.getAnnotationOfType(Entity.class).name();
            String table = entity.tryGetAnnotationOfType(Table.class)
                    .map(Table::name)
                    .filter(t -> !t.isBlank())
                    .orElse(null);
            return new Persistence(name.isBlank() ? entity.getSimpleName() : name, table);
        }
    }

    /** The name as a whole word: {@code Unit} matches in {@code from Unit u}, not in {@code UnitSummary}. */
    private static Pattern named(String name) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
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
