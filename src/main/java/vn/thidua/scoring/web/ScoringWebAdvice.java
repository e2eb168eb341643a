package vn.thidua.scoring.web;

import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the scoring pages the number format of the user's language as {@code scores}. */
@ControllerAdvice(
        assignableTypes = {
            CriteriaTableController.class,
            RoundAdminController.class,
            SheetController.class,
            ResultsController.class
        })
class ScoringWebAdvice {

    @ModelAttribute("scores")
    ScoreFormat scores(Locale locale) {
        return new ScoreFormat(locale);
    }
}
