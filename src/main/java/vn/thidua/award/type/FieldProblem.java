package vn.thidua.award.type;

import java.util.List;

/** A rule an entered value breaks: the field it belongs to (as the form names it), the message key and arguments. */
public record FieldProblem(String field, String key, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String key, Object... arguments) {
        return new FieldProblem(field, key, List.of(arguments));
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
