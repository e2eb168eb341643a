package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;

/** A pledge drafted from last year's is signed where this year's head is, not at last year's head's place. */
class PledgeNewHeadPlaceTest extends IntegrationTest {

    @Autowired
    PledgeService pledges;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNewHeadDoesNotInheritLastYearsPlaceOfSigning() {
        PledgeFixture cluster = PledgeFixture.create(jdbc, 2);
        long lastYear = cluster.term(2020, "SET_UP");
        // Last year the first member headed the cluster; this year the fixture's head unit does.
        jdbc.update(
                "update cluster_member set role = 'MEMBER' where term_id = ? and unit_id = ?",
                lastYear,
                cluster.headUnit);
        jdbc.update(
                "update cluster_member set role = 'HEAD' where term_id = ? and unit_id = ?",
                lastYear,
                cluster.memberUnits.get(0));
        cluster.signIn("admin");
        Pledge old = pledges.createDraft(lastYear, DraftSource.TEMPLATE);
        PledgeContent content = old.content();
        pledges.saveDraft(
                old.getId(),
                old.getVersion(),
                new PledgeContent(
                        "Giao ước năm 2020",
                        "Xã Cũ",
                        content.preamble(),
                        content.goals(),
                        content.targets(),
                        content.commitments()));
        jdbc.update("update cluster_term set status = 'CLOSED' where id = ?", lastYear);

        Pledge pledge = pledges.createDraft(cluster.termId, DraftSource.PREVIOUS_YEAR);
        assertThat(pledge.getTitle()).isEqualTo("Giao ước năm 2021");
        assertThat(pledge.getSigningPlace()).isNull();
    }
}
