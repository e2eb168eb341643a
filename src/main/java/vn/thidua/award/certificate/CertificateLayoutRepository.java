package vn.thidua.award.certificate;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateLayoutRepository extends JpaRepository<CertificateLayout, Long> {

    @Query("select distinct l from CertificateLayout l left join fetch l.boxes where l.organizerId = ?1")
    List<CertificateLayout> findByOrganizer(long organizerId);

    @Query("select l from CertificateLayout l left join fetch l.boxes where l.organizerId = ?1 and l.awardTypeId = ?2")
    Optional<CertificateLayout> findForType(long organizerId, long awardTypeId);

    @Query(
            "select l from CertificateLayout l left join fetch l.boxes where l.organizerId = ?1 and l.awardTypeId is null")
    Optional<CertificateLayout> findDefault(long organizerId);
}
