package vn.thidua.organization.internal;

import java.util.List;

/** What a file would import: every row with its problems. It can be saved only when every row is valid. */
public record UnitImportPreview(String fileName, List<UnitImportLine> lines) {

    public boolean isValid() {
        return !lines.isEmpty() && lines.stream().allMatch(UnitImportLine::isValid);
    }

    public long invalidCount() {
        return lines.stream().filter(line -> !line.isValid()).count();
    }

    public List<UnitImportRow> rows() {
        return lines.stream().map(UnitImportLine::row).toList();
    }
}
