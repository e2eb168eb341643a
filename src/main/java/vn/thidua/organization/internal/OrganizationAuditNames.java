package vn.thidua.organization.internal;

import java.util.Collection;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.audit.AuditRecordNames;

/** Units and clusters by name in the audit trail, where it recorded their ids. */
@Configuration(proxyBeanMethods = false)
class OrganizationAuditNames {

    @Bean
    AuditRecordNames unitAuditNames(UnitService units) {
        return new AuditRecordNames() {
            @Override
            public String kind() {
                return UnitService.ENTITY;
            }

            @Override
            public Map<Long, String> names(Collection<Long> ids) {
                return units.unitNames(ids);
            }
        };
    }

    @Bean
    AuditRecordNames clusterAuditNames(ClusterService clusters) {
        return new AuditRecordNames() {
            @Override
            public String kind() {
                return ClusterService.CLUSTER;
            }

            @Override
            public Map<Long, String> names(Collection<Long> ids) {
                return clusters.clusterNames(ids);
            }
        };
    }
}
