package vn.thidua.award.certificate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.AwardTypeRepository;
import vn.thidua.award.type.FieldProblem;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.Versions;

/**
 * The organiser's certificate layouts: its staff read them, its administrators save them. An award type without a
 * layout of its own prints with the organiser's default, and without that with the built-in layout.
 */
@Service
public class CertificateLayoutService {

    static final String ENTITY = "CertificateLayout";
    public static final String DEFAULT_KEY = "default";

    private final CertificateLayoutRepository layouts;
    private final AwardTypeRepository types;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    CertificateLayoutService(
            CertificateLayoutRepository layouts,
            AwardTypeRepository types,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.layouts = layouts;
        this.types = types;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean canManage() {
        return policy.isAdmin();
    }

    /** The staff member's organiser's default and award types, each with its saved layout (or none). */
    @Transactional(readOnly = true)
    public List<LayoutRow> overview() {
        CurrentUser user = policy.requireStaff();
        Map<Long, CertificateLayout> saved = new java.util.HashMap<>();
        CertificateLayout defaultLayout = null;
        for (CertificateLayout layout : layouts.findByOrganizer(user.organizerId())) {
            if (layout.getAwardTypeId() == null) {
                defaultLayout = layout;
            } else {
                saved.put(layout.getAwardTypeId(), layout);
            }
        }
        List<LayoutRow> rows = new ArrayList<>();
        rows.add(new LayoutRow(null, null, true, defaultLayout));
        for (AwardType type : types.findByOrganizer(user.organizerId())) {
            rows.add(new LayoutRow(type.getId(), type.getName(), type.isActive(), saved.get(type.getId())));
        }
        return rows;
    }

    /**
     * The layout behind a page key ({@code default} or an award type's id): the saved one, or the one it prints with
     * until it is saved. Another organiser's type is not shown to exist.
     */
    @Transactional(readOnly = true)
    public LayoutRow layout(String key) {
        CurrentUser user = policy.requireStaff();
        Long typeId = typeId(user, key);
        String name = typeId == null
                ? null
                : types.findById(typeId).map(AwardType::getName).orElse(null);
        return new LayoutRow(typeId, name, true, effective(user.organizerId(), typeId));
    }

    /** Saves the administrator's layout for the key, to the version they saw ({@code null}: none saved yet). */
    @Transactional
    public CertificateLayout save(String key, Long expectedVersion, LayoutCommand command) {
        CurrentUser user = policy.requireAdmin();
        Long typeId = typeId(user, key);
        var existing = typeId == null
                ? layouts.findDefault(user.organizerId())
                : layouts.findForType(user.organizerId(), typeId);
        Versions.require(
                expectedVersion, existing.map(CertificateLayout::getVersion).orElse(null));
        if (existing.isEmpty()) {
            CertificateLayout layout = CertificateLayout.create(
                    user.organizerId(), typeId, command, CurrentUsers.actorName(), clock.instant());
            layouts.saveAndFlush(layout);
            audit.record(AuditEntry.of(
                            user.organizerId(),
                            CertificateAuditAction.CERTIFICATE_LAYOUT_CREATED.code(),
                            ENTITY,
                            layout.getId(),
                            summary(typeId))
                    .withValues(null, layout.auditState()));
            return layout;
        }
        CertificateLayout layout = existing.get();
        Map<String, Object> before = layout.auditState();
        layout.apply(command, CurrentUsers.actorName(), clock.instant());
        layouts.saveAndFlush(layout);
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        CertificateAuditAction.CERTIFICATE_LAYOUT_UPDATED.code(),
                        ENTITY,
                        layout.getId(),
                        summary(typeId))
                .withValues(before, layout.auditState()));
        return layout;
    }

    /** Every problem of the entered values at once, for the form. */
    public List<FieldProblem> problems(LayoutCommand command) {
        return CertificateLayout.problems(command);
    }

    /** The layout the type's certificates print with: its own, the organiser's default, or the built-in one. */
    @Transactional(readOnly = true)
    CertificateLayout effective(long organizerId, Long awardTypeId) {
        if (awardTypeId != null) {
            var own = layouts.findForType(organizerId, awardTypeId);
            if (own.isPresent()) {
                return own.get();
            }
        }
        return layouts.findDefault(organizerId)
                .map(d -> awardTypeId == null
                        ? d
                        : CertificateLayout.unsaved(
                                        organizerId, awardTypeId, d.getPaper(), d.getMode(), d.boxesOn(d.getPaper()))
                                .withPlace(d.getPlace()))
                .orElseGet(() -> DefaultLayout.layout(organizerId, awardTypeId, Paper.A3, PrintMode.PRE_PRINTED));
    }

    /** The layouts of several award types at once, for printing a decision. */
    @Transactional(readOnly = true)
    Map<Long, CertificateLayout> effective(long organizerId, List<Long> awardTypeIds) {
        return awardTypeIds.stream()
                .distinct()
                .collect(Collectors.toMap(Function.identity(), id -> effective(organizerId, id)));
    }

    private String summary(Long typeId) {
        return typeId == null
                ? "—"
                : types.findById(typeId).map(AwardType::getName).orElse("—");
    }

    private Long typeId(CurrentUser user, String key) {
        if (DEFAULT_KEY.equals(key)) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new NotFoundException("certificateLayout");
        }
        return types.findById(id)
                .filter(t -> t.getOrganizerId() == user.organizerId())
                .map(AwardType::getId)
                .orElseThrow(() -> new NotFoundException("awardType"));
    }
}
