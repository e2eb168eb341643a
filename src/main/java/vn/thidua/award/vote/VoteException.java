package vn.thidua.award.vote;

import vn.thidua.common.DomainException;

/** A rule of the vote refused an action; the key names the rule in the user's language. */
public class VoteException extends DomainException {

    public VoteException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
