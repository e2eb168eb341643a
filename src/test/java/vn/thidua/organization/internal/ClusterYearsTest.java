package vn.thidua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearSummary;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.MemberRole;
import vn.thidua.organization.OrganizerSummary;
import vn.thidua.organization.Organizers;
import vn.thidua.organization.Units;
import vn.thidua.support.IntegrationTest;

/** The cluster-years and units other features read: records with members and roles, from the demo data. */
class ClusterYearsTest extends IntegrationTest {

    @Autowired
    ClusterYears clusterYears;

    @Autowired
    Units units;

    @Autowired
    Organizers organizers;

    @Autowired
    ClusterScopeDirectory scope;

    @Test
    void aClusterYearComesWithItsMembersHeadFirst() {
        long id = termId("AG", "CUM2", 2020);
        ClusterYear year = clusterYears.get(id);

        assertThat(year.id()).isEqualTo(id);
        assertThat(year.year()).isEqualTo(2020);
        assertThat(year.summary().clusterCode()).isEqualTo("CUM2");
        assertThat(year.members()).isNotEmpty();
        assertThat(year.members().get(0).role()).isEqualTo(MemberRole.HEAD);
        assertThat(year.head()).isPresent();
        assertThat(year.isHeadedBy(year.head().orElseThrow().unitId())).isTrue();
        long memberCount = jdbc.queryForObject("select count(*) from cluster_member where term_id = ?", Long.class, id);
        assertThat(year.members()).hasSize((int) memberCount);
        assertThat(clusterYears.find(year.summary().clusterId(), 2020)).contains(year);
        assertThat(clusterYears.withMembers(java.util.List.of(id))).containsExactly(year);
    }

    @Test
    void listsOfAnOrganiserAndOfAUnit() {
        long organizer = idOf("select id from organizer where code = ?", "AG");
        assertThat(clusterYears.ofOrganizer(organizer, 2020))
                .extracting(ClusterYearSummary::clusterCode)
                .contains("CUM2");
        long unit = clusterYears
                .get(termId("AG", "CUM2", 2020))
                .head()
                .orElseThrow()
                .unitId();
        assertThat(clusterYears.ofUnit(unit))
                .extracting(ClusterYearSummary::year)
                .contains(2020)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(units.find(unit))
                .hasValueSatisfying(u -> assertThat(u.organizerId()).isEqualTo(organizer));
        assertThat(units.byIds(java.util.List.of(unit))).containsOnlyKeys(unit);
    }

    @Test
    void anUnknownClusterYearIsNotFound() {
        assertThat(clusterYears.find(-1L)).isEmpty();
        assertThatThrownBy(() -> clusterYears.get(-1L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOrganiserWithItsNameAndWorkingYear() {
        long organizer = idOf("select id from organizer where code = ?", "AG");
        OrganizerSummary summary = organizers.get(organizer);
        assertThat(summary.id()).isEqualTo(organizer);
        assertThat(summary.name())
                .isEqualTo(jdbc.queryForObject("select name from organizer where id = ?", String.class, organizer));
        assertThat(summary.workingYear())
                .isEqualTo(jdbc.queryForObject(
                        "select working_year from organizer where id = ?", Integer.class, organizer))
                .isEqualTo(organizers.workingYear(organizer));
        assertThatThrownBy(() -> organizers.get(-1L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theActiveUnitsOfAnOrganiserByName() {
        long organizer = idOf("select id from organizer where code = ?", "AG");
        long active = jdbc.queryForObject(
                "select count(*) from unit where organizer_id = ? and retired_on is null", Long.class, organizer);
        assertThat(units.activeOf(organizer))
                .hasSize((int) active)
                .allMatch(u -> u.organizerId() == organizer && u.active());
    }

    @Test
    void theYearsAPersonsUnitHeadsAndBelongsToAsRecords() {
        var cumtruong2 = vn.thidua.support.Users.principal(jdbc, "cumtruong2");
        assertThat(scope.headedYears(cumtruong2))
                .extracting(ClusterYearSummary::clusterCode)
                .containsExactly("CUM2");
        assertThat(scope.memberYears(cumtruong2))
                .extracting(ClusterYearSummary::id)
                .containsExactlyElementsOf(scope.memberTerms(cumtruong2).stream()
                        .map(ClusterTerm::getId)
                        .toList());
        assertThat(scope.headedYears(vn.thidua.support.Users.principal(jdbc, "admin")))
                .isEmpty();
    }
}
