package vn.thidua.award.proposal;

import vn.thidua.common.DomainException;

/** A rule of the proposal refused a change; the key names the message. */
public class ProposalException extends DomainException {

    public ProposalException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
