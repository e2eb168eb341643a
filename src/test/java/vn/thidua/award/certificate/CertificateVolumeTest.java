package vn.thidua.award.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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

    /**
     * Prints the decision to a file, measuring the time and the heap: the peak of the heap in use (garbage included)
     * and the peak of the heap still in use after each garbage collection during the print (what the print really
     * holds). Returns {milliseconds, peak MB above the start, peak MB after collections above the start}.
     */
    private long[] print(DecisionFixture d, Path file) throws Exception {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long start = runtime.totalMemory() - runtime.freeMemory();
        AtomicLong peak = new AtomicLong(start);
        AtomicLong peakAfterCollection = new AtomicLong(start);
        List<NotificationEmitter> emitters = new ArrayList<>();
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed)
                        .sum();
                peakAfterCollection.accumulateAndGet(after, Math::max);
            }
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
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
        for (NotificationEmitter emitter : emitters) {
            emitter.removeNotificationListener(listener);
        }
        long mb = 1024 * 1024;
        return new long[] {millis, (peak.get() - start) / mb, Math.max(0, peakAfterCollection.get() - start) / mb};
    }

    private void signInAsAdministrator() {
        CurrentUser admin = Users.principal(jdbc, "admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    @Test
    void twoHundredCertificatesPrintOnePageEach() throws Exception {
        long type = CertificateFixture.awardType(jdbc, "AG", "Bằng khen hai trăm " + CertificateFixture.tag());
        signInAsAdministrator();
        DecisionFixture large = decision(type, 200);
        Path file = Files.createDirectories(Path.of("target", "certificates")).resolve("200-pages.pdf");
        CertificatePrinter.Job job = printer.decision(large.decisionId, PrintMode.PRE_PRINTED, Paper.A3);
        try (OutputStream out = Files.newOutputStream(file)) {
            printer.write(job, "https://thidua.example/verify/award/", out);
        }
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(200);
        }
    }

    /**
     * The measurement behind docs/performance.md: opt-in ({@code -Dthidua.perf=true}), since the heap a test reads in
     * a JVM shared with the whole suite's contexts says more about the suite than about the print.
     */
    @Test
    @EnabledIfSystemProperty(named = "thidua.perf", matches = "true")
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
                "Certificates: 20 awards %d ms, peak heap +%d MB, after collections +%d MB; "
                        + "200 awards %d ms, peak heap +%d MB, after collections +%d MB; %d KB%n",
                twenty[0],
                twenty[1],
                twenty[2],
                twoHundred[0],
                twoHundred[1],
                twoHundred[2],
                Files.size(dir.resolve("200.pdf")) / 1024);
        // Ten times the awards does not hold anything like ten times the memory once garbage is collected.
        assertThat(twoHundred[2]).isLessThan(Math.max(64, twenty[2] * 4));
    }
}
