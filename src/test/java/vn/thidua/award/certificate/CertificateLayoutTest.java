package vn.thidua.award.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.access.CurrentUser;
import vn.thidua.award.type.FieldProblem;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** A layout's rules: boxes inside the page, sizes and fonts bounded, saved to the version seen, audited. */
class CertificateLayoutTest extends IntegrationTest {

    @Autowired
    CertificateLayoutService layouts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void as(String username) {
        CurrentUser user = Users.principal(jdbc, username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** The built-in A4 layout as entered lines. */
    static List<LayoutCommand.Line> lines() {
        List<LayoutCommand.Line> lines = new ArrayList<>();
        for (FieldBox b : DefaultLayout.a4()) {
            lines.add(new LayoutCommand.Line(
                    b.getField(),
                    b.getX(),
                    b.getY(),
                    b.getWidth(),
                    b.getHeight(),
                    b.getFontSize(),
                    b.isBold(),
                    b.getAlign(),
                    true));
        }
        return lines;
    }

    static LayoutCommand.Line with(LayoutCommand.Line l, double x, double y, double w, double h, double pt) {
        return new LayoutCommand.Line(
                l.field(),
                BigDecimal.valueOf(x),
                BigDecimal.valueOf(y),
                BigDecimal.valueOf(w),
                BigDecimal.valueOf(h),
                BigDecimal.valueOf(pt),
                l.bold(),
                l.align(),
                l.visible());
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void theBuiltInLayoutIsValidOnBothPapers() {
        assertThat(CertificateLayout.problems(new LayoutCommand(Paper.A4, PrintMode.PRE_PRINTED, "An Giang", lines())))
                .isEmpty();
        List<LayoutCommand.Line> a3 =
                DefaultLayout.layout(1, null, Paper.A3, PrintMode.FULL_DESIGN).boxesOn(Paper.A3).stream()
                        .map(b -> new LayoutCommand.Line(
                                b.getField(),
                                b.getX(),
                                b.getY(),
                                b.getWidth(),
                                b.getHeight(),
                                b.getFontSize(),
                                b.isBold(),
                                b.getAlign(),
                                true))
                        .toList();
        assertThat(CertificateLayout.problems(new LayoutCommand(Paper.A3, PrintMode.FULL_DESIGN, "", a3)))
                .isEmpty();
    }

    @Test
    void everyProblemIsNamedBesideItsFieldAtOnce() {
        List<LayoutCommand.Line> lines = lines();
        // Recipient (1): runs off the right edge of A4 (297 mm); achievement (3): a font of 60 pt; decision (5):
        // starts below the page; QR (9): too small to scan; register (8): a box of 1 mm and a size missing.
        lines.set(1, with(lines.get(1), 200, 89, 120, 12, 22));
        lines.set(3, with(lines.get(3), 40, 112, 217, 30, 60));
        lines.set(5, with(lines.get(5), 160, 250, 120, 8, 13));
        lines.set(9, with(lines.get(9), 20, 170, 10, 10, 10));
        LayoutCommand.Line register = lines.get(8);
        lines.set(
                8,
                new LayoutCommand.Line(
                        register.field(),
                        register.x(),
                        register.y(),
                        BigDecimal.ONE,
                        null,
                        register.fontSize(),
                        false,
                        register.align(),
                        true));
        List<FieldProblem> problems =
                CertificateLayout.problems(new LayoutCommand(Paper.A4, PrintMode.PRE_PRINTED, "An Giang", lines));
        assertThat(fields(problems))
                .containsExactlyInAnyOrder(
                        "lines[1].width:certificate.layout.outside",
                        "lines[3].fontSize:certificate.layout.font.range",
                        "lines[5].y:certificate.layout.position.range",
                        "lines[8].width:certificate.layout.size.min",
                        "lines[8].height:certificate.layout.required",
                        "lines[9].width:certificate.layout.qr.min",
                        "lines[9].height:certificate.layout.qr.min");
        // The same boxes fit on A3.
        assertThat(fields(CertificateLayout.problems(new LayoutCommand(Paper.A3, PrintMode.PRE_PRINTED, "", lines))))
                .doesNotContain(
                        "lines[1].width:certificate.layout.outside", "lines[5].y:certificate.layout.position.range");
        // Six and 48 pt are allowed, 5,9 and 48,1 are not.
        lines = lines();
        lines.set(0, with(lines.get(0), 40, 80, 217, 8, 6));
        lines.set(1, with(lines.get(1), 30, 89, 237, 12, 48));
        lines.set(2, with(lines.get(2), 30, 102, 237, 8, 5.9));
        lines.set(3, with(lines.get(3), 40, 112, 217, 30, 48.1));
        assertThat(fields(CertificateLayout.problems(new LayoutCommand(Paper.A4, PrintMode.PRE_PRINTED, "", lines))))
                .containsExactlyInAnyOrder(
                        "lines[2].fontSize:certificate.layout.font.range",
                        "lines[3].fontSize:certificate.layout.font.range");
        // Paper and mode are required; a field twice is refused.
        lines = lines();
        lines.set(2, lines.get(1));
        assertThat(fields(CertificateLayout.problems(new LayoutCommand(null, null, "", lines))))
                .contains(
                        "paper:certificate.layout.required",
                        "mode:certificate.layout.required",
                        "lines[2].field:certificate.layout.field.invalid");
    }

    @Test
    void theAdministratorSavesToTheVersionSeenAndTheChangeIsAudited() {
        long type = CertificateFixture.awardType(jdbc, "AG", "Bằng khen phiên bản " + CertificateFixture.tag());
        as("admin");
        String key = Long.toString(type);
        // Until saved, the type prints with the organiser's default or the built-in layout.
        assertThat(layouts.layout(key).layout().isSaved()).isFalse();
        CertificateLayout saved =
                layouts.save(key, null, new LayoutCommand(Paper.A4, PrintMode.FULL_DESIGN, "An Giang", lines()));
        long version = saved.getVersion();
        // Someone who saw no layout (or an older version) is refused.
        assertThatThrownBy(
                        () -> layouts.save(key, null, new LayoutCommand(Paper.A4, PrintMode.FULL_DESIGN, "", lines())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        List<LayoutCommand.Line> moved = lines();
        moved.set(1, with(moved.get(1), 30, 95, 237, 12, 24));
        layouts.save(key, version, new LayoutCommand(Paper.A4, PrintMode.PRE_PRINTED, "An Giang", moved));
        assertThatThrownBy(() ->
                        layouts.save(key, version, new LayoutCommand(Paper.A4, PrintMode.PRE_PRINTED, "", lines())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        CertificateLayout now = layouts.layout(key).layout();
        assertThat(now.getMode()).isEqualTo(PrintMode.PRE_PRINTED);
        assertThat(now.boxesByField().get(CertificateField.RECIPIENT).getY()).isEqualByComparingTo("95");
        assertThat(now.boxesByField()).hasSize(CertificateField.values().length);
        // An invalid layout is refused whole.
        List<LayoutCommand.Line> bad = lines();
        bad.set(0, with(bad.get(0), 290, 80, 217, 8, 15));
        assertThatThrownBy(() -> layouts.save(
                        key, now.getVersion(), new LayoutCommand(Paper.A4, PrintMode.PRE_PRINTED, "", bad)))
                .isInstanceOf(LayoutInvalid.class);
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'CertificateLayout' and entity_id = ? order by id",
                        String.class,
                        now.getId()))
                .containsExactly("CERTIFICATE_LAYOUT_CREATED", "CERTIFICATE_LAYOUT_UPDATED");
    }

    @Test
    void onlyTheOrganisersAdministratorSavesAndAnotherOrganisersTypeIsNotFound() {
        long type = CertificateFixture.awardType(jdbc, "AG", "Bằng khen quyền " + CertificateFixture.tag());
        String key = Long.toString(type);
        LayoutCommand command = new LayoutCommand(Paper.A4, PrintMode.PRE_PRINTED, "", lines());
        as("thamdinh");
        assertThat(layouts.layout(key).layout()).isNotNull();
        assertThatThrownBy(() -> layouts.save(key, null, command)).isInstanceOf(AccessDeniedException.class);
        as("anphu");
        assertThatThrownBy(() -> layouts.layout(key)).isInstanceOf(AccessDeniedException.class);
        as("kiengiang");
        assertThatThrownBy(() -> layouts.save(key, null, command))
                .isInstanceOf(vn.thidua.common.NotFoundException.class);
    }
}
