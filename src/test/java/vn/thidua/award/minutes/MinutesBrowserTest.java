package vn.thidua.award.minutes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import vn.thidua.support.BrowserTest;

/** The head writes the minutes on a phone: the form, the documents and the signed scan, with nothing off-screen. */
class MinutesBrowserTest extends BrowserTest {

    static final int WIDTH = 375;

    @Test
    void theHeadEntersTheMeetingDownloadsTheMinutesAndUploadsTheSignedScanOnAPhone() {
        MinutesFixture f = new MinutesFixture(jdbc).closeVote();
        page.setViewportSize(WIDTH, 812);
        login(f.head);
        open("/award/cluster-years/" + f.clusterYear + "/minutes");
        assertThat(page.getByTestId("minutes-no-documents")).isVisible();
        fits("empty-form");

        page.locator("#meetingDate").fill("15/12/2021");
        page.locator("#meetingTime").fill("8:30");
        page.locator("#place").fill("Hội trường Ủy ban nhân dân huyện Châu Thành");
        page.locator("#chairName").fill("Nguyễn Văn Tâm");
        page.locator("#chairTitle").fill("Chủ tịch");
        page.locator("#secretaryName").fill("Trần Thị Hương");
        page.locator("#secretaryTitle").fill("");
        page.locator("#present-" + f.otherUnit).uncheck();
        page.locator("#reason-" + f.otherUnit).fill("Đi công tác");
        page.locator("[data-testid=minutes-form] button[type=submit]").click();
        // The missing position is named beside its field; the rest is kept.
        assertThat(page.locator("#secretaryTitle.is-invalid")).hasCount(1);
        assertThat(page.locator("#place")).hasValue("Hội trường Ủy ban nhân dân huyện Châu Thành");
        assertThat(page.locator("#reason-" + f.otherUnit)).hasValue("Đi công tác");
        assertThat(page.locator("#present-" + f.otherUnit)).not().isChecked();
        page.locator("#secretaryTitle").fill("Chuyên viên");
        page.locator("[data-testid=minutes-form] button[type=submit]").click();
        assertThat(page.getByTestId("flash")).containsText("Đã lưu thông tin cuộc họp");
        fits("saved");

        Download pdf =
                page.waitForDownload(() -> page.getByTestId("minutes-pdf").click());
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");

        page.locator("#scan-file")
                .setInputFiles(new FilePayload("bien-ban-da-ky.pdf", "application/pdf", MinutesPagesTest.PDF));
        page.locator("[data-testid=minutes-scan-form] button[type=submit]").click();
        assertThat(page.getByTestId("minutes-scan")).containsText("bien-ban-da-ky.pdf");

        // Replacing asks first; declining keeps the scan.
        page.onceDialog(dialog -> dialog.dismiss());
        page.locator("#scan-file").setInputFiles(new FilePayload("ban-quet.png", "image/png", MinutesPagesTest.PNG));
        page.locator("[data-testid=minutes-scan-form] button[type=submit]").click();
        assertThat(page.getByTestId("minutes-scan")).containsText("bien-ban-da-ky.pdf");
        fits("signed");
    }

    private void fits(String name) {
        page.waitForLoadState();
        screenshot(name);
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue())
                .as("page width of " + name)
                .isLessThanOrEqualTo(WIDTH);
    }
}
