package vn.thidua.award.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.thidua.common.DomainException;

/** An award type's own rules, each beside its field, and its vote rule in words. */
class AwardTypeRulesTest {

    private static final Instant NOW = Instant.parse("2021-05-01T03:00:00Z");

    static AwardTypeCommand valid() {
        return new AwardTypeCommand(
                "CO-T",
                "Cờ thi đua thử",
                AwardCategory.TITLE,
                AwardLevel.PROVINCE,
                AwardRecipient.COLLECTIVE,
                VoteBase.MEMBERS,
                new BigDecimal("50"),
                true,
                null,
                null,
                1,
                null,
                null,
                "Luật Thi đua, khen thưởng 2022",
                0,
                List.of(new AwardTypeCommand.PrerequisiteLine(PrerequisiteKind.RANKED_FIRST, null, null)),
                List.of(new AwardTypeCommand.DocumentLine(DocumentKind.SUBMISSION, "Tờ trình", false)));
    }

    private static List<String> fields(AwardTypeCommand command) {
        return AwardType.problems(command).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aValidTypeHasNoProblems() {
        assertThat(AwardType.problems(valid())).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceBesideItsField() {
        AwardTypeCommand bad = new AwardTypeCommand(
                " ",
                "",
                null,
                null,
                null,
                null,
                null,
                true,
                new BigDecimal("100.01"),
                0,
                1001,
                new BigDecimal("0"),
                new BigDecimal("12.345"),
                "x".repeat(501),
                -1,
                List.of(
                        new AwardTypeCommand.PrerequisiteLine(null, 5L, null),
                        new AwardTypeCommand.PrerequisiteLine(PrerequisiteKind.OTHER_AWARD_THIS_YEAR, null, null),
                        new AwardTypeCommand.PrerequisiteLine(PrerequisiteKind.CONSECUTIVE_YEARS, 7L, 11),
                        new AwardTypeCommand.PrerequisiteLine(PrerequisiteKind.CONSECUTIVE_YEARS, 7L, null)),
                List.of(new AwardTypeCommand.DocumentLine(null, " ", true)));
        assertThat(fields(bad))
                .containsExactlyInAnyOrder(
                        "code",
                        "name",
                        "category",
                        "level",
                        "recipient",
                        "voteBase",
                        "voteSharePercent",
                        "quorumPercent",
                        "choices",
                        "maxPerClusterYear",
                        "maxMemberPercent",
                        "maxLeaderPercent",
                        "legalSource",
                        "sortOrder",
                        "prerequisites[0].kind",
                        "prerequisites[1].otherTypeId",
                        "prerequisites[2].years",
                        "prerequisites[3].years",
                        "documents[0].kind",
                        "documents[0].name");
    }

    @Test
    void percentagesAreBoundedWithAtMostTwoDecimals() {
        assertThat(problem(withShare("0"))).isEqualTo("award.type.percent.range");
        assertThat(problem(withShare("100.5"))).isEqualTo("award.type.percent.range");
        assertThat(problem(withShare("-3"))).isEqualTo("award.type.percent.range");
        assertThat(problem(withShare("66.667"))).isEqualTo("award.type.percent.scale");
        assertThat(AwardType.problems(withShare("66.67"))).isEmpty();
        assertThat(AwardType.problems(withShare("100"))).isEmpty();
    }

    @Test
    void quotasAndYearsAreBounded() {
        AwardTypeCommand c = valid();
        AwardTypeCommand quota = new AwardTypeCommand(
                c.code(),
                c.name(),
                c.category(),
                c.level(),
                c.recipient(),
                c.voteBase(),
                c.voteSharePercent(),
                true,
                BigDecimal.ZERO,
                100,
                1000,
                new BigDecimal("100"),
                new BigDecimal("20"),
                null,
                0,
                List.of(new AwardTypeCommand.PrerequisiteLine(PrerequisiteKind.CONSECUTIVE_YEARS, 3L, 10)),
                List.of());
        assertThat(AwardType.problems(quota)).isEmpty();
        AwardTypeCommand over = new AwardTypeCommand(
                c.code(),
                c.name(),
                c.category(),
                c.level(),
                c.recipient(),
                c.voteBase(),
                c.voteSharePercent(),
                true,
                BigDecimal.ZERO,
                101,
                1001,
                new BigDecimal("100.01"),
                null,
                null,
                0,
                List.of(new AwardTypeCommand.PrerequisiteLine(PrerequisiteKind.CONSECUTIVE_YEARS, 3L, 0)),
                List.of());
        assertThat(fields(over))
                .containsExactlyInAnyOrder(
                        "choices", "maxPerClusterYear", "maxMemberPercent", "prerequisites[0].years");
    }

    @Test
    void aPrerequisiteThatNamesNoTypeKeepsNone() {
        AwardTypeCommand c = valid();
        AwardTypeCommand named = new AwardTypeCommand(
                c.code(),
                c.name(),
                c.category(),
                c.level(),
                c.recipient(),
                c.voteBase(),
                c.voteSharePercent(),
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                List.of(new AwardTypeCommand.PrerequisiteLine(PrerequisiteKind.REGISTERED, 9L, 4)),
                List.of());
        AwardType type = AwardType.create(1L, named, "admin", NOW);
        assertThat(type.getPrerequisites()).singleElement().satisfies(p -> {
            assertThat(p.getOtherTypeId()).isNull();
            assertThat(p.getYears()).isNull();
        });
    }

    @Test
    void deactivatingKeepsTheTypeAndItsHistory() {
        AwardType type = AwardType.create(1L, valid(), "admin", NOW);
        type.deactivate("admin", NOW.plusSeconds(60), "Không còn áp dụng");
        assertThat(type.isActive()).isFalse();
        assertThatThrownBy(() -> type.deactivate("admin", NOW, null)).isInstanceOf(DomainException.class);
        type.reactivate("admin", NOW.plusSeconds(120), null);
        assertThat(type.isActive()).isTrue();
        assertThat(type.getHistory())
                .extracting(AwardTypeStatusChange::getToStatus)
                .containsExactly("ACTIVE", "INACTIVE", "ACTIVE");
        assertThat(type.getHistory().get(1).getReason()).isEqualTo("Không còn áp dụng");
    }

    @Test
    void anInvalidChangeIsRefusedAndChangesNothing() {
        AwardType type = AwardType.create(1L, valid(), "admin", NOW);
        assertThatThrownBy(() -> type.apply(withShare("0")))
                .isInstanceOf(AwardTypeInvalid.class)
                .satisfies(e -> assertThat(((AwardTypeInvalid) e).problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("voteSharePercent"));
        assertThat(type.getVoteSharePercent()).isEqualByComparingTo("50");
    }

    @Test
    void theVoteRuleReadsAsTheRegulationsWordIt() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/award");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        VoteRuleText text = new VoteRuleText(messages);
        Locale vi = Locale.forLanguageTag("vi");
        assertThat(text.of(VoteBase.MEMBERS, new BigDecimal("50"), true, vi))
                .isEqualTo("Trên 50% tổng số đơn vị thành viên");
        assertThat(text.of(VoteBase.VALID_BALLOTS, new BigDecimal("66.67"), false, vi))
                .isEqualTo("Từ 2/3 số phiếu hợp lệ trở lên");
        assertThat(text.of(VoteBase.MEMBERS, new BigDecimal("33.33"), false, vi))
                .isEqualTo("Từ 1/3 tổng số đơn vị thành viên trở lên");
        assertThat(text.of(VoteBase.VALID_BALLOTS, new BigDecimal("62.5"), true, vi))
                .isEqualTo("Trên 62,5% số phiếu hợp lệ");
        assertThat(text.of(VoteBase.MEMBERS, new BigDecimal("62.5"), true, Locale.ENGLISH))
                .isEqualTo("More than 62.5% of all member units");
        assertThat(VoteRuleText.key(VoteBase.VALID_BALLOTS, false)).isEqualTo("vote.rule.atLeast.VALID_BALLOTS");
    }

    private static String problem(AwardTypeCommand command) {
        return AwardType.problems(command).stream()
                .findFirst()
                .map(FieldProblem::key)
                .orElse(null);
    }

    private static AwardTypeCommand withShare(String percent) {
        AwardTypeCommand c = valid();
        return new AwardTypeCommand(
                c.code(),
                c.name(),
                c.category(),
                c.level(),
                c.recipient(),
                c.voteBase(),
                new BigDecimal(percent),
                c.voteShareStrict(),
                c.quorumPercent(),
                c.choices(),
                c.maxPerClusterYear(),
                c.maxMemberPercent(),
                c.maxLeaderPercent(),
                c.legalSource(),
                c.sortOrder(),
                c.prerequisites(),
                c.documents());
    }
}
