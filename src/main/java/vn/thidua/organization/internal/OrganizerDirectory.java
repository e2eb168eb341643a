package vn.thidua.organization.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.ClusterSummary;
import vn.thidua.organization.OrganizerSummary;
import vn.thidua.organization.Organizers;

/** The organisers as records, for the other features (see {@link Organizers}). */
@Component
@Transactional(readOnly = true)
class OrganizerDirectory implements Organizers {

    private final OrganizerRepository organizers;
    private final EntityManager entityManager;

    OrganizerDirectory(OrganizerRepository organizers, EntityManager entityManager) {
        this.organizers = organizers;
        this.entityManager = entityManager;
    }

    @Override
    public OrganizerSummary get(long organizerId) {
        return RequestMemo.<Optional<Organizer>>get(
                        RequestMemo.ORGANIZER, organizerId, () -> organizers.findById(organizerId))
                .map(o -> new OrganizerSummary(o.getId(), o.getName(), o.getWorkingYear()))
                .orElseThrow(() -> new NotFoundException("organizer"));
    }

    @Override
    public List<OrganizerSummary> central() {
        return entityManager
                .createQuery("select o from Organizer o where o.kind = :kind order by o.name, o.id", Organizer.class)
                .setParameter("kind", OrganizerKind.CENTRAL)
                .getResultList()
                .stream()
                .map(o -> new OrganizerSummary(o.getId(), o.getName(), o.getWorkingYear()))
                .toList();
    }

    @Override
    public List<ClusterSummary> clusters(long organizerId) {
        return entityManager
                .createQuery(
                        "select c from Cluster c where c.organizerId = :organizerId order by c.kind, c.code",
                        Cluster.class)
                .setParameter("organizerId", organizerId)
                .getResultList()
                .stream()
                .map(c -> new ClusterSummary(c.getId(), c.getOrganizerId(), c.getCode(), c.getName(), c.getKind()))
                .toList();
    }
}
