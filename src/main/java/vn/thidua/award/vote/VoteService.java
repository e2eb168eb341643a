package vn.thidua.award.vote;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.account.PasswordConfirmation;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.AwardTypeRepository;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.Versions;
import vn.thidua.notification.NotificationMessage;
import vn.thidua.notification.Notifications;
import vn.thidua.organization.ClusterTermStatus;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYearMilestone;
import vn.thidua.organization.ClusterYearSummary;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.NextYearLeadersElected;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;
import vn.thidua.scoring.FinalRanking;
import vn.thidua.scoring.RankedUnit;
import vn.thidua.scoring.Rankings;

/**
 * The cluster's secret vote: prepared by the head (or an administrator of the organiser) from the final ranking,
 * opened, cast by one officer per member unit with their password, closed at its time or by the head, and tallied by
 * each award type's rule; or its paper result recorded by the head. A ballot is written without its unit: the row
 * saying that a unit has voted and the ballot holding the choices share nothing but the vote.
 */
@Service
public class VoteService {

    public static final String ENTITY = "Vote";
    public static final int REASON_MAX = 2000;
    public static final int DEPUTY_SEATS_MAX = 5;

    private final VoteRepository votes;
    private final VoteStatusChangeRepository history;
    private final VoteStore store;
    private final AwardTypeRepository types;
    private final ClusterYears clusterYears;
    private final Units units;
    private final Rankings rankings;
    private final AccessPolicy policy;
    private final PasswordConfirmation passwords;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final vn.thidua.organization.Organizers organizers;

