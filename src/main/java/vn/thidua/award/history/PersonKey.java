package vn.thidua.award.history;

import vn.thidua.common.SearchText;

/** A person's name as awards are matched by it: without case, accents or extra spaces ("Nguyễn  Văn An" = "nguyen van an"). */
public final class PersonKey {

    private PersonKey() {}

    public static String of(String name) {
        return name == null ? "" : SearchText.key(name).replaceAll("\\s+", " ").trim();
    }
}
