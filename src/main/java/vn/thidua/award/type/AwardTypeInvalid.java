package vn.thidua.award.type;

import java.util.List;
import vn.thidua.common.DomainException;

/** An award type's entered values break one or more rules; each problem names its field. */
public class AwardTypeInvalid extends DomainException {

    private final transient List<FieldProblem> problems;

    public AwardTypeInvalid(List<FieldProblem> problems) {
        super("award.type.invalid");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
