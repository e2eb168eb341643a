package vn.thidua.organization.internal;

import vn.thidua.common.DomainException;

/** A rule of the organisation refused a change; the message key says which, in the user's language. */
public class OrganizationException extends DomainException {

    public OrganizationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
