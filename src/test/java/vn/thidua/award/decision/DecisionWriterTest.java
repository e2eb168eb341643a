package vn.thidua.award.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.award.decision.DecisionWriter.Grant;
import vn.thidua.award.decision.DecisionWriter.TakeBack;
import vn.thidua.award.decision.DecisionWriter.Written;
import vn.thidua.support.IntegrationTest;

/** Decisions are written with register numbers that follow on per organiser and year, and codes nobody shares. */
class DecisionWriterTest extends IntegrationTest {

    @Autowired
    DecisionWriter writer;

    @Autowired
    TransactionTemplate tx;

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private Written write(long organizer, String number, LocalDate on, List<Grant> grants, List<TakeBack> back) {
        return tx.execute(status -> writer.write(
                organizer,
                new DecisionHeader(
                        number, on, "Ủy ban nhân dân tỉnh An Giang", "Lê Văn Ký", "Chủ tịch", "Về việc tặng"),
                on.getYear() - 1,
                DecisionSource.RECORDED,
                false,
                grants,
                back,
                "admin"));
    }

    @Test
    void registerNumbersFollowOnAndATakenBackAwardIsNamedByTheLaterDecision() {
        long organizer = id("select id from organizer where code = 'AG'");
        long unit = id("select u.id from unit u where u.organizer_id = ? and u.code = 'AP'", organizer);
        long type = id("select id from award_type where organizer_id = ? order by id limit 1", organizer);
        Grant grant = Grant.of(GrantedAward.Recipient.collective(unit), type, "Dẫn đầu cụm");

        Written first = write(organizer, "W1/QĐ-UBND", LocalDate.of(2031, 1, 10), List.of(grant, grant), List.of());
        Written second = write(organizer, "W2/QĐ-UBND", LocalDate.of(2031, 2, 10), List.of(grant), List.of());

        assertThat(first.granted())
                .extracting(GrantedAward::getRegisterNumber)
                .containsExactly("2031/00001", "2031/00002");
        assertThat(second.granted().get(0).getRegisterNumber()).isEqualTo("2031/00003");
        assertThat(first.granted().get(0).getVerificationCode())
                .hasSize(24)
                .isNotEqualTo(first.granted().get(1).getVerificationCode());

        long wrongAward = first.granted().get(1).getId();
        Written revoking = write(
                organizer,
                "W3/QĐ-UBND",
                LocalDate.of(2031, 3, 10),
                List.of(),
                List.of(new TakeBack(wrongAward, RevocationKind.REVOKED, "Trùng với quyết định khác")));
        assertThat(jdbc.queryForObject(
                        "select decision_id from award_revocation where granted_id = ?", Long.class, wrongAward))
                .isEqualTo(revoking.decision().getId());

        assertThatThrownBy(() -> write(
                        organizer,
                        "W4/QĐ-UBND",
                        LocalDate.of(2030, 12, 1),
                        List.of(),
                        List.of(new TakeBack(
                                first.granted().get(0).getId(), RevocationKind.REVOKED, "Sớm hơn quyết định"))))
                .isInstanceOf(DataAccessException.class);
    }
}