    VoteService(
            VoteRepository votes,
            VoteStatusChangeRepository history,
            VoteStore store,
            AwardTypeRepository types,
            ClusterYears clusterYears,
            Units units,
            Rankings rankings,
            AccessPolicy policy,
            PasswordConfirmation passwords,
            AuditTrail audit,
            Notifications notifications,
            ApplicationEventPublisher events,
            Clock clock,
            org.springframework.context.MessageSource messages,
            vn.thidua.organization.Organizers organizers) {
        this.messages = messages;
        this.organizers = organizers;
        this.votes = votes;
        this.history = history;
        this.store = store;
        this.types = types;
        this.clusterYears = clusterYears;
        this.units = units;
        this.rankings = rankings;
        this.policy = policy;
        this.passwords = passwords;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** What preparing a vote asks for. */
    public record PrepareCommand(
            List<Long> awardTypeIds, LocalDateTime opens, LocalDateTime closes, boolean nextHead, int deputySeats) {

        public PrepareCommand {
            awardTypeIds = awardTypeIds == null ? List.of() : List.copyOf(awardTypeIds);
        }
    }

    /** A paper result: the ballots and, per question and candidate, the votes for. */
    public record PaperCommand(int issued, int returned, int valid, Map<Long, Map<Long, Integer>> votesFor) {}

    // ---------------------------------------------------------------- reading

    /** The vote page of a cluster-year, for anyone who may read the cluster-year. */
    @Transactional(readOnly = true)
    public VoteView view(long termId) {
        CurrentUser user = CurrentUsers.require();
        if (!policy.canRead(user, termId)) {
            throw new AccessDeniedException("not a reader of this cluster-year");
        }
        ClusterYear year = clusterYears.get(termId);
        Optional<Vote> found = votes.findByTermId(termId);
        boolean manager = policy.isHeadOrAdminOf(user, termId) && !year.isReadOnly();
        if (found.isEmpty()) {
            boolean rankingFinal = manager && rankings.finalRanking(termId).isPresent();
            return new VoteView(
                    year,
                    Optional.empty(),
                    List.of(),
                    voters(year, Set.of()),
                    List.of(),
                    Optional.empty(),
                    List.of(),
                    false,
                    rankingFinal,
                    new VoteView.Permissions(manager && rankingFinal, false, false, false, false));
        }
        Vote vote = found.get();
        long voteId = vote.getId();
        List<VoteStore.QuestionRow> rows = store.questions(voteId);
        Map<Long, List<Long>> candidates = store.candidates(voteId);
        Map<Long, AwardType> typeById = typesOf(rows);
        Map<String, VoteStore.TallyRow> tally = new HashMap<>();
        if (vote.isClosed()) {
            store.tally(voteId).forEach(t -> tally.put(key(t.questionId(), t.unitId()), t));
        }
        Set<Long> unitIds = new HashSet<>();
        candidates.values().forEach(unitIds::addAll);
        Map<Long, UnitSummary> names = unitIds.isEmpty() ? Map.of() : units.byIds(unitIds);
        List<VoteView.QuestionView> questions = rows.stream()
                .map(q -> new VoteView.QuestionView(
                        q.id(),
                        q.kind(),
                        q.awardTypeId() == null ? null : typeById.get(q.awardTypeId()),
                        q.seats(),
                        q.quorumMet(),
                        q.tied(),
                        candidates.getOrDefault(q.id(), List.of()).stream()
                                .map(unit -> candidate(q.id(), unit, names, year, tally))
                                .toList()))
                .toList();
        Set<Long> voted = new HashSet<>(store.voted(voteId));
        boolean open = vote.getStatus() == VoteStatus.OPEN;
        boolean castable = open
                && vote.acceptsBallots(clock.instant())
                && user.unitId() != null
                && policy.actsFor(user, user.unitId())
                && year.hasMember(user.unitId())
                && !voted.contains(user.unitId())
                && !year.isReadOnly();
        List<Long> deputies = vote.isClosed() ? deputiesOf(rows, tally) : List.of();
        return new VoteView(
                year,
                found,
                questions,
                voters(year, voted),
                history.findByVoteIdOrderByOccurredAtAscIdAsc(voteId),
                Optional.ofNullable(vote.getNextHeadUnitId()).map(id -> memberName(year, id)),
                deputies.stream().map(id -> memberName(year, id)).toList(),
                vote.getMethod() == VoteMethod.PAPER && store.hasMinutes(voteId),
                true,
                new VoteView.Permissions(
                        false,
                        manager && vote.getStatus() == VoteStatus.PREPARED,
                        manager && vote.getStatus() == VoteStatus.PREPARED,
                        castable,
                        manager && open));
    }

    private static List<Long> deputiesOf(List<VoteStore.QuestionRow> rows, Map<String, VoteStore.TallyRow> tally) {
        Set<Long> deputyQuestions = rows.stream()
                .filter(q -> q.kind() == QuestionKind.NEXT_DEPUTY)
                .map(VoteStore.QuestionRow::id)
                .collect(Collectors.toSet());
        return tally.values().stream()
                .filter(t -> deputyQuestions.contains(t.questionId()) && t.elected())
                .map(VoteStore.TallyRow::unitId)
                .sorted()
                .toList();
    }

    private static String memberName(ClusterYear year, long unitId) {
        return year.member(unitId).map(ClusterYearMember::unitName).orElse("");
    }

    private static VoteView.CandidateView candidate(
            long questionId,
            long unitId,
            Map<Long, UnitSummary> names,
            ClusterYear year,
            Map<String, VoteStore.TallyRow> tally) {
        String name = year.member(unitId)
                .map(m -> m.shortName() == null || m.shortName().isBlank() ? m.unitName() : m.shortName())
                .orElseGet(() -> Optional.ofNullable(names.get(unitId))
                        .map(UnitSummary::name)
                        .orElse(""));
        VoteStore.TallyRow t = tally.get(key(questionId, unitId));
        if (t == null) {
            return new VoteView.CandidateView(unitId, name, null, null, null, null, null, false, false, false);
        }
        return new VoteView.CandidateView(
                unitId,
                name,
                null,
                t.votesFor(),
                t.votesAgainst(),
                t.votesBlank(),
                t.sharePercent(),
                t.reached(),
                t.elected(),
                t.tied());
    }

    private static String key(long questionId, long unitId) {
        return questionId + ":" + unitId;
    }

    private static List<VoteView.VoterView> voters(ClusterYear year, Set<Long> voted) {
        return year.members().stream()
                .map(m -> new VoteView.VoterView(m.unitId(), m.unitName(), voted.contains(m.unitId())))
                .toList();
    }

    private Map<Long, AwardType> typesOf(List<VoteStore.QuestionRow> rows) {
        List<Long> ids = rows.stream()
                .map(VoteStore.QuestionRow::awardTypeId)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return types.findAllById(ids).stream().collect(Collectors.toMap(AwardType::getId, Function.identity()));
    }

    /** The working year of the signed-in person's organiser. */
    @Transactional(readOnly = true)
    public int workingYear() {
        return organizers.workingYear(CurrentUsers.require().organizerId());
    }

    /** A cluster-year in the list of votes, with its vote's status (none: no vote yet). */
    public record VoteRow(ClusterYearSummary year, VoteStatus status, VoteMethod method) {}

    /**
     * The cluster-years of {@code year} the signed-in person may read, with their votes: staff and viewers see their
     * organiser's, unit officers the ones their unit is a member of. Two statements whatever the number of years.
     */
    @Transactional(readOnly = true)
    public List<VoteRow> overview(int year) {
        CurrentUser user = CurrentUsers.require();
        List<ClusterYearSummary> years = user.unitId() == null || user.role().isProvinceStaff()
                ? clusterYears.ofOrganizer(user.organizerId(), year)
                : clusterYears.ofUnit(user.unitId()).stream()
                        .filter(y -> y.year() == year)
                        .toList();
        Map<Long, Vote> byTerm = years.isEmpty()
                ? Map.of()
                : votes
                        .findByTermIdIn(
                                years.stream().map(ClusterYearSummary::id).toList())
                        .stream()
                        .collect(Collectors.toMap(Vote::getTermId, Function.identity()));
        return years.stream()
                .map(y -> {
                    Vote vote = byTerm.get(y.id());
                    return new VoteRow(
                            y, vote == null ? null : vote.getStatus(), vote == null ? null : vote.getMethod());
                })
                .toList();
    }

    /** The active award types of the cluster-year's organiser that a vote may ask about, for the preparing form. */
    @Transactional(readOnly = true)
    public List<AwardType> choosableTypes(long termId) {
        policy.requireHeadOrAdminOf(termId);
        ClusterYear year = clusterYears.get(termId);
        return types.findByOrganizer(year.organizerId()).stream()
                .filter(AwardType::isActive)
                .toList();
    }

    // ---------------------------------------------------------------- preparing

    @Transactional
    public Vote prepare(long termId, PrepareCommand command) {
        policy.requireHeadOrAdminOf(termId);
        ClusterYear year = clusterYears.get(termId);
        requireWritable(year);
        if (votes.findByTermId(termId).isPresent()) {
            throw new VoteException("vote.error.exists");
        }
        FinalRanking ranking =
                rankings.finalRanking(termId).orElseThrow(() -> new VoteException("vote.error.noRanking"));
        List<AwardType> chosen = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Long typeId : command.awardTypeIds()) {
            if (typeId == null || !seen.add(typeId)) {
                continue;
            }
            AwardType type = types.findById(typeId)
                    .filter(t -> t.getOrganizerId() == year.organizerId() && t.isActive())
                    .orElseThrow(() -> new VoteException("vote.error.badType"));
            chosen.add(type);
        }
        if (command.deputySeats() < 0 || command.deputySeats() > DEPUTY_SEATS_MAX) {
            throw new VoteException("vote.error.deputySeats", DEPUTY_SEATS_MAX);
        }
        if (chosen.isEmpty() && !command.nextHead() && command.deputySeats() == 0) {
            throw new VoteException("vote.error.noQuestion");
        }
        Instant opens = BusinessTime.instant(command.opens());
        Instant closes = BusinessTime.instant(command.closes());
        requireTimes(opens, closes);
        Instant now = clock.instant();
        Vote vote = votes.saveAndFlush(new Vote(termId, year.members().size(), opens, closes, now));
        int order = 0;
        chosen.sort(java.util.Comparator.comparingInt(AwardType::getSortOrder).thenComparing(AwardType::getName));
        for (AwardType type : chosen) {
            long question = store.addQuestion(vote.getId(), QuestionKind.AWARD, type.getId(), 1, order++);
            int quota = new Tally.Question(question, QuestionKind.AWARD, type, 1, List.of())
                    .limit(year.members().size());
            int take = quota == Integer.MAX_VALUE ? 1 : Math.max(quota, 1);
            ranking.units().stream()
                    .filter(RankedUnit::submitted)
                    .filter(u -> year.hasMember(u.unitId()))
                    .limit(take)
                    .forEach(u -> store.addCandidate(vote.getId(), question, u.unitId()));
        }
        if (command.nextHead()) {
            long question = store.addQuestion(vote.getId(), QuestionKind.NEXT_HEAD, null, 1, order++);
            year.members().forEach(m -> store.addCandidate(vote.getId(), question, m.unitId()));
        }
        if (command.deputySeats() > 0) {
            long question =
                    store.addQuestion(vote.getId(), QuestionKind.NEXT_DEPUTY, null, command.deputySeats(), order);
            year.members().forEach(m -> store.addCandidate(vote.getId(), question, m.unitId()));
        }
        history.save(
                new VoteStatusChange(vote.getId(), null, VoteStatus.PREPARED, CurrentUsers.actorName(), now, null));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", VoteStatus.PREPARED);
        after.put("opensAt", DisplayFormat.DATE_TIME.format(command.opens()));
        after.put("closesAt", DisplayFormat.DATE_TIME.format(command.closes()));
        after.put("questions", chosen.stream().map(AwardType::getName).collect(Collectors.joining("; ")));
        audit.record(entry(year, vote, VoteAuditAction.VOTE_PREPARED.code()).withValues(null, after));
        return vote;
    }

