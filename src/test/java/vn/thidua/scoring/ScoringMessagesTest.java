package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scoring texts: both languages have the same keys, every key the scoring pages name exists, and they parse. */
class ScoringMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ScoringMessagesTest.class.getResourceAsStream("/messages/" + name + ".properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("scoring_en").stringPropertyNames())
                .isEqualTo(load("scoring").stringPropertyNames());
    }

    @Test
    void everyKeyTheScoringPagesNameExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : new String[] {"scoring", "common", "pledge"}) {
            known.addAll(load(bundle).stringPropertyNames());
        }
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/scoring"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                Matcher matcher = key.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void messagesWithArgumentsAreValidMessageFormatPatterns() throws IOException {
        for (String bundle : new String[] {"scoring", "scoring_en"}) {
            Properties messages = load(bundle);
            for (String name : messages.stringPropertyNames()) {
                String text = messages.getProperty(name);
                if (text.contains("{0")) {
                    String formatted = new MessageFormat(text).format(new Object[] {1, 2, 3, 4});
                    assertThat(formatted)
                            .as(bundle + ": " + name)
                            .doesNotContain("{0")
                            .doesNotContain("{1");
                    // A single apostrophe would swallow the text after it.
                    assertThat(text.replace("''", "")).as(bundle + ": " + name).doesNotContain("'");
                }
            }
        }
    }
}
