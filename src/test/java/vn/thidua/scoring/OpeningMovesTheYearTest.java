package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.internal.ClusterService;
import vn.thidua.support.IntegrationTest;

/** Opening scoring moves the cluster-year to its scoring step when it is in an earlier one, and says so in the trail. */
class OpeningMovesTheYearTest extends IntegrationTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    ClusterService clusters;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ScoringFixture yearIn(String status) {
        ScoringFixture f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        jdbc.update("update cluster_term set status = ? where id = ?", status, f.termId);
        return f;
    }

    private String statusOf(ScoringFixture f) {
        return jdbc.queryForObject("select status from cluster_term where id = ?", String.class, f.termId);
    }

    private void open(ScoringFixture f) {
        f.as("admin");
        roundOpening.open(f.termId, LocalDate.now().plusDays(10), null, "Mở chấm điểm năm 2021");
    }

    @Test
    void aYearSigningItsPledgeMovesToScoringAndTheChangeIsAudited() {
        ScoringFixture f = yearIn("PLEDGE");
        open(f);
        assertThat(statusOf(f)).isEqualTo("SCORING");
        Map<String, Object> event = jdbc.queryForMap("""
                select actor, old_value::text as old_value, new_value::text as new_value, reason from audit_event
                where entity_type = 'ClusterTerm' and entity_id = ? and action = 'TERM_STATUS_ADVANCED'""", f.termId);
        assertThat(event.get("actor")).isEqualTo("admin");
        assertThat((String) event.get("old_value")).contains("PLEDGE");
        assertThat((String) event.get("new_value")).contains("SCORING");
        assertThat(event.get("reason")).isEqualTo("Mở chấm điểm năm 2021");
    }

    @Test
    void aYearStillBeingSetUpMovesToScoringThroughItsPledgeStep() {
        ScoringFixture f = yearIn("SET_UP");
        open(f);
        assertThat(statusOf(f)).isEqualTo("SCORING");
        // From now on its members are those who have sheets.
        f.as("admin");
        long cluster = f.clusterId;
        assertThatThrownBy(() -> clusters.removeMember(
                        cluster,
                        2021,
                        jdbc.queryForObject("select version from cluster_term where id = ?", Long.class, f.termId),
                        f.unitC))
                .hasMessageContaining("term.locked");
    }

    @Test
    void aYearFurtherOnKeepsItsStatus() {
        ScoringFixture f = yearIn("VOTE");
        open(f);
        assertThat(statusOf(f)).isEqualTo("VOTE");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'ClusterTerm' and entity_id = ? and action = 'TERM_STATUS_ADVANCED'",
                        Integer.class,
                        f.termId))
                .isZero();
    }

    @Test
    void nobodyMovesAYearOnByHandAndOnlyTheOrganisersAdministratorsCloseIt() {
        // The year moves only through what happens in the features; the one step by hand is closing a finished year.
        ScoringFixture f = yearIn("RESULTS");
        long version = jdbc.queryForObject("select version from cluster_term where id = ?", Long.class, f.termId);
        f.as(f.headUser);
        assertThatThrownBy(() -> clusters.closeTerm(f.clusterId, 2021, version))
                .isInstanceOf(AccessDeniedException.class);
        f.as("kiengiang");
        assertThatThrownBy(() -> clusters.closeTerm(f.clusterId, 2021, version)).isInstanceOf(NotFoundException.class);
        assertThat(statusOf(f)).isEqualTo("RESULTS");
    }
}
