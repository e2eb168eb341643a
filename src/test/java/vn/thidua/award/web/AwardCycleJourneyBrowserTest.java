package vn.thidua.award.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.support.BrowserTest;

/**
 * One cluster's award cycle in a browser, from the first quarter to the proposal: its units register for a title,
 * the scoring round is finalised, the head opens the vote with next year's head on it, five members cast their
 * ballots with their password, the head closes the vote, the minutes are written and downloaded, and the head drafts a
 * proposal that first breaks the type's quota and, once one item is removed, passes and is submitted. The pages link
 * to one another along the way, and the phone-sized ones fit 375 px without sideways scrolling.
 */
class AwardCycleJourneyBrowserTest extends BrowserTest {

    private static final int PHONE = 375;
    private static final int MEMBERS = 6;

    private final List<Long> units = new ArrayList<>();
    private final List<String> officers = new ArrayList<>();
    private final List<String> unitNames = new ArrayList<>();
    private long organizer;
    private long term;
    private long type;
    private String typeName;

    @Test
    void aClusterRegistersVotesWritesItsMinutesAndProposesItsAwards() throws IOException {
        setUpCluster();
        page.onDialog(Dialog::accept);

        // First quarter: the registration window is open; two member units register for the title.
        for (int i = 1; i <= 2; i++) {
            page.context().clearCookies();
            page.setViewportSize(i == 1 ? PHONE : 1280, i == 1 ? 812 : 900);
            login(officers.get(i));
            open("/registrations");
            Locator choice =
                    page.getByTestId("registration-choice").filter(new Locator.FilterOptions().setHasText(typeName));
            choice.locator("form[action$='/registrations/register'] button").click();
            page.waitForLoadState();
            assertThat(page.getByTestId("registration-choice")
                            .filter(new Locator.FilterOptions().setHasText(typeName))
                            .locator("form[action$='/registrations/withdraw']"))
                    .hasCount(1);
            if (i == 1) {
                assertFits("registration");
            }
        }
        assertThat(count(
                        "select count(*) from award_registration where term_id = ? and award_type_id = ? and withdrawn_at is null",
                        term,
                        type))
                .isEqualTo(2);

        // The scoring round is finalised (as the scoring journeys leave it).
        finaliseScoring();

        // The head finds the vote from the cluster-year's page and prepares it with next year's head on it.
        page.context().clearCookies();
        page.setViewportSize(1280, 900);
        login(officers.get(0));
        open("/my/clusters/" + term);
        assertThat(page.getByTestId("proposal-link")).hasCount(1);
        page.getByTestId("vote-link").click();
        page.waitForLoadState();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/votes/term/" + term + "$"));
        page.getByTestId("prepare").click();
        page.waitForLoadState();
        page.locator("input[name=typeIds][value='" + type + "']").check();
        page.locator("input[type=checkbox][name=nextHead]").check();
        page.locator("#opens").fill(DisplayFormat.DATE_TIME.format(now().minusMinutes(5)));
        page.locator("#closes").fill(DisplayFormat.DATE_TIME.format(now().plusHours(2)));
        page.getByTestId("save").click();
        page.waitForLoadState();
        page.locator("[data-testid=open]").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("status")).containsText("Đang bỏ phiếu");
        assertThat(page.getByTestId("to-minutes")).hasCount(0);

        // Five members cast their ballots with their password; the first on a phone.
        for (int i = 1; i <= 5; i++) {
            page.context().clearCookies();
            page.setViewportSize(i == 1 ? PHONE : 1280, i == 1 ? 812 : 900);
            login(officers.get(i));
            open("/votes/term/" + term + "/ballot");
            Locator agree = page.locator("label[for$='_FOR']");
            for (int c = 0; c < agree.count(); c++) {
                agree.nth(c).click();
            }
            page.locator("input[type=checkbox][value='" + units.get(1) + "']").check();
            if (i == 1) {
                assertFits("ballot");
            }
            page.locator("#password").fill(DEMO_PASSWORD);
            page.getByTestId("cast").click();
            page.waitForLoadState();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/votes/term/" + term + "$"));
            assertThat(page.getByTestId("go-ballot")).hasCount(0);
        }
        assertThat(count(
                        "select count(*) from vote_ballot b join vote v on v.id = b.vote_id where v.term_id = ?", term))
                .isEqualTo(5);

