package vn.thidua.award.minutes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.award.vote.CandidateOutcome;
import vn.thidua.award.vote.VoteOutcome;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.UnitSummary;
import vn.thidua.scoring.FinalRanking;

/**
 * Everything the minutes page and the minutes documents show: the cluster-year, its closed vote (empty before the
 * vote is closed), the ranking, the meeting's details once entered, the signed scan, and what the viewer may do.
 */
public record MinutesView(
        ClusterYear clusterYear,
        Optional<VoteOutcome> vote,
        Optional<FinalRanking> ranking,
        Optional<VoteMinutes> minutes,
        List<TypeResult> results,
        Map<Long, UnitSummary> units,
        Optional<SignedMinutesFile> scan,
        boolean canEdit,
        boolean canUploadScan) {

    /** One award type's candidates in the vote, with the rule they had to reach. */
    public record TypeResult(
            long awardTypeId,
            String name,
            String ruleKey,
            BigDecimal sharePercent,
            List<CandidateOutcome> candidates) {}

    public MinutesView {
        results = List.copyOf(results);
        units = Map.copyOf(units);
    }

    public boolean voteClosed() {
        return vote.isPresent();
    }

    public String unitName(long unitId) {
        UnitSummary unit = units.get(unitId);
        return unit == null ? "" : unit.name();
    }

    public Optional<String> nextHeadName() {
        return vote.flatMap(VoteOutcome::nextHeadUnitId).map(this::unitName);
    }

    public List<String> nextDeputyNames() {
        return vote.map(v -> v.nextDeputyUnitIds().stream().map(this::unitName).toList())
                .orElse(List.of());
    }

    public List<ClusterYearMember> members() {
        return clusterYear.members();
    }

    public List<ClusterYearMember> present() {
        return minutes.map(m -> clusterYear.members().stream()
                        .filter(member -> m.attendanceOf(member.unitId())
                                .map(Attendance::isPresent)
                                .orElse(false))
                        .toList())
                .orElse(List.of());
    }

    public List<ClusterYearMember> absent() {
        return minutes.map(m -> clusterYear.members().stream()
                        .filter(member -> !m.attendanceOf(member.unitId())
                                .map(Attendance::isPresent)
                                .orElse(false))
                        .toList())
                .orElse(List.of());
    }

    public String absenceReason(long unitId) {
        return minutes.flatMap(m -> m.attendanceOf(unitId))
                .map(Attendance::getAbsenceReason)
                .orElse(null);
    }
}
