package vn.thidua.scoring;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thidua.common.DisplayFormat;
import vn.thidua.notification.NotificationMessage;
import vn.thidua.notification.Notifications;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;

/**
 * Who is told what at each step of scoring: the members when self-scoring opens, is about to close and when the
 * results are published; the head (the administrators for the head's own unit) when a sheet is submitted or
 * explained; the unit when its scores are adjusted or
 * corrected (with the reason) and when its sheet is final. In-app, and by e-mail where configured.
 */
@Component
class ScoringNotifications {

    private final Notifications notifications;
    private final ClusterYears clusterYears;
    private final Units units;
    private final ScoringNames names;

    ScoringNotifications(Notifications notifications, ClusterYears clusterYears, Units units, ScoringNames names) {
        this.notifications = notifications;
        this.clusterYears = clusterYears;
        this.units = units;
        this.names = names;
    }

    int opened(ScoringRound round) {
        return notifications.notifyUnits(
                members(round),
                NotificationMessage.of(
                        "notification.scoring.opened",
                        roundLink(round),
                        clusterYear(round),
                        date(round.getSelfScoringDeadline())));
    }

    /** A reminder to the units whose sheets are still drafts. */
    int closingSoon(ScoringRound round, Collection<Long> unitIds) {
        return notifications.notifyUnits(
                unitIds,
                NotificationMessage.of(
                        "notification.scoring.closingSoon",
                        roundLink(round),
                        clusterYear(round),
                        date(round.getSelfScoringDeadline())));
    }

    void submitted(ScoreSheet sheet) {
        toHead(
                sheet,
                NotificationMessage.of(
                        "notification.scoring.submitted",
                        sheetLink(sheet),
                        names.unit(sheet).name(),
                        clusterYear(sheet.getRound())));
    }

    void adjusted(ScoreSheet sheet, List<ScoreLine> adjusted) {
        if (adjusted.isEmpty()) {
            return;
        }
        String reasons = adjusted.stream()
                .map(l -> l.getNode().getCode() + ": " + l.getReviewReason())
                .collect(Collectors.joining("; "));
        toUnit(
                sheet,
                NotificationMessage.of(
                        "notification.scoring.adjusted",
                        sheetLink(sheet),
                        clusterYear(sheet.getRound()),
                        reasons,
                        date(sheet.getRound().getExplanationDeadline())));
    }

    void corrected(ScoreSheet sheet, String code, String reason) {
        toUnit(
                sheet,
                NotificationMessage.of(
                        "notification.scoring.corrected",
                        sheetLink(sheet),
                        clusterYear(sheet.getRound()),
                        code,
                        reason));
    }

    void explained(ScoreSheet sheet, boolean declined) {
        toHead(
                sheet,
                NotificationMessage.of(
                        declined ? "notification.scoring.declined" : "notification.scoring.explained",
                        sheetLink(sheet),
                        names.unit(sheet).name(),
                        clusterYear(sheet.getRound())));
    }

    void finalised(ScoreSheet sheet) {
        toUnit(
                sheet,
                NotificationMessage.of(
                        "notification.scoring.finalised", sheetLink(sheet), clusterYear(sheet.getRound())));
    }

    int published(ScoringRound round) {
        return notifications.notifyUnits(
                members(round),
                NotificationMessage.of(
                        "notification.scoring.published",
                        "/scoring/rounds/" + round.getId() + "/ranking",
                        clusterYear(round)));
    }

    /** To the sheet's reviewer: the cluster's head, or for the head's own unit the organiser's administrators. */
    private void toHead(ScoreSheet sheet, NotificationMessage message) {
        java.util.Optional<Long> head = clusterYears
                .get(sheet.getRound().getClusterYearId())
                .head()
                .map(ClusterYearMember::unitId)
                .filter(id -> !id.equals(sheet.getUnitId()));
        if (head.isPresent()) {
            notifications.notifyUnits(List.of(head.get()), message);
        } else {
            notifications.notifyAdministrators(sheet.getRound().getTable().getOrganizerId(), message);
        }
    }

    private void toUnit(ScoreSheet sheet, NotificationMessage message) {
        notifications.notifyUnits(List.of(sheet.getUnitId()), message);
    }

    /** The round's member units still active. */
    private List<Long> members(ScoringRound round) {
        List<Long> memberIds = clusterYears.get(round.getClusterYearId()).members().stream()
                .map(ClusterYearMember::unitId)
                .sorted()
                .toList();
        java.util.Map<Long, UnitSummary> found = units.byIds(memberIds);
        return memberIds.stream()
                .filter(id -> found.containsKey(id) && found.get(id).active())
                .toList();
    }

    private static String roundLink(ScoringRound round) {
        return "/scoring/rounds/" + round.getId();
    }

    private static String sheetLink(ScoreSheet sheet) {
        return "/scoring/sheets/" + sheet.getId();
    }

    private String clusterYear(ScoringRound round) {
        return names.summary(round);
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "—" : DisplayFormat.DATE.format(date);
    }
}
