package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message exists in Vietnamese and in English, so that neither language shows a raw key. */
class MessageBundlesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path vietnamese : files.filter(f -> f.toString().endsWith(".properties")
                            && !f.toString().endsWith("_en.properties"))
                    .toList()) {
                Path english =
                        MESSAGES.resolve(vietnamese.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english)
                        .as("English bundle for " + vietnamese.getFileName())
                        .exists();
                Set<String> vi = keys(vietnamese);
                Set<String> en = keys(english);
                Set<String> onlyVi = new TreeSet<>(vi);
                onlyVi.removeAll(en);
                Set<String> onlyEn = new TreeSet<>(en);
                onlyEn.removeAll(vi);
                if (!onlyVi.isEmpty()) {
                    problems.add(vietnamese.getFileName() + " has no English for " + onlyVi);
                }
                if (!onlyEn.isEmpty()) {
                    problems.add(english.getFileName() + " has no Vietnamese for " + onlyEn);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                known.addAll(keys(file));
            }
        }
        // Literal keys only: #{some.key} or #{some.key(args)}; computed keys (#{${...}}) are checked by the pages'
        // tests.
        java.util.regex.Pattern literalKey = java.util.regex.Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(f -> f.toString().endsWith(".html")).toList()) {
                String markup = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
                java.util.regex.Matcher matcher = literalKey.matcher(markup);
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
