package vn.thidua.award.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * The award pages link to one another: the cluster-year's pages to the vote and the proposal, the closed vote to the
 * minutes and the proposal, the minutes and the proposal back to the vote; only on pages the person may read, whose
 * targets check the same access.
 */
class AwardPageLinksTest extends IntegrationTest {

    private static String link(String href) {
        return "href=\"" + href + "\"";
    }

    @Test
    void theClusterYearsPagesLinkToTheVoteAndTheProposal() throws Exception {
        long term = termId("AG", "CUM2", 2020);
        long cluster = idOf("select cluster_id from cluster_term where id = ?", term);
        mvc.perform(get("/admin/clusters/" + cluster + "/years/2020").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-testid=\"vote-link\""),
                                containsString(link("/votes/term/" + term)),
                                containsString("data-testid=\"proposal-link\""),
                                containsString(link("/proposals/term/" + term)))));
        mvc.perform(get("/my/clusters/" + term).with(Users.as(jdbc, "anphu")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(link("/votes/term/" + term)),
                                containsString(link("/proposals/term/" + term)))));
    }

    @Test
    void aClosedVoteLinksToItsMinutesAndTheProposalWhichLinkBack() throws Exception {
        long term = termId("AG", "CUM2", 2020);
        for (String user : new String[] {"admin", "anphu"}) {
            mvc.perform(get("/votes/term/" + term).with(Users.as(jdbc, user)))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString(link("/award/cluster-years/" + term + "/minutes")),
                                    containsString(link("/proposals/term/" + term)))));
            mvc.perform(get("/award/cluster-years/" + term + "/minutes").with(Users.as(jdbc, user)))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("data-testid=\"to-vote\""),
                                    containsString(link("/votes/term/" + term)),
                                    containsString(link("/proposals/term/" + term)))));
            mvc.perform(get("/proposals/term/" + term).with(Users.as(jdbc, user)))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString(link("/votes/term/" + term)),
                                    containsString(link("/award/cluster-years/" + term + "/minutes")))));
        }
    }

    @Test
    void withoutAClosedVoteThereIsNoLinkToItsMinutesOrProposal() throws Exception {
        long term = termId("AG", "CUM2", 2021);
        mvc.perform(get("/votes/term/" + term).with(Users.as(jdbc, "anphu")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("data-testid=\"to-minutes\"")),
                                not(containsString("data-testid=\"to-proposal\"")))));
        mvc.perform(get("/award/cluster-years/" + term + "/minutes").with(Users.as(jdbc, "anphu")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-testid=\"to-vote\""),
                                not(containsString("data-testid=\"to-proposal\"")))));
    }

    @Test
    void theProposalAndItsReviewLinkToEachOtherForTheStaff() throws Exception {
        long term = termId("AG", "CUM2", 2020);
        long proposal = idOf("select id from award_proposal where term_id = ?", term);
        for (String user : new String[] {"admin", "thamdinh"}) {
            mvc.perform(get("/proposals/term/" + term).with(Users.as(jdbc, user)))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("data-testid=\"to-review\""),
                                    containsString(link("/review/proposals/" + proposal)))));
            mvc.perform(get("/review/proposals/" + proposal).with(Users.as(jdbc, user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(link("/proposals/term/" + term))));
        }
        mvc.perform(get("/proposals/term/" + term).with(Users.as(jdbc, "anphu")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"to-review\""))));
    }

    @Test
    void aDecisionLinksToItsCertificatesForTheStaffAndToEachAwardsVerification() throws Exception {
        long decision = idOf("""
                select d.id from award_decision d join organizer o on o.id = d.organizer_id
                where o.code = 'AG' and d.number = '125/QĐ-UBND'""");
        String code = "DEMO2021COTINHANPHU00001";
        for (String user : new String[] {"admin", "thamdinh"}) {
            mvc.perform(get("/decisions/" + decision).with(Users.as(jdbc, user)))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("data-testid=\"certificates-pdf\""),
                                    containsString(link("/decisions/" + decision + "/certificates.pdf")),
                                    containsString(link("/verify/award/" + code)))));
        }
        // The awarded unit reads the decision but prints no decision's certificates.
        mvc.perform(get("/decisions/" + decision).with(Users.as(jdbc, "anphu")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("data-testid=\"certificates-pdf\"")),
                                containsString(link("/verify/award/" + code)))));
        mvc.perform(get("/decisions/" + decision + "/certificates.pdf").with(Users.as(jdbc, "anphu")))
                .andExpect(status().isForbidden());
        // The unit's award history links back to the decision.
        mvc.perform(get("/units/" + unitId("AG", "AP") + "/awards").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(link("/decisions/" + decision))));
    }

    @Test
    void outsidersFindNoPageAndSoNoLink() throws Exception {
        long term = termId("AG", "CUM2", 2020);
        mvc.perform(get("/votes/term/" + term).with(Users.as(jdbc, "kienhai"))).andExpect(status().isForbidden());
        mvc.perform(get("/my/clusters/" + term).with(Users.as(jdbc, "kienhai"))).andExpect(status().isNotFound());
    }
}
