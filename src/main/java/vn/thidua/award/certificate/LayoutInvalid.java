package vn.thidua.award.certificate;

import java.util.List;
import vn.thidua.award.type.FieldProblem;
import vn.thidua.common.DomainException;

/** A layout's entered values break one or more rules; each problem names its field. */
public class LayoutInvalid extends DomainException {

    private final transient List<FieldProblem> problems;

    public LayoutInvalid(List<FieldProblem> problems) {
        super("certificate.layout.invalid");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
