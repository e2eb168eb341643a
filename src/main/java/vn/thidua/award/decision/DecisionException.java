package vn.thidua.award.decision;

import vn.thidua.common.DomainException;

/** A rule of decisions refused a change; the key names the message. */
public class DecisionException extends DomainException {

    public DecisionException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