        // The head closes the vote (one unit has not voted: a reason is given).
        page.context().clearCookies();
        page.setViewportSize(1280, 900);
        login(officers.get(0));
        open("/votes/term/" + term);
        page.locator("[data-testid=close-form] #reason").fill("Đơn vị còn lại vắng mặt tại cuộc họp bình xét.");
        page.getByTestId("close").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("status")).containsText("Đã kết thúc");
        assertThat(page.getByTestId("next-head")).containsText(unitNames.get(1));
        long elected = count(
                "select r.unit_id from vote_result r join vote v on v.id = r.vote_id where v.term_id = ? and r.award_type_id = ? and r.elected",
                term,
                type);
        page.setViewportSize(PHONE, 812);
        assertFits("vote-closed");
        page.setViewportSize(1280, 900);

        // From the vote to the minutes: the meeting's details, then both documents.
        page.getByTestId("to-minutes").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("to-vote")).hasCount(1);
        page.locator("#meetingDate").fill(DisplayFormat.DATE.format(now().toLocalDate()));
        page.locator("#meetingTime").fill("8:30");
        page.locator("#place").fill("Hội trường cụm " + tag);
        page.locator("#chairName").fill("Nguyễn Văn Chủ");
        page.locator("#chairTitle").fill("Chủ tịch");
        page.locator("#secretaryName").fill("Trần Thị Thư");
        page.locator("#secretaryTitle").fill("Chuyên viên");
        page.locator("[data-testid=minutes-form] button[type=submit]").click();
        assertThat(page.getByTestId("flash")).containsText("Đã lưu thông tin cuộc họp");
        Download pdf =
                page.waitForDownload(() -> page.getByTestId("minutes-pdf").click());
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        Download docx =
                page.waitForDownload(() -> page.getByTestId("minutes-docx").click());
        byte[] word = Files.readAllBytes(docx.path());
        assertThat(word[0]).isEqualTo((byte) 'P');
        assertThat(word[1]).isEqualTo((byte) 'K');
        assertThat(docx.suggestedFilename()).endsWith(".docx");

        // From the minutes to the proposal: two units for a type of at most one per cluster-year.
        page.getByTestId("to-proposal").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("to-vote")).hasCount(1);
        page.locator("[data-testid=start-form] button").click();
        page.waitForLoadState();
        long other = units.stream().filter(u -> u != elected).findFirst().orElseThrow();
        addItem(elected, "Dẫn đầu cụm " + tag + " về thực hiện nhiệm vụ chính trị.");
        addItem(other, "Hoàn thành tốt nhiệm vụ " + tag + ".");
        assertThat(page.getByTestId("failures"))
                .containsText(
                        "Quy tắc số lượng tối đa mỗi cụm mỗi năm — " + typeName + ": đề nghị 2 trường hợp, tối đa 1");
        assertThat(page.locator("[data-testid=submit-form] button")).isDisabled();
        page.setViewportSize(PHONE, 812);
        assertFits("proposal-failing");
        page.setViewportSize(1280, 900);

        // One item removed (after a confirmation), the checks pass and the proposal is submitted.
        String otherName = unitNames.get(units.indexOf(other));
        page.locator("[data-testid=items] tbody tr")
                .filter(new Locator.FilterOptions().setHasText(otherName))
                .locator("form[action*='/items/'][action$='/delete'] button")
                .click();
        page.waitForLoadState();
        assertThat(page.getByTestId("checks-ok")).isVisible();
        page.locator("[data-testid=submit-form] button").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("proposal-status")).containsText("Đã trình");
        assertThat(count("select count(*) from award_proposal where term_id = ? and status = 'SUBMITTED'", term))
                .isEqualTo(1);

        // A member reads the submitted proposal on a phone and goes back to the vote.
        page.context().clearCookies();
        page.setViewportSize(PHONE, 812);
        login(officers.get(3));
        open("/proposals/term/" + term);
        assertThat(page.getByTestId("items")).containsText(unitNames.get(units.indexOf(elected)));
        assertFits("proposal-member");
        page.getByTestId("to-vote").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("to-proposal")).hasCount(1);
    }

    private void addItem(long unit, String summary) {
        page.locator("[data-testid=item-details] summary").click();
        page.locator("#awardTypeId").selectOption(String.valueOf(type));
        page.locator("#unitId").selectOption(String.valueOf(unit));
        page.locator("[data-testid=item-form] #summary").fill(summary);
        page.locator("[data-testid=item-form] button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.getByTestId("items")).containsText(summary);
    }

    private String tag;

    /** A cluster of An Giang of its own in the working year 2021, its units with their officers, and its title. */
    private void setUpCluster() {
        tag = "J"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        organizer = jdbc.queryForObject("select id from organizer where code = 'AG'", Long.class);
        long cluster = jdbc.queryForObject(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                Long.class,
                organizer,
                tag,
                "Cụm hành trình " + tag);
        term = jdbc.queryForObject(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                Long.class,
                cluster);
        for (int i = 0; i < MEMBERS; i++) {
            String name = "Ủy ban nhân dân xã hành trình " + tag + " " + (char) ('A' + i);
            long unit = jdbc.queryForObject(
                    "insert into unit (organizer_id, code, name, short_name, level) values (?, ?, ?, ?, 'COMMUNE') returning id",
                    Long.class,
                    organizer,
                    tag + i,
                    name,
                    tag + i);
            units.add(unit);
            unitNames.add(name);
            jdbc.update(
                    "insert into cluster_member (term_id, unit_id, role) values (?, ?, ?)",
                    term,
                    unit,
                    i == 0 ? "HEAD" : "MEMBER");
            String username = tag.toLowerCase() + "u" + i;
            jdbc.update("""
                    insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id)
                    select ?, password_hash, ?, ?, ?, ? from app_user where username = 'admin'""", username, "Cán bộ " + username, i == 0 ? "CLUSTER_HEAD" : "UNIT_OFFICER", organizer, unit);
            officers.add(username);
        }
        typeName = "Cờ thi đua hành trình " + tag;
        type = jdbc.queryForObject("""
                insert into award_type (organizer_id, code, name, category, level, recipient, vote_base,
                                        vote_share_percent, vote_share_strict, quorum_percent, max_per_cluster_year,
                                        legal_source)
                values (?, ?, ?, 'TITLE', 'PROVINCE', 'COLLECTIVE', 'MEMBERS', 50, true, 0, 1, ?) returning id""", Long.class, organizer, tag + "FLAG", typeName, "Quy chế hành trình " + tag);
        // The first quarter: An Giang's registration for 2021 is open for a while yet.
        jdbc.update("""
                insert into award_registration_window (organizer_id, year, closes_on) values (?, 2021, current_date + 30)
                on conflict (organizer_id, year) do update
                    set closes_on = greatest(award_registration_window.closes_on, excluded.closes_on)""", organizer);
    }

    private void finaliseScoring() {
        long table = jdbc.queryForObject("select min(id) from criteria_table", Long.class);
        jdbc.update("update cluster_term set status = 'RESULTS' where id = ?", term);
        long round = jdbc.queryForObject(
                "insert into scoring_round (term_id, table_id, status) values (?, ?, 'FINALISED') returning id",
                Long.class,
                term,
                table);
        for (Long unit : units) {
            jdbc.update("insert into score_sheet (round_id, unit_id, status) values (?, ?, 'FINAL')", round, unit);
        }
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(BusinessTime.ZONE).withSecond(0).withNano(0);
    }

    private void assertFits(String name) {
        page.waitForLoadState();
        screenshot(name);
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width of " + name).isLessThanOrEqualTo(PHONE);
    }
}
