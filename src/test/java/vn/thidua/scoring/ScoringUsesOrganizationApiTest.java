package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Scoring reads the organisation through its API of records (cluster-years, units, organisers) and moves the year
 * with its milestone event; it never calls organisation's services or repositories or copies its queries, and names
 * none of its entities: the round keeps the cluster-year's id and the sheet the unit's.
 */
class ScoringUsesOrganizationApiTest {

    private static final Set<String> API = Set.of(
            "ClusterYears",
            "ClusterYear",
            "ClusterYearSummary",
            "ClusterYearMember",
            "ClusterYearMilestone",
            "ClusterYearMilestone$Milestone",
            "ClusterTermStatus",
            "ClusterKind",
            "MemberRole",
            "Units",
            "UnitSummary",
            "UnitLevel",
            "Organizers",
            "ClusterSummary");

    @Test
    void scoringNamesOnlyOrganisationsApi() {
        JavaClasses scoring = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.thidua.scoring");
        Set<String> used = new TreeSet<>();
        for (JavaClass type : scoring) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith("vn.thidua.organization")) {
                    used.add(target.getName().substring("vn.thidua.organization.".length()));
                }
            }
        }
        assertThat(used)
                .isNotEmpty()
                .isSubsetOf(API)
                .doesNotContain(
                        "OrganizerService",
                        "ClusterService",
                        "ClusterMember",
                        "ClusterTerm",
                        "Cluster",
                        "Unit",
                        "Organizer");
    }
}
