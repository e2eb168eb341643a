package vn.thidua.award.onward;

import vn.thidua.common.DomainException;

/** A rule of the onward proposal refused a change; the key names the message. */
public class OnwardException extends DomainException {

    public OnwardException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
