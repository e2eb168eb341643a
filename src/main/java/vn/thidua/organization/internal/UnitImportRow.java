package vn.thidua.organization.internal;

import java.io.Serial;
import java.io.Serializable;

/** One data row of an import file as read: every value as text, with its row number in the file. */
public record UnitImportRow(int rowNumber, String code, String name, String shortName, String level, String parentCode)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
