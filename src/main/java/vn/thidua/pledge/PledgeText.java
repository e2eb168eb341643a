package vn.thidua.pledge;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Small helpers for showing a pledge's text on pages and in documents. */
public final class PledgeText {

    private PledgeText() {}

    /** The paragraphs of a multi-line field, blank lines dropped. */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** The numbered field headings of the document: I., II., III., IV. */
    public static String roman(int number) {
        return switch (number) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            case 5 -> "V";
            case 6 -> "VI";
            default -> Integer.toString(number);
        };
    }

    /** The date parts of the place and date line ("Kiên Hải, ngày 24 tháng 3 năm 2021"). */
    public static int[] dateParts(LocalDate date) {
        return new int[] {date.getDayOfMonth(), date.getMonthValue(), date.getYear()};
    }
}
