package vn.thidua.pledge;

import vn.thidua.common.DomainException;

/** A pledge rule refused a change; the message key says which, in the user's language. */
public class PledgeException extends DomainException {

    public PledgeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
