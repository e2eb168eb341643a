package vn.thidua.award.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.award.decision.DecisionCommand;

/** The record form of a decision: its header as typed and the accepted items chosen, with their achievement texts. */
public class DecisionRecordForm extends DecisionHeaderForm {

    private String year;
    private List<Long> items = new ArrayList<>();
    private Map<Long, String> achievements = new LinkedHashMap<>();

    DecisionCommand toCommand() {
        List<DecisionCommand.Choice> choices = new ArrayList<>();
        for (Long item : items) {
            if (item != null) {
                choices.add(new DecisionCommand.Choice(item, achievements.get(item)));
            }
        }
        return new DecisionCommand(
                getNumber(),
                getDecidedOn(),
                getAuthority(),
                getSignerName(),
                getSignerTitle(),
                getSubject(),
                yearNumber(),
                choices);
    }

    Integer yearNumber() {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(year.strip());
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public List<Long> getItems() {
        return items;
    }

    public void setItems(List<Long> items) {
        this.items = items == null ? new ArrayList<>() : items;
    }

    public Map<Long, String> getAchievements() {
        return achievements;
    }

    public void setAchievements(Map<Long, String> achievements) {
        this.achievements = achievements == null ? new LinkedHashMap<>() : achievements;
    }
}
