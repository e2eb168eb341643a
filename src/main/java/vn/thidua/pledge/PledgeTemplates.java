package vn.thidua.pledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;

/** Where a new draft's text comes from: the standard template, or last year's pledge of the same cluster. */
@Component
class PledgeTemplates {

    record TemplateTarget(String field, String name, String unit, String value) {}

    record TemplateFile(
            String title, String preamble, String goals, String commitments, List<TemplateTarget> targets) {}

    private final TemplateFile template;

    PledgeTemplates() {
        try (InputStream in = new ClassPathResource("pledge/template.json").getInputStream()) {
            this.template = JsonMapper.builder().build().readValue(in, TemplateFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The pledge template cannot be read", e);
        }
    }

    PledgeContent standard(ClusterYear term) {
        String cluster = term.clusterName();
        String year = Integer.toString(term.year());
        List<TargetDraft> targets = template.targets().stream()
                .map(t -> TargetDraft.common(
                        PledgeField.valueOf(t.field()),
                        t.name(),
                        t.unit(),
                        PledgeNumbers.parse(t.value()).orElse(null)))
                .toList();
        return new PledgeContent(
                fill(template.title(), cluster, year),
                null,
                fill(template.preamble(), cluster, year),
                fill(template.goals(), cluster, year),
                targets,
                fill(template.commitments(), cluster, year));
    }

    /**
     * Last year's text for this year: the year moved on, per-member values kept for units still members, and the place
     * of signing kept only when the head has not changed. {@code previousYear} is the cluster-year of {@code previous}.
     */
    PledgeContent fromPrevious(Pledge previous, ClusterYear previousYear, ClusterYear term) {
        String from = Integer.toString(previousYear.year());
        String to = Integer.toString(term.year());
        List<TargetDraft> targets = previous.getTargets().stream()
                .map(t -> {
                    Map<Long, java.math.BigDecimal> values = new TreeMap<>();
                    t.getMemberValues().forEach((unitId, value) -> {
                        if (term.hasMember(unitId)) {
                            values.put(unitId, value);
                        }
                    });
                    return new TargetDraft(
                            t.getField(),
                            replaceYear(t.getName(), from, to),
                            t.getUnitOfMeasure(),
                            t.getTargetValue(),
                            values);
                })
                .toList();
        // The pledge is signed where the cluster's head is: last year's place stays only with last year's head.
        Long headBefore = previousYear.head().map(ClusterYearMember::unitId).orElse(null);
        Long headNow = term.head().map(ClusterYearMember::unitId).orElse(null);
        String place = headNow != null && headNow.equals(headBefore) ? previous.getSigningPlace() : null;
        return new PledgeContent(
                replaceYear(previous.getTitle(), from, to),
                place,
                replaceYear(previous.getPreamble(), from, to),
                replaceYear(previous.getGoals(), from, to),
                targets,
                replaceYear(previous.getCommitments(), from, to));
    }

    private static String fill(String text, String cluster, String year) {
        return text == null ? null : text.replace("{cluster}", cluster).replace("{year}", year);
    }

    private static String replaceYear(String text, String from, String to) {
        return text == null ? null : text.replace(from, to);
    }
}
