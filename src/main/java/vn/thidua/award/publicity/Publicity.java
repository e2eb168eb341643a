package vn.thidua.award.publicity;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Versions;
import vn.thidua.organization.Organizers;

/**
 * Whether an organiser's public list also shows the proposals under consideration: off until its administrator turns
 * it on. Each change is checked against the version the administrator saw, kept in the history and audited.
 */
@Service
public class Publicity {

    static final String ENTITY = "AwardPublicity";

    private final PublicitySettingRepository settings;
    private final EntityManager entities;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Organizers organizers;
    private final Clock clock;

    Publicity(
            PublicitySettingRepository settings,
            EntityManager entities,
            AccessPolicy policy,
            AuditTrail audit,
            Organizers organizers,
            Clock clock) {
        this.settings = settings;
        this.entities = entities;
        this.policy = policy;
        this.audit = audit;
        this.organizers = organizers;
        this.clock = clock;
    }

    /** The setting as its administrator sees it; {@code version} is {@code null} while it was never changed. */
    public record View(
            long organizerId,
            String organizerCode,
            String organizerName,
            int workingYear,
            boolean showPending,
            Long version,
            Instant updatedAt,
            String updatedBy) {}

    /** Whether the organiser's public list shows the proposals under consideration (public: no one is checked). */
    @Transactional(readOnly = true)
    public boolean showsPending(long organizerId) {
        return settings.findById(organizerId)
                .map(PublicitySetting::isShowPending)
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public View view() {
        CurrentUser user = policy.requireAdmin();
        return view(user.organizerId());
    }

    private View view(long organizerId) {
        var organizer = organizers.get(organizerId);
        String code = (String) entities.createNativeQuery("select code from organizer where id = ?1")
                .setParameter(1, organizerId)
                .getSingleResult();
        return settings.findById(organizerId)
                .map(s -> new View(
                        organizerId,
                        code,
                        organizer.name(),
                        organizer.workingYear(),
                        s.isShowPending(),
                        s.getVersion(),
                        s.getUpdatedAt(),
                        s.getUpdatedBy()))
                .orElse(new View(
                        organizerId, code, organizer.name(), organizer.workingYear(), false, null, null, null));
    }

    /** Turns the showing of proposals under consideration on or off, for the version the administrator saw. */
    @Transactional
    public View change(boolean showPending, Long seenVersion) {
        CurrentUser user = policy.requireAdmin();
        long organizerId = user.organizerId();
        PublicitySetting setting = settings.findById(organizerId).orElse(null);
        Versions.require(seenVersion, setting == null ? null : setting.getVersion());
        boolean before = setting != null && setting.isShowPending();
        if (setting == null) {
            setting = new PublicitySetting(organizerId);
        }
        Instant now = clock.instant();
        setting.change(showPending, user.getUsername(), now);
        settings.saveAndFlush(setting);
        entities.createNativeQuery("""
                        insert into award_publicity_change (organizer_id, show_pending, actor, occurred_at)
                        values (?1, ?2, ?3, ?4)""")
                .setParameter(1, organizerId)
                .setParameter(2, showPending)
                .setParameter(3, user.getUsername())
                .setParameter(4, now)
                .executeUpdate();
        audit.record(AuditEntry.of(
                        organizerId,
                        PublicityAuditAction.AWARD_PUBLICITY_CHANGED,
                        ENTITY,
                        organizerId,
                        organizers.get(organizerId).name())
                .withValues(Map.of("showPending", before), Map.of("showPending", showPending)));
        return view(organizerId);
    }
}
