package vn.thidua.award.minutes;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a cluster-year has signed minutes, for the proposal: its dossier needs them. Checks nobody's rights: the
 * caller decides, through the access policy, who may know. The file itself is downloaded from the minutes page
 * ({@code /award/cluster-years/{id}/minutes/scan}), which applies the page's rule.
 */
@Component
@Transactional(readOnly = true)
public class SignedMinutes {

    private final MinutesScanRepository scans;

    SignedMinutes(MinutesScanRepository scans) {
        this.scans = scans;
    }

    /** The signed scan of the cluster-year's minutes (id, name, type, size, when), or empty when none is uploaded. */
    public Optional<SignedMinutesFile> of(long clusterYearId) {
        return scans.findInfo(clusterYearId);
    }

    public boolean exists(long clusterYearId) {
        return of(clusterYearId).isPresent();
    }
}
