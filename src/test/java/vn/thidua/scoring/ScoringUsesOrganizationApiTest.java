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
 * with its milestone event; it never calls organisation's services or repositories or copies its queries. The round
 * and the sheet still map the cluster-year and the unit as associations: those, and the cluster read through the
 * cluster-year for its name, are the only entities it may name.
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
            "ClusterSummary",
            // The associations of ScoringRound and ScoreSheet, and the cluster-year's cluster read through the first.
            "ClusterTerm",
            "Cluster",
            "Unit");

    @Test
    void scoringNamesOnlyOrganisationsApi() {
        JavaClasses scoring = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.thidua.scoring");
        Set<String> used = new TreeSet<>();
        for (JavaClass type : scoring) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().equals("vn.thidua.organization")) {
                    used.add(target.getName().substring("vn.thidua.organization.".length()));
                }
            }
        }
        assertThat(used)
                .isNotEmpty()
                .isSubsetOf(API)
                .doesNotContain("OrganizerService", "ClusterService", "ClusterMember");
    }
}
