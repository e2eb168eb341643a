package vn.thidua.award.vote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.thidua.common.BusinessTime;

/**
 * Closes and tallies every open vote whose closing time has passed (at {@code thidua.vote.closing.cron}, every
 * minute by default). Each vote is closed once, in its own transaction under a lock on the vote: a second server or a
 * second run finds it closed and leaves it; one that fails is tried again the next time.
 */
@Component
class VoteClosing {

    private static final Logger log = LoggerFactory.getLogger(VoteClosing.class);

    private final VoteService service;

    VoteClosing(VoteService service) {
        this.service = service;
    }

    @Scheduled(cron = "${thidua.vote.closing.cron:0 * * * * *}", zone = BusinessTime.ZONE_ID)
    void run() {
        int closed = closeDue();
        if (closed > 0) {
            log.info("Votes closed at their time: {}", closed);
        }
    }

    /** Closes the votes due now; returns how many were closed. */
    int closeDue() {
        int closed = 0;
        for (Long voteId : service.dueVotes()) {
            try {
                if (service.closeDue(voteId)) {
                    closed++;
                }
            } catch (RuntimeException e) {
                log.warn("Closing vote {} at its time failed; it is tried again next time", voteId, e);
            }
        }
        return closed;
    }
}
