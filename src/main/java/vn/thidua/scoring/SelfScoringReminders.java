package vn.thidua.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.common.BusinessTime;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYears;

/**
 * The automatic "self-scoring closes soon" reminder: once a day (at {@code thidua.scoring.closing-reminder.cron},
 * Vietnam time) every round in self-scoring whose deadline is at most
 * {@code thidua.scoring.closing-reminder.days-before} days away reminds the units whose sheets are still drafts,
 * once per round: the round records when its reminder went out, so that a restart or a second server does not send
 * it again. Moving the deadline later lets it go out again before the new date. Each round is one transaction: one
 * that fails is tried again the next day, the others are not held up.
 */
@Component
class SelfScoringReminders {

    private static final Logger log = LoggerFactory.getLogger(SelfScoringReminders.class);

    private final ScoringRoundRepository rounds;
    private final ScoreSheetRepository sheets;
    private final ScoringNotifications notify;
    private final ClusterYears clusterYears;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int daysBefore;

    SelfScoringReminders(
            ScoringRoundRepository rounds,
            ScoreSheetRepository sheets,
            ScoringNotifications notify,
            ClusterYears clusterYears,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${thidua.scoring.closing-reminder.days-before:3}") int daysBefore) {
        this.rounds = rounds;
        this.sheets = sheets;
        this.notify = notify;
        this.clusterYears = clusterYears;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.daysBefore = Math.max(0, daysBefore);
    }

    @Scheduled(cron = "${thidua.scoring.closing-reminder.cron:0 0 7 * * *}", zone = BusinessTime.ZONE_ID)
    void daily() {
        int told = remind(BusinessTime.today(clock));
        if (told > 0) {
            log.info("Self-scoring closes soon: {} people reminded", told);
        }
    }

    /** Sends the reminders due on {@code today}; returns how many people were told. */
    int remind(LocalDate today) {
        List<Object[]> candidates = rounds.findClosingWithoutReminder(today, today.plusDays(daysBefore));
        Set<Long> open = clusterYears
                .withMembers(candidates.stream()
                        .map(row -> ((Number) row[1]).longValue())
                        .collect(Collectors.toSet()))
                .stream()
                .filter(year -> !year.isReadOnly())
                .map(ClusterYear::id)
                .collect(Collectors.toSet());
        List<Long> due = candidates.stream()
                .filter(row -> open.contains(((Number) row[1]).longValue()))
                .map(row -> ((Number) row[0]).longValue())
                .toList();
        int told = 0;
        for (Long roundId : due) {
            try {
                Integer sent = transactions.execute(status -> remindOnce(roundId));
                told += sent == null ? 0 : sent;
            } catch (RuntimeException e) {
                log.warn(
                        "The closing-soon reminder of scoring round {} failed; it is tried again next time",
                        roundId,
                        e);
            }
        }
        return told;
    }

    private int remindOnce(long roundId) {
        if (rounds.claimClosingReminder(roundId, clock.instant()) == 0) {
            return 0;
        }
        ScoringRound round = rounds.findFull(roundId).orElseThrow();
        List<Long> drafts = sheets.findDraftUnitIds(roundId);
        return notify.closingSoon(round, drafts);
    }
}