    private void requireTimes(Instant opens, Instant closes) {
        if (opens == null || closes == null) {
            throw new VoteException("vote.error.timesRequired");
        }
        if (!closes.isAfter(opens)) {
            throw new VoteException("vote.error.closesBeforeOpens");
        }
    }

    @Transactional
    public void reschedule(long termId, Long version, LocalDateTime opens, LocalDateTime closes) {
        policy.requireHeadOrAdminOf(termId);
        ClusterYear year = clusterYears.get(termId);
        requireWritable(year);
        Vote vote = requireVote(termId);
        Versions.require(version, vote.getVersion());
        Instant opening = BusinessTime.instant(opens);
        Instant closing = BusinessTime.instant(closes);
        requireTimes(opening, closing);
        Map<String, Object> before = times(vote);
        vote.reschedule(opening, closing);
        votes.flush();
        audit.record(entry(year, vote, VoteAuditAction.VOTE_RESCHEDULED.code()).withValues(before, times(vote)));
    }

    private static Map<String, Object> times(Vote vote) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("opensAt", format(vote.getOpensAt()));
        values.put("closesAt", format(vote.getClosesAt()));
        return values;
    }

    static String format(Instant instant) {
        return instant == null ? null : DisplayFormat.DATE_TIME.format(BusinessTime.localDateTime(instant));
    }

    @Transactional
    public void addCandidate(long termId, long questionId, long unitId, String reason) {
        changeCandidate(termId, questionId, unitId, reason, true);
    }

    @Transactional
    public void removeCandidate(long termId, long questionId, long unitId, String reason) {
        changeCandidate(termId, questionId, unitId, reason, false);
    }

    private void changeCandidate(long termId, long questionId, long unitId, String reason, boolean add) {
        policy.requireHeadOrAdminOf(termId);
        ClusterYear year = clusterYears.get(termId);
        requireWritable(year);
        Vote vote = requireVote(termId);
        vote.requireStatus(VoteStatus.PREPARED);
        if (reason == null || reason.isBlank()) {
            throw new VoteException("vote.error.reasonRequired");
        }
        VoteStore.QuestionRow question = store.questions(vote.getId()).stream()
                .filter(q -> q.id() == questionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("voteQuestion"));
        if (!year.hasMember(unitId)) {
            throw new VoteException("vote.error.notMember");
        }
        boolean changed = add
                ? store.addCandidate(vote.getId(), question.id(), unitId)
                : store.removeCandidate(vote.getId(), question.id(), unitId);
        if (!changed) {
            throw new VoteException(add ? "vote.error.alreadyCandidate" : "vote.error.notCandidate");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("unit", memberName(year, unitId));
        values.put("question", questionName(question));
        audit.record(entry(
                        year,
                        vote,
                        add
                                ? VoteAuditAction.VOTE_CANDIDATE_ADDED.code()
                                : VoteAuditAction.VOTE_CANDIDATE_REMOVED.code())
                .withValues(add ? null : values, add ? values : null)
                .withReason(reason));
    }

    private String questionName(VoteStore.QuestionRow question) {
        if (question.awardTypeId() == null) {
            // The trail is kept in the organiser's language.
            return messages.getMessage(question.kind().messageKey(), null, DisplayFormat.VIETNAMESE);
        }
        return types.findById(question.awardTypeId()).map(AwardType::getName).orElse("");
    }

    // ---------------------------------------------------------------- opening

    @Transactional
    public void open(long termId, Long version) {
        policy.requireHeadOrAdminOf(termId);
        ClusterYear year = clusterYears.get(termId);
        requireWritable(year);
        Vote vote = requireVote(termId);
        Versions.require(version, vote.getVersion());
        List<VoteStore.QuestionRow> questions = store.questions(vote.getId());
        Map<Long, List<Long>> candidates = store.candidates(vote.getId());
        if (questions.isEmpty()
                || questions.stream()
                        .anyMatch(
                                q -> candidates.getOrDefault(q.id(), List.of()).isEmpty())) {
            throw new VoteException("vote.error.emptyQuestion");
        }
        if (year.status() != ClusterTermStatus.RESULTS && year.status() != ClusterTermStatus.VOTE) {
            throw new VoteException("vote.error.yearNotReady");
        }
        Instant now = clock.instant();
        VoteStatus from = vote.open(now);
        votes.flush();
        events.publishEvent(ClusterYearMilestone.of(termId, ClusterYearMilestone.Milestone.VOTE_OPENED));
        history.save(new VoteStatusChange(vote.getId(), from, VoteStatus.OPEN, CurrentUsers.actorName(), now, null));
        audit.record(entry(year, vote, VoteAuditAction.VOTE_OPENED.code())
                .withValues(Map.of("status", from), Map.of("status", VoteStatus.OPEN)));
        notifications.notifyUnits(
                year.members().stream().map(ClusterYearMember::unitId).toList(),
                NotificationMessage.of(
                        "notification.vote.opened",
                        "/votes/term/" + termId,
                        year.clusterName() + " " + year.year(),
                        format(vote.getOpensAt()),
                        format(vote.getClosesAt())));
    }

    // ---------------------------------------------------------------- casting

    /**
     * Casts the signed-in officer's unit's ballot. {@code answers}: per question and candidate, for / against /
     * blank (questions that choose at most N: the chosen candidates are "for", the others "against", none chosen is a
     * blank ballot for the question). Missing answers are blank.
     */
    @Transactional
    public void cast(long termId, Map<Long, Map<Long, Choice>> answers, Map<Long, List<Long>> chosen, String password) {
        CurrentUser user = CurrentUsers.require();
        ClusterYear year = clusterYears.get(termId);
        Long unitId = user.unitId();
        if (unitId == null || !policy.actsFor(user, unitId) || !year.hasMember(unitId)) {
            throw new AccessDeniedException("not an officer of a member unit");
        }
        requireWritable(year);
        // Held against closing while the ballot is written: a ballot is counted or refused, never lost.
        Vote vote = votes.lockSharedByTerm(termId).orElseThrow(() -> new NotFoundException("vote"));
        if (!vote.acceptsBallots(clock.instant())) {
            throw new VoteException(
                    vote.getStatus() == VoteStatus.CLOSED
                                    || (vote.getClosesAt() != null
                                            && !clock.instant().isBefore(vote.getClosesAt()))
                            ? "vote.ballot.closed"
                            : "vote.ballot.notYetOpen");
        }
        if (store.hasVoted(vote.getId(), unitId)) {
            throw new VoteException("vote.ballot.alreadyVoted");
        }
        List<VoteStore.Answer> ballot = ballot(vote.getId(), answers, chosen);
        if (!passwords.confirms(user, password)) {
            throw new VoteException("vote.ballot.badPassword");
        }
        if (!store.markVoted(vote.getId(), unitId)) {
            throw new VoteException("vote.ballot.alreadyVoted");
        }
        store.writeBallot(vote.getId(), ballot);
        if (store.voted(vote.getId()).size() >= year.members().size()) {
            // Everyone has voted: the head may close the vote now rather than wait for its time.
            year.head()
                    .ifPresent(head -> notifications.notifyUnits(
                            List.of(head.unitId()),
                            NotificationMessage.of(
                                    "notification.vote.allVoted",
                                    "/votes/term/" + termId,
                                    year.clusterName() + " " + year.year())));
        }
        // The trail says that the unit voted, never how.
        audit.record(AuditEntry.of(
                        year.organizerId(),
                        VoteAuditAction.VOTE_BALLOT_CAST.code(),
                        ENTITY,
                        vote.getId(),
                        year.clusterName() + " " + year.year())
                .withValues(null, Map.of("unit", memberName(year, unitId))));
    }

    private List<VoteStore.Answer> ballot(
            long voteId, Map<Long, Map<Long, Choice>> answers, Map<Long, List<Long>> chosen) {
        List<VoteStore.QuestionRow> questions = store.questions(voteId);
        Map<Long, List<Long>> candidates = store.candidates(voteId);
        Map<Long, AwardType> typeById = typesOf(questions);
        List<VoteStore.Answer> ballot = new ArrayList<>();
        for (VoteStore.QuestionRow q : questions) {
            List<Long> those = candidates.getOrDefault(q.id(), List.of());
            Integer choices = q.kind() == QuestionKind.NEXT_HEAD
                    ? Integer.valueOf(1)
                    : q.kind() == QuestionKind.NEXT_DEPUTY
                            ? Integer.valueOf(q.seats())
                            : typeById.get(q.awardTypeId()).getChoices();
            if (choices == null) {
                Map<Long, Choice> given = answers == null ? Map.of() : answers.getOrDefault(q.id(), Map.of());
                for (Long unit : those) {
                    Choice choice = given.get(unit);
                    ballot.add(new VoteStore.Answer(q.id(), unit, choice == null ? Choice.BLANK : choice));
                }
            } else {
                Set<Long> picked = new HashSet<>(chosen == null ? List.of() : chosen.getOrDefault(q.id(), List.of()));
                if (!those.containsAll(picked)) {
                    throw new VoteException("vote.ballot.notACandidate", q.id());
                }
                if (picked.size() > choices) {
                    throw new VoteException("vote.ballot.tooMany", q.id(), choices);
                }
                for (Long unit : those) {
                    Choice choice =
                            picked.isEmpty() ? Choice.BLANK : picked.contains(unit) ? Choice.FOR : Choice.AGAINST;
                    ballot.add(new VoteStore.Answer(q.id(), unit, choice));
                }
            }
        }
        return ballot;
    }

    // ---------------------------------------------------------------- closing

    /**
     * The head (or an administrator) closes the vote: once every member unit has voted, or earlier with a reason.
     */
    @Transactional
    public void close(long termId, Long version, String reason) {
        policy.requireHeadOrAdminOf(termId);
        ClusterYear year = clusterYears.get(termId);
        requireWritable(year);
        Vote vote = votes.lockByTerm(termId).orElseThrow(() -> new NotFoundException("vote"));
        Versions.require(version, vote.getVersion());
        vote.requireStatus(VoteStatus.OPEN);
        boolean everyone = store.voted(vote.getId()).size() >= year.members().size();
        boolean beforeTime = vote.getClosesAt() != null && clock.instant().isBefore(vote.getClosesAt());
        boolean early = !everyone && beforeTime;
        if (early && (reason == null || reason.isBlank())) {
            throw new VoteException("vote.error.earlyReasonRequired");
        }
        closeOnline(year, vote, early, reason);
    }

    /** Closes the open votes whose closing time has passed, each in its own transaction; returns how many. */
    public List<Long> dueVotes() {
        return votes.findDue(clock.instant());
    }

    /** Closes one vote whose time has passed (the scheduled job); does nothing if it is closed already. */
    @Transactional
    public boolean closeDue(long voteId) {
        Vote vote = lock(voteId);
        if (vote.getStatus() != VoteStatus.OPEN
                || vote.getClosesAt() == null
                || clock.instant().isBefore(vote.getClosesAt())) {
            return false;
        }
        closeOnline(clusterYears.get(vote.getTermId()), vote, false, null);
        return true;
    }

    private Vote lock(long voteId) {
        return votes.lockById(voteId).orElseThrow(() -> new NotFoundException("vote"));
    }

    private void closeOnline(ClusterYear year, Vote vote, boolean early, String reason) {
        long voteId = vote.getId();
        int members = vote.getMembersEntitled() == null ? year.members().size() : vote.getMembersEntitled();
        int returned = store.ballotCount(voteId);
        Tally.Counts counts = new Tally.Counts(members, members, returned, returned);
        Map<Long, Map<Long, int[]>> raw = store.counts(voteId);
        Map<Long, Map<Long, Tally.Votes>> votesByQuestion = new HashMap<>();
        raw.forEach((question, byUnit) -> byUnit.forEach((unit, fa) -> votesByQuestion
                .computeIfAbsent(question, q -> new HashMap<>())
                .put(unit, new Tally.Votes(fa[0], fa[1], returned - fa[0] - fa[1]))));
        store.shuffleBallots(voteId);
        finish(
                year,
                vote,
                VoteMethod.ONLINE,
                counts,
                votesByQuestion,
                early,
                reason,
                VoteAuditAction.VOTE_CLOSED.code());
    }

    private void finish(
            ClusterYear year,
            Vote vote,
            VoteMethod method,
            Tally.Counts counts,
            Map<Long, Map<Long, Tally.Votes>> votesByQuestion,
            boolean early,
            String reason,
            String action) {
        long voteId = vote.getId();
        List<VoteStore.QuestionRow> rows = store.questions(voteId);
        Map<Long, List<Long>> candidates = store.candidates(voteId);
        Map<Long, AwardType> typeById = typesOf(rows);
        List<Tally.Outcome> outcomes = new ArrayList<>();
        for (VoteStore.QuestionRow row : rows) {
            Tally.Question question = new Tally.Question(
                    row.id(),
                    row.kind(),
                    row.awardTypeId() == null ? null : typeById.get(row.awardTypeId()),
                    row.seats(),
                    candidates.getOrDefault(row.id(), List.of()));
            Map<Long, Tally.Votes> given = new HashMap<>(votesByQuestion.getOrDefault(row.id(), Map.of()));
            for (Long unit : question.candidates()) {
                given.putIfAbsent(unit, new Tally.Votes(0, 0, counts.returned()));
            }
            outcomes.add(Tally.count(question, given, counts));
        }
        store.writeOutcomes(voteId, outcomes);
        Long nextHead = null;
        boolean headTied = false;
        List<Long> deputies = List.of();
        for (Tally.Outcome outcome : outcomes) {
            if (outcome.question().kind() == QuestionKind.NEXT_HEAD) {
                nextHead = outcome.elected().stream().findFirst().orElse(null);
                headTied = outcome.tied();
            } else if (outcome.question().kind() == QuestionKind.NEXT_DEPUTY) {
                deputies = outcome.elected();
            }
        }
        store.writeDeputies(voteId, deputies);
        Instant now = clock.instant();
        VoteStatus from = vote.close(method, counts, nextHead, headTied, early, now);
        votes.flush();
        history.save(new VoteStatusChange(
                voteId, from, VoteStatus.CLOSED, CurrentUsers.actorName(), now, early ? reason : null));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", VoteStatus.CLOSED);
        after.put("method", method);
        after.put("ballotsIssued", counts.issued());
        after.put("ballotsReturned", counts.returned());
        after.put("ballotsValid", counts.valid());
        audit.record(entry(year, vote, action)
                .withValues(Map.of("status", from), after)
                .withReason(early ? reason : null));
        if (nextHead != null) {
            events.publishEvent(new NextYearLeadersElected(year.id(), nextHead, deputies));
        }
        notifications.notifyUnits(
                year.members().stream().map(ClusterYearMember::unitId).toList(),
                NotificationMessage.of(
                        "notification.vote.closed",
                        "/votes/term/" + year.id(),
                        year.clusterName() + " " + year.year()));
    }

    // ---------------------------------------------------------------- paper

    /** Refuses anyone but the head (or an administrator) before an upload is read. */
    @Transactional(readOnly = true)
    public void requirePaperAllowed(long termId) {
        policy.requireHeadOrAdminOf(termId);
        ClusterYear year = clusterYears.get(termId);
        requireWritable(year);
        requireVote(termId).requireStatus(VoteStatus.PREPARED);
    }

    /** The problems of a paper result, by field ({@code issued}, {@code returned}, {@code valid}, {@code v<q>_<u>}). */
    @Transactional(readOnly = true)
    public Map<String, String> paperProblems(long termId, PaperCommand command) {
        ClusterYear year = clusterYears.get(termId);
        Vote vote = requireVote(termId);
        Map<String, String> problems = new LinkedHashMap<>();
        int members = year.members().size();
        if (command.issued() < 0 || command.issued() > members) {
            problems.put("issued", "vote.paper.issuedRange");
        }
        if (command.returned() < 0 || command.returned() > command.issued()) {
            problems.put("returned", "vote.paper.returnedRange");
        }
        if (command.valid() < 0 || command.valid() > command.returned()) {
            problems.put("valid", "vote.paper.validRange");
        }
        Map<Long, List<Long>> candidates = store.candidates(vote.getId());
        candidates.forEach((question, those) -> those.forEach(unit -> {
            Integer given = command.votesFor() == null
                    ? null
                    : command.votesFor().getOrDefault(question, Map.of()).get(unit);
            if (given == null || given < 0 || given > Math.max(command.valid(), 0)) {
                problems.put("v" + question + "_" + unit, "vote.paper.votesRange");
            }
        }));
        return problems;
    }

    @Transactional
    public void recordPaper(long termId, PaperCommand command, String fileName, String contentType, byte[] minutes) {
        policy.requireHeadOrAdminOf(termId);
        ClusterYear year = clusterYears.get(termId);
        requireWritable(year);
        Vote vote = votes.lockByTerm(termId).orElseThrow(() -> new NotFoundException("vote"));
        vote.requireStatus(VoteStatus.PREPARED);
        if (!paperProblems(termId, command).isEmpty()) {
            throw new VoteException("vote.paper.invalid");
        }
        if (year.status() == ClusterTermStatus.RESULTS) {
            events.publishEvent(ClusterYearMilestone.of(termId, ClusterYearMilestone.Milestone.VOTE_OPENED));
        } else if (year.status() != ClusterTermStatus.VOTE) {
            throw new VoteException("vote.error.yearNotReady");
        }
        store.saveMinutes(vote.getId(), fileName, contentType, minutes);
        Tally.Counts counts =
                new Tally.Counts(year.members().size(), command.issued(), command.returned(), command.valid());
        Map<Long, Map<Long, Tally.Votes>> votesByQuestion = new HashMap<>();
        command.votesFor()
                .forEach((question, byUnit) -> byUnit.forEach((unit, got) -> votesByQuestion
                        .computeIfAbsent(question, q -> new HashMap<>())
                        .put(unit, new Tally.Votes(got, command.valid() - got, 0))));
        finish(
                year,
                vote,
                VoteMethod.PAPER,
                counts,
                votesByQuestion,
                false,
                null,
                VoteAuditAction.VOTE_PAPER_RECORDED.code());
    }

    @Transactional(readOnly = true)
    public VoteMinutes minutes(long termId) {
        if (!policy.canRead(termId)) {
            throw new AccessDeniedException("not a reader of this cluster-year");
        }
        Vote vote = requireVote(termId);
        return store.minutes(vote.getId()).orElseThrow(() -> new NotFoundException("voteMinutes"));
    }

    // ---------------------------------------------------------------- helpers

    private Vote requireVote(long termId) {
        return votes.findByTermId(termId).orElseThrow(() -> new NotFoundException("vote"));
    }

    private static void requireWritable(ClusterYear year) {
        if (year.isReadOnly()) {
            throw new VoteException("vote.error.yearClosed");
        }
    }

    private static AuditEntry entry(ClusterYear year, Vote vote, String action) {
        return AuditEntry.of(year.organizerId(), action, ENTITY, vote.getId(), year.clusterName() + " " + year.year());
    }
}
