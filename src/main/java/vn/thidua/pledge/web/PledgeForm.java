package vn.thidua.pledge.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.validation.BindingResult;
import vn.thidua.common.TextInput;
import vn.thidua.pledge.Pledge;
import vn.thidua.pledge.PledgeContent;
import vn.thidua.pledge.PledgeField;
import vn.thidua.pledge.PledgeNumbers;
import vn.thidua.pledge.PledgeTarget;
import vn.thidua.pledge.TargetDraft;

/** The draft as the form holds it: numbers stay text until saved, so that what the user typed comes back on errors. */
public class PledgeForm {

    static final int TITLE_MAX = 500;
    static final int PLACE_MAX = 200;
    static final int NAME_MAX = 500;
    static final int UNIT_MAX = 100;
    static final int TEXT_MAX = 20000;

    private long version;
    private String title;
    private String signingPlace;
    private String preamble;
    private String goals;
    private String commitments;
    private List<TargetRow> targets = new ArrayList<>();

    public static PledgeForm of(Pledge pledge, Locale locale) {
        PledgeForm form = new PledgeForm();
        form.version = pledge.getVersion();
        form.title = pledge.getTitle();
        form.signingPlace = pledge.getSigningPlace();
        form.preamble = pledge.getPreamble();
        form.goals = pledge.getGoals();
        form.commitments = pledge.getCommitments();
        for (PledgeTarget target : pledge.getTargets()) {
            TargetRow row = new TargetRow();
            row.setField(target.getField());
            row.setName(target.getName());
            row.setUnitOfMeasure(target.getUnitOfMeasure());
            row.setValue(PledgeNumbers.input(target.getTargetValue(), locale));
            target.getMemberValues()
                    .forEach((unitId, value) -> row.getMemberValues().put(unitId, PledgeNumbers.input(value, locale)));
            form.targets.add(row);
        }
        return form;
    }

    /** Checks and converts the input; errors go to {@code errors} with message keys, next to their fields. */
    PledgeContent toContent(BindingResult errors, Locale locale) {
        if (title == null || title.isBlank()) {
            errors.rejectValue("title", "pledge.title.required");
        } else if (title.strip().length() > TITLE_MAX) {
            errors.rejectValue("title", "pledge.tooLong", new Object[] {TITLE_MAX}, null);
        } else {
            TextInput.check(errors, "title", title, TITLE_MAX, false);
        }
        if (signingPlace != null && signingPlace.strip().length() > PLACE_MAX) {
            errors.rejectValue("signingPlace", "pledge.tooLong", new Object[] {PLACE_MAX}, null);
        } else {
            TextInput.check(errors, "signingPlace", signingPlace, PLACE_MAX, false);
        }
        for (String field : List.of("preamble", "goals", "commitments")) {
            String value = (String) errors.getFieldValue(field);
            if (value != null && value.length() > TEXT_MAX) {
                errors.rejectValue(field, "pledge.tooLong", new Object[] {TEXT_MAX}, null);
            } else {
                TextInput.check(errors, field, value, TEXT_MAX, true);
            }
        }
        List<TargetDraft> drafts = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetRow row = targets.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String path = "targets[" + i + "].";
            Object[] number = {i + 1};
            if (row.getName() == null || row.getName().isBlank()) {
                errors.rejectValue(path + "name", "pledge.target.nameRequired", number, null);
            } else if (row.getName().strip().length() > NAME_MAX) {
                errors.rejectValue(path + "name", "pledge.tooLong", new Object[] {NAME_MAX}, null);
            } else {
                TextInput.check(errors, path + "name", row.getName(), NAME_MAX, false);
            }
            if (row.getUnitOfMeasure() != null && row.getUnitOfMeasure().strip().length() > UNIT_MAX) {
                errors.rejectValue(path + "unitOfMeasure", "pledge.tooLong", new Object[] {UNIT_MAX}, null);
            } else {
                TextInput.check(errors, path + "unitOfMeasure", row.getUnitOfMeasure(), UNIT_MAX, false);
            }
            if (row.getField() == null) {
                errors.rejectValue(path + "field", "pledge.target.fieldRequired", number, null);
            }
            BigDecimal value = parse(errors, path + "value", row.getValue(), number, locale)
                    .orElse(null);
            Map<Long, BigDecimal> memberValues = new TreeMap<>();
            row.getMemberValues()
                    .forEach(
                            (unitId, text) -> parse(errors, path + "memberValues[" + unitId + "]", text, number, locale)
                                    .ifPresent(parsed -> memberValues.put(unitId, parsed)));
            if (value != null && !memberValues.isEmpty()) {
                errors.rejectValue(path + "value", "pledge.target.bothValues", new Object[] {row.getName()}, null);
            }
            if (!errors.hasErrors()) {
                drafts.add(new TargetDraft(row.getField(), row.getName(), row.getUnitOfMeasure(), value, memberValues));
            }
        }
        return new PledgeContent(title, signingPlace, preamble, goals, drafts, commitments);
    }

    private static Optional<BigDecimal> parse(
            BindingResult errors, String path, String text, Object[] number, Locale locale) {
        try {
            return PledgeNumbers.parse(text, locale);
        } catch (NumberFormatException e) {
            errors.rejectValue(path, "pledge.target.valueNotNumber", new Object[] {number[0], text}, null);
            return Optional.empty();
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSigningPlace() {
        return signingPlace;
    }

    public void setSigningPlace(String signingPlace) {
        this.signingPlace = signingPlace;
    }

    public String getPreamble() {
        return preamble;
    }

    public void setPreamble(String preamble) {
        this.preamble = preamble;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getCommitments() {
        return commitments;
    }

    public void setCommitments(String commitments) {
        this.commitments = commitments;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public void setTargets(List<TargetRow> targets) {
        this.targets = targets;
    }

    /** One target row of the form. */
    public static class TargetRow {
        private PledgeField field = PledgeField.ECONOMY_SOCIETY;
        private String name;
        private String unitOfMeasure;
        private String value;
        private Map<Long, String> memberValues = new LinkedHashMap<>();

        boolean isBlank() {
            return blank(name)
                    && blank(unitOfMeasure)
                    && blank(value)
                    && memberValues.values().stream().allMatch(TargetRow::blank);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        public boolean hasMemberValues() {
            return memberValues.values().stream().anyMatch(v -> !blank(v));
        }

        public PledgeField getField() {
            return field;
        }

        public void setField(PledgeField field) {
            this.field = field;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnitOfMeasure() {
            return unitOfMeasure;
        }

        public void setUnitOfMeasure(String unitOfMeasure) {
            this.unitOfMeasure = unitOfMeasure;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public Map<Long, String> getMemberValues() {
            return memberValues;
        }

        public void setMemberValues(Map<Long, String> memberValues) {
            this.memberValues = memberValues;
        }
    }
}
