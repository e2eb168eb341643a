package vn.thidua.award.decision;

import java.util.List;

/**
 * A decision as typed in its form: the header (the date as typed, dd/MM/yyyy), the emulation year and the accepted
 * items it awards, each with its achievement text.
 */
public record DecisionCommand(
        String number,
        String decidedOn,
        String authority,
        String signerName,
        String signerTitle,
        String subject,
        Integer year,
        List<Choice> choices) {

    public DecisionCommand {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** An accepted proposal item chosen for the decision, with the achievement text the decision writes. */
    public record Choice(long itemId, String achievement) {}
}
