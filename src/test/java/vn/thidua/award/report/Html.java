package vn.thidua.award.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** Reads a page's marked elements back as text: enough for tables whose rows hold no nested element of their tag. */
public final class Html {

    private Html() {}

    /** The text of every element marked {@code data-testid="testId"}, tags removed and spaces collapsed. */
    public static List<String> texts(String html, String testId) {
        Pattern start = Pattern.compile("<([a-zA-Z0-9]+)[^>]*data-testid=\"" + Pattern.quote(testId) + "\"[^>]*>");
        Matcher m = start.matcher(html);
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            String tag = m.group(1);
            int end = html.indexOf("</" + tag + ">", m.end());
            texts.add(text(html.substring(m.end(), end < 0 ? html.length() : end)));
        }
        return texts;
    }

    /** The value of {@code attribute} of every element marked {@code data-testid="testId"}. */
    public static List<String> attributes(String html, String testId, String attribute) {
        Pattern start = Pattern.compile("<[a-zA-Z0-9]+[^>]*data-testid=\"" + Pattern.quote(testId) + "\"[^>]*>");
        Pattern value = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"");
        Matcher m = start.matcher(html);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            Matcher v = value.matcher(m.group());
            if (v.find()) {
                values.add(HtmlUtils.htmlUnescape(v.group(1)));
            }
        }
        return values;
    }

    /** The page's text, tags removed and spaces collapsed. */
    public static String text(String html) {
        return HtmlUtils.htmlUnescape(
                        html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " "))
                .replaceAll("\\s+", " ")
                .trim();
    }
}
