package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.common.NotFoundException;
import vn.thidua.support.IntegrationTest;

/** An organiser's working year and clusters, as other features read them: plain values and records. */
class OrganizersTest extends IntegrationTest {

    @Autowired
    Organizers organizers;

    @Test
    void theWorkingYearAndTheClustersOfAnOrganiser() {
        long organizer = idOf("select id from organizer where code = ?", "AG");
        assertThat(organizers.workingYear(organizer))
                .isEqualTo(jdbc.queryForObject(
                        "select working_year from organizer where id = ?", Integer.class, organizer));
        long clusters =
                jdbc.queryForObject("select count(*) from cluster where organizer_id = ?", Long.class, organizer);
        assertThat(organizers.clusters(organizer))
                .hasSize((int) clusters)
                .allSatisfy(c -> assertThat(c.organizerId()).isEqualTo(organizer))
                .extracting(ClusterSummary::code)
                .contains("CUM2");
    }

    @Test
    void anUnknownOrganiserHasNoWorkingYearAndNoClusters() {
        assertThatThrownBy(() -> organizers.workingYear(-1L)).isInstanceOf(NotFoundException.class);
        assertThat(organizers.clusters(-1L)).isEmpty();
    }
}
