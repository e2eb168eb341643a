package vn.thidua.scoring;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditRecordNames;

/** Criteria tables by name in the audit trail (those of the reader's organiser only). */
@Component
class CriteriaTableAuditNames implements AuditRecordNames {

    private final CriteriaTableRepository tables;

    CriteriaTableAuditNames(CriteriaTableRepository tables) {
        this.tables = tables;
    }

    @Override
    public String kind() {
        return CriteriaTableService.ENTITY;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        long organizerId = CurrentUsers.require().organizerId();
        return tables.findAllById(ids).stream()
                .filter(table -> table.getOrganizerId() == organizerId)
                .collect(Collectors.toMap(
                        CriteriaTable::getId, table -> table.getName() + " (" + table.getYear() + ")"));
    }
}
