package vn.thidua.award.type;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.common.DisplayFormat;

/**
 * An award type's vote rule in words, as the regulations word it: "Trên 50% tổng số đơn vị thành viên", "Từ 2/3 số
 * phiếu hợp lệ trở lên". A share that is a third or two thirds (33.33, 66.67) reads as the fraction. Templates use
 * the bean {@code @voteRuleText}; other code may use {@link #key} and {@link #share} with its own message source.
 */
@Component("voteRuleText")
public class VoteRuleText {

    private static final BigDecimal ONE_THIRD = new BigDecimal("33.33");
    private static final BigDecimal TWO_THIRDS = new BigDecimal("66.67");

    private final MessageSource messages;

    public VoteRuleText(MessageSource messages) {
        this.messages = messages;
    }

    /** The type's vote rule in the reader's language. */
    public String of(AwardType type) {
        return of(type.getVoteBase(), type.getVoteSharePercent(), type.isVoteShareStrict(), locale());
    }

    /** A vote rule in the given language. */
    public String of(VoteBase base, BigDecimal percent, boolean strict, Locale locale) {
        return messages.getMessage(key(base, strict), new Object[] {share(percent, locale)}, locale);
    }

    /** The type's quorum in words, or an empty text when it has none. */
    public String quorum(AwardType type) {
        BigDecimal quorum = type.getQuorumPercent();
        if (quorum == null || quorum.signum() == 0) {
            return "";
        }
        Locale locale = locale();
        return messages.getMessage("vote.rule.quorum", new Object[] {share(quorum, locale)}, locale);
    }

    /** The message key of a rule: {@code vote.rule.moreThan.MEMBERS}, {@code vote.rule.atLeast.VALID_BALLOTS}, … */
    public static String key(VoteBase base, boolean strict) {
        return "vote.rule." + (strict ? "moreThan." : "atLeast.") + base.name();
    }

    /** The share as it reads: "2/3", "1/3", or the percentage in the language's form ("50%", "62,5%"). */
    public static String share(BigDecimal percent, Locale locale) {
        BigDecimal rounded = percent.setScale(2, RoundingMode.HALF_UP);
        if (rounded.compareTo(TWO_THIRDS) == 0) {
            return "2/3";
        }
        if (rounded.compareTo(ONE_THIRD) == 0) {
            return "1/3";
        }
        return DisplayFormat.number(percent, locale) + "%";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
