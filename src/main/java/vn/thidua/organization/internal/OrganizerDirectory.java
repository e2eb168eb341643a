package vn.thidua.organization.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
                .map(OrganizerDirectory::summary)
                .orElseThrow(() -> new NotFoundException("organizer"));
    }

    @Override
    public List<OrganizerSummary> central() {
        return entityManager
                .createQuery("select o from Organizer o where o.kind = :kind order by o.name, o.id", Organizer.class)
                .setParameter("kind", OrganizerKind.CENTRAL)
                .getResultList()
                .stream()
                .map(OrganizerDirectory::summary)
                .toList();
    }

    @Override
    public Map<Long, OrganizerSummary> byIds(Collection<Long> organizerIds) {
        if (organizerIds.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery("select o from Organizer o where o.id in :ids", Organizer.class)
                .setParameter("ids", organizerIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Organizer::getId, OrganizerDirectory::summary));
    }

    private static OrganizerSummary summary(Organizer o) {
        return new OrganizerSummary(
                o.getId(), o.getCode(), o.getName(), o.getWorkingYear(), o.getKind() == OrganizerKind.CENTRAL);
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
