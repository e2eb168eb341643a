package vn.thidua.scoring;

import vn.thidua.common.DomainException;

/** A scoring rule refused a change; the message key says which, in the user's language. */
public class ScoringException extends DomainException {

    public ScoringException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
