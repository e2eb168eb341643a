package vn.thidua.common;

/** What was asked for does not exist, or is outside the user's scope and so is not shown to exist. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super("error.notFound", what);
    }
}
