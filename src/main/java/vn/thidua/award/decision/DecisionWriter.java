package vn.thidua.award.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.VerifyCodes;

/**
 * Writes a decision with the awards it grants and the awards it takes back, giving each award its register number
 * and verification code. The one way decisions are written, whoever records them (an administrator's decision, a
 * central decision on onward proposals, an import of past awards); the caller has checked the person's rights and the
 * rules of its own step, the database checks again that an item is decided once and only from an accepted item of a
 * reviewed proposal, and that only a later decision takes an award back.
 */
@Component
public class DecisionWriter {

    private final DecisionRepository decisions;
    private final GrantedAwardRepository awards;
    private final RevocationRepository revocations;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DecisionWriter(
            DecisionRepository decisions,
            GrantedAwardRepository awards,
            RevocationRepository revocations,
            JdbcTemplate jdbc,
            Clock clock) {
        this.decisions = decisions;
        this.awards = awards;
        this.revocations = revocations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An award to grant: from a proposal item (or none, for imports and onward awards), or correcting an award. */
    public record Grant(
            GrantedAward.Recipient recipient,
            long awardTypeId,
            String achievement,
            Long proposalItemId,
            Long amendsId) {

        public static Grant of(GrantedAward.Recipient recipient, long awardTypeId, String achievement) {
            return new Grant(recipient, awardTypeId, achievement, null, null);
        }
    }

    /** An award to take back, with the reason written in the decision. */
    public record TakeBack(long awardId, RevocationKind kind, String reason) {}

    /** What was written: the decision and its awards in the order given. */
    public record Written(Decision decision, List<GrantedAward> granted, List<Revocation> takenBack) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public Written write(
            long organizerId,
            DecisionHeader header,
            int year,
            DecisionSource source,
            boolean illustrative,
            List<Grant> grants,
            List<TakeBack> takeBacks,
            String by) {
        requireDistinctItems(grants);
        Instant now = clock.instant();
        Decision decision = decisions.save(new Decision(organizerId, header, year, source, illustrative, by, now));
        RegisterNumbers numbers =
                new RegisterNumbers(organizerId, header.decidedOn().getYear());
        List<GrantedAward> granted = awards.saveAll(grants.stream()
                .map(g -> new GrantedAward(
                        decision,
                        g.recipient(),
                        g.awardTypeId(),
                        g.achievement(),
                        g.proposalItemId(),
                        g.amendsId(),
                        numbers.next(),
                        VerifyCodes.next(),
                        now))
                .toList());
        List<Revocation> takenBack = revocations.saveAll(takeBacks.stream()
                .map(t -> new Revocation(decision.getId(), t.awardId(), t.kind(), t.reason(), now))
                .toList());
        awards.flush();
        revocations.flush();
        return new Written(decision, granted, takenBack);
    }

    private static void requireDistinctItems(List<Grant> grants) {
        Set<Long> items = new HashSet<>();
        for (Grant g : grants) {
            if (g.proposalItemId() != null && !items.add(g.proposalItemId())) {
                throw new IllegalArgumentException("a proposal item is decided once");
            }
        }
    }

    /**
     * The organiser's register (sổ vàng) numbers of one calendar year, {@code 2021/00001} onwards. Writers of one
     * organiser take turns (a transaction-wide lock), so two decisions recorded at once never share a number.
     */
    private final class RegisterNumbers {

        private final String prefix;
        private int last;

        RegisterNumbers(long organizerId, int calendarYear) {
            jdbc.query(
                    "select pg_advisory_xact_lock(hashtext('award_register_number'), ?::int)",
                    (ResultSetExtractor<Void>) rs -> null,
                    (int) organizerId);
            this.prefix = calendarYear + "/";
            Integer max = jdbc.queryForObject("""
                    select max(substring(register_number from length(?) + 1)::int) from award_granted
                    where organizer_id = ? and register_number like ? and substring(register_number from length(?) + 1) ~ '^[0-9]+$'""", Integer.class, prefix, organizerId, prefix + "%", prefix);
            this.last = max == null ? 0 : max;
        }

        String next() {
            last++;
            return prefix + String.format("%05d", last);
        }
    }
}
