package vn.thidua.award.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.access.CurrentUser;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * A decision of 200 awards prints page by page: 200 pages, and the heap it needs does not grow with the number of
 * awards (compared with a decision of 20). Prints the time and peak heap measured (see docs/performance.md).
 */
class CertificateVolumeTest extends IntegrationTest {

    @Autowired
    CertificatePrinter printer;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private DecisionFixture decision(long type, int awards) {
        DecisionFixture d = DecisionFixture.record(jdbc, idOf("select id from organizer where code = 'AG'"), 2020);
        long[] units = {unitId("AG", "AP"), unitId("AG", "CT"), unitId("AG", "CM"), unitId("AG", "PT")};
        for (int i = 0; i < awards; i++) {
            d.grant(
                    type,
                    units[i % units.length],
                    "Nguyễn Văn " + i,
                    "Chuyên viên",
                    CertificatePdfTest.LONG_ACHIEVEMENT.substring(0, 400));
        }
        return d;
    }

    /** Prints the decision to a file while sampling the used heap: returns {milliseconds, peak MB above the start}. */
    private long[] print(DecisionFixture d, Path file) throws Exception {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long start = runtime.totalMemory() - runtime.freeMemory();
        AtomicLong peak = new AtomicLong(start);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long began = System.nanoTime();
        CertificatePrinter.Job job = printer.decision(d.decisionId, PrintMode.FULL_DESIGN, Paper.A3);
        try (OutputStream out = Files.newOutputStream(file)) {
            printer.write(job, "https://thidua.example/verify/award/", out);
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        return new long[] {millis, (peak.get() - start) / (1024 * 1024)};
    }

    @Test
    void twoHundredCertificatesPrintPageByPage() throws Exception {
        long type = CertificateFixture.awardType(jdbc, "AG", "Bằng khen số lượng lớn " + CertificateFixture.tag());
        CurrentUser admin = Users.principal(jdbc, "admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        DecisionFixture small = decision(type, 20);
        DecisionFixture large = decision(type, 200);
        Path dir = Files.createDirectories(Path.of("target", "certificates"));
        // Once to warm up (fonts, classes), then measured.
        print(small, dir.resolve("warm-up.pdf"));
        long[] twenty = print(small, dir.resolve("20.pdf"));
        long[] twoHundred = print(large, dir.resolve("200.pdf"));
        try (PDDocument pdf = Loader.loadPDF(
                new RandomAccessReadBufferedFile(dir.resolve("200.pdf").toFile()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(200);
        }
        System.out.printf(
                "Certificates: 20 awards %d ms, peak heap +%d MB; 200 awards %d ms, peak heap +%d MB, %d KB%n",
                twenty[0], twenty[1], twoHundred[0], twoHundred[1], Files.size(dir.resolve("200.pdf")) / 1024);
        // Ten times the awards does not take anything like ten times the memory.
        assertThat(twoHundred[1]).isLessThan(Math.max(64, twenty[1] * 4));
    }
}
