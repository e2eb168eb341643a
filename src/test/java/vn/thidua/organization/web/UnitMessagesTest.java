package vn.thidua.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The units' texts: both languages have the same keys, and every key the unit pages name exists. */
class UnitMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = UnitMessagesTest.class.getResourceAsStream("/messages/" + name + ".properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("units_en").stringPropertyNames())
                .isEqualTo(load("units").stringPropertyNames());
    }

    @Test
    void everyKeyTheUnitPagesNameExists() throws IOException {
        Set<String> known = new HashSet<>(load("units").stringPropertyNames());
        known.addAll(load("common").stringPropertyNames());
        // The unit's page links to its award history with the history feature's own label.
        known.addAll(load("history").stringPropertyNames());
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/organization/units"))) {
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
}
