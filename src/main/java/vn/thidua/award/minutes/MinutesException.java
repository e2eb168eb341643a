package vn.thidua.award.minutes;

import vn.thidua.common.DomainException;

/** A rule of the minutes refused a change; the message key says which. */
public class MinutesException extends DomainException {

    public MinutesException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
