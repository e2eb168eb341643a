package vn.thidua.award.history;

import vn.thidua.common.DomainException;

/** A file of past awards refused as a whole (too large, not a spreadsheet, empty): nothing was read from it. */
public class HistoryImportException extends DomainException {

    public HistoryImportException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
