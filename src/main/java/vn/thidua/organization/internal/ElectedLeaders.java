package vn.thidua.organization.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.NextYearLeadersElected;

/** Records next year's head and deputies elected by a cluster-year's vote, which the next year's start then proposes. */
@Component
class ElectedLeaders {

    private final ClusterTermRepository terms;

    ElectedLeaders(ClusterTermRepository terms) {
        this.terms = terms;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(NextYearLeadersElected event) {
        ClusterTerm term = terms.findById(event.termId()).orElseThrow(() -> new NotFoundException("clusterTerm"));
        term.recordElectedNextHead(event.headUnitId());
        term.recordElectedNextDeputies(event.deputyUnitIds());
    }
}
