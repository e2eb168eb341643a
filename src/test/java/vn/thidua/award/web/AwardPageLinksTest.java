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
    void outsidersFindNoPageAndSoNoLink() throws Exception {
        long term = termId("AG", "CUM2", 2020);
        mvc.perform(get("/votes/term/" + term).with(Users.as(jdbc, "kienhai"))).andExpect(status().isForbidden());
        mvc.perform(get("/my/clusters/" + term).with(Users.as(jdbc, "kienhai"))).andExpect(status().isNotFound());
    }
}
