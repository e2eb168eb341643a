package vn.thidua.scoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.BrowserTest;
import vn.thidua.support.HostileWorkbooks;

/** In a real browser, an officer imports a sheet of 300,000 rows: the form comes back with a message, the page works. */
class HostileImportBrowserTest extends BrowserTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aHugeSheetImportedFromTheSheetPageGetsAMessageAndThePageStillAnswers() throws IOException {
        ScoringFixture f = ScoringFixture.create(jdbc);
        f.createTable(tables);
        f.as("admin");
        roundOpening.open(f.termId, LocalDate.now().plusDays(10), null, null);
        SecurityContextHolder.clearContext();
        long sheetId = f.sheetOf(f.unitB);
        Path file = Files.createTempDirectory("phieu").resolve("phieu-300000-dong.xlsx");
        Files.write(file, HostileWorkbooks.hugeSheet());

        login(f.officerB);
        open("/scoring/sheets/" + sheetId);
        page.locator("#sheet-file").setInputFiles(file);
        page.locator("form[action$='/import'] button[type=submit]").click();
        assertThat(page.getByTestId("import-errors"))
                .containsText("Tệp có quá nhiều dòng: trang tính đầu tiên được có tối đa 61 dòng có dữ liệu");
        screenshot("import-refused");

        open("/scoring/sheets/" + sheetId);
        assertThat(page.locator("#sheet-file")).isVisible();
    }
}
