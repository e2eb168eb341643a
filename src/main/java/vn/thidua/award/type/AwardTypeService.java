package vn.thidua.award.type;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.Versions;

/**
 * An organiser's award types: its staff read them, its administrators create, edit, deactivate and reactivate them.
 * A type is never deleted: registrations, votes and proposals keep pointing at it.
 */
@Service
public class AwardTypeService {

    static final String ENTITY = "AwardType";

    private final AwardTypeRepository types;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final MessageSource messages;

    /** The audit trail is kept in the organiser's language, as every reason people give is. */
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    AwardTypeService(
            AwardTypeRepository types, AccessPolicy policy, AuditTrail audit, Clock clock, MessageSource messages) {
        this.types = types;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    /** Whether the signed-in person may change their organiser's award types. */
    public boolean canManage() {
        return policy.isAdmin();
    }

    /** Refuses anyone but an administrator of their own organiser. */
    public void requireManager() {
        policy.requireAdmin();
    }

    /** The staff member's organiser's types, in their order (active and inactive). */
    @Transactional(readOnly = true)
    public List<AwardType> list() {
        return types.findByOrganizer(policy.requireStaff().organizerId());
    }

    /** One type of the staff member's organiser, with its prerequisites, documents and history. */
    @Transactional(readOnly = true)
    public AwardType type(long id) {
        CurrentUser user = policy.requireStaff();
        AwardType type = ownType(user, id);
        type.getPrerequisites();
        type.getDocuments();
        type.getHistory();
        return type;
    }

    /** The administrator's new type; refused with every problem beside its field. */
    @Transactional
    public AwardType create(AwardTypeCommand command) {
        CurrentUser user = policy.requireAdmin();
        check(user.organizerId(), null, command);
        AwardType type = AwardType.create(user.organizerId(), command, CurrentUsers.actorName(), clock.instant());
        types.saveAndFlush(type);
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        AwardAuditAction.AWARD_TYPE_CREATED.code(),
                        ENTITY,
                        type.getId(),
                        type.getName())
                .withValues(null, auditState(type)));
        return type;
    }

    /** Saves the administrator's changes to the version they saw. */
    @Transactional
    public AwardType update(long id, long expectedVersion, AwardTypeCommand command) {
        CurrentUser user = policy.requireAdmin();
        AwardType type = ownType(user, id);
        Versions.require(expectedVersion, type.getVersion());
        check(user.organizerId(), id, command);
        Map<String, Object> before = auditState(type);
        type.apply(command);
        types.saveAndFlush(type);
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        AwardAuditAction.AWARD_TYPE_UPDATED.code(),
                        ENTITY,
                        type.getId(),
                        type.getName())
                .withValues(before, auditState(type)));
        return type;
    }

    @Transactional
    public AwardType deactivate(long id, long expectedVersion, String reason) {
        return changeActive(id, expectedVersion, reason, false);
    }

    @Transactional
    public AwardType reactivate(long id, long expectedVersion, String reason) {
        return changeActive(id, expectedVersion, reason, true);
    }

    private AwardType changeActive(long id, long expectedVersion, String reason, boolean active) {
        CurrentUser user = policy.requireAdmin();
        AwardType type = ownType(user, id);
        Versions.require(expectedVersion, type.getVersion());
        if (active) {
            type.reactivate(CurrentUsers.actorName(), clock.instant(), reason);
        } else {
            type.deactivate(CurrentUsers.actorName(), clock.instant(), reason);
        }
        types.saveAndFlush(type);
        AwardAuditAction action =
                active ? AwardAuditAction.AWARD_TYPE_REACTIVATED : AwardAuditAction.AWARD_TYPE_DEACTIVATED;
        audit.record(AuditEntry.of(user.organizerId(), action.code(), ENTITY, type.getId(), type.getName())
                .withValues(Map.of("active", !active), Map.of("active", active))
                .withReason(reason));
        return type;
    }

    /**
     * Every problem of the entered values at once: the type's own rules, a code another of the organiser's types
     * holds, and a prerequisite naming a type that is not the organiser's, or this very type.
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(long organizerId, Long selfId, AwardTypeCommand command) {
        List<FieldProblem> problems = new ArrayList<>(AwardType.problems(command));
        if (command.code() != null && !command.code().isBlank()) {
            types.findByOrganizer(organizerId).stream()
                    .filter(t -> t.getCode().equalsIgnoreCase(command.code().strip()))
                    .filter(t -> !Objects.equals(t.getId(), selfId))
                    .findFirst()
                    .ifPresent(t -> problems.add(FieldProblem.of("code", "award.type.code.taken", t.getName())));
        }
        Map<Long, AwardType> others = new HashMap<>();
        List<Long> ids = command.prerequisites().stream()
                .map(AwardTypeCommand.PrerequisiteLine::otherTypeId)
                .filter(Objects::nonNull)
                .toList();
        types.findAllById(ids).forEach(t -> others.put(t.getId(), t));
        for (int i = 0; i < command.prerequisites().size(); i++) {
            AwardTypeCommand.PrerequisiteLine line = command.prerequisites().get(i);
            if (line.otherTypeId() == null || line.kind() == null || !AwardType.namesOtherType(line.kind())) {
                continue;
            }
            String field = "prerequisites[" + i + "].otherTypeId";
            AwardType other = others.get(line.otherTypeId());
            if (line.otherTypeId().equals(selfId)) {
                problems.add(FieldProblem.of(field, "award.type.prerequisite.self"));
            } else if (other == null || other.getOrganizerId() != organizerId) {
                problems.add(FieldProblem.of(field, "award.type.prerequisite.other.foreign"));
            }
        }
        return problems;
    }

    /** The type's recorded values, with its prerequisites and documents in words (no codes reach the trail). */
    private Map<String, Object> auditState(AwardType type) {
        Map<Long, String> names = new HashMap<>();
        types.findByOrganizer(type.getOrganizerId()).forEach(t -> names.put(t.getId(), t.getName()));
        Map<String, Object> state = type.auditState();
        state.put(
                "prerequisites",
                type.getPrerequisites().stream()
                        .map(p -> vi(p.getKind().messageKey())
                                + (p.getOtherTypeId() == null ? "" : ": " + names.getOrDefault(p.getOtherTypeId(), ""))
                                + (p.getYears() == null
                                        ? ""
                                        : " — " + vi("award.type.prerequisite.years.value", p.getYears())))
                        .collect(Collectors.joining("; ")));
        state.put(
                "documents",
                type.getDocuments().stream()
                        .map(d -> d.getName() + " ("
                                + vi(d.isPerItem() ? "award.type.document.perItem" : "award.type.document.once") + ")")
                        .collect(Collectors.joining("; ")));
        return state;
    }

    private String vi(String key, Object... args) {
        return messages.getMessage(key, args, key, VIETNAMESE);
    }

    private void check(long organizerId, Long selfId, AwardTypeCommand command) {
        List<FieldProblem> problems = problems(organizerId, selfId, command);
        if (!problems.isEmpty()) {
            throw new AwardTypeInvalid(problems);
        }
    }

    /** The type, when it is the person's organiser's; another organiser's is not shown to exist. */
    private AwardType ownType(CurrentUser user, long id) {
        return types.findById(id)
                .filter(t -> t.getOrganizerId() == user.organizerId())
                .orElseThrow(() -> new NotFoundException("awardType"));
    }
}
