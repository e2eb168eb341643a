package vn.thidua.award.decision;

import java.util.List;
import vn.thidua.award.type.FieldProblem;

/** A decision's entered values break one or more rules; each problem names its field as the form does. */
public class DecisionInvalid extends DecisionException {

    private final transient List<FieldProblem> problems;

    public DecisionInvalid(List<FieldProblem> problems) {
        super("decision.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
