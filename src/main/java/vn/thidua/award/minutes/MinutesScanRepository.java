package vn.thidua.award.minutes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MinutesScanRepository extends JpaRepository<MinutesScan, Long> {

    Optional<MinutesScan> findByMinutesId(long minutesId);

    /** The scan's name and size without its content. */
    @Query("""
            select new vn.thidua.award.minutes.SignedMinutesFile(s.id, m.clusterYearId, s.fileName, s.contentType,
                s.sizeBytes, s.uploadedAt)
            from MinutesScan s, VoteMinutes m where m.id = s.minutesId and m.clusterYearId = :clusterYearId""")
    Optional<SignedMinutesFile> findInfo(long clusterYearId);
}
