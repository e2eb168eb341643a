package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.IntegrationTest;

/**
 * Every code the application can write into the audit trail has a name in Vietnamese and in English: each feature's
 * declared actions, kinds of record, fields and coded values, and (read from the source, so that a code added without
 * declaring it fails here too) every action, kind and field that a call to {@code AuditEntry.of} or an
 * {@code auditState()} records.
 */
class AuditVocabularyTest extends IntegrationTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern ACTION = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_?)\"");
    private static final Pattern KIND = Pattern.compile("\"([A-Z][a-z]+(?:[A-Z][a-z]+)*)\"");
    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"([^\"]*)\"");
    private static final Pattern NAME = Pattern.compile("\\b(?:(\\w+)\\.)?([A-Z][A-Z0-9_]*)\\b");
    private static final Pattern PUT = Pattern.compile("\\.put\\(\"(\\w+)\"");
    private static final Pattern MAP_KEY = Pattern.compile("Map\\.of\\(\"(\\w+)\"|,\\s*\"(\\w+)\",");

    @Autowired
    AuditView view;

    @Test
    void everyDeclaredCodeHasANameInBothLanguages() throws IOException {
        Set<String> vietnamese = keys(false);
        Set<String> english = keys(true);
        Set<String> needed = new TreeSet<>();
        for (AuditVocabulary vocabulary : view.vocabularies()) {
            vocabulary.actions().forEach(action -> needed.add("audit.action." + action));
            vocabulary.records().forEach((kind, fields) -> {
                needed.add("audit.entity." + kind);
                fields.fields().forEach((field, how) -> {
                    boolean shared =
                            vietnamese.contains("audit.field." + field) && english.contains("audit.field." + field);
                    if (!shared) {
                        needed.add("audit.field." + kind + "." + field);
                    }
                    needed.addAll(how.codes().values());
                });
                fields.other().ifPresent(other -> needed.add("audit.field." + kind + ".other"));
            });
        }
        assertThat(needed).hasSizeGreaterThan(150);
        assertThat(missing(needed, vietnamese)).as("without a Vietnamese name").isEmpty();
        assertThat(missing(needed, english)).as("without an English name").isEmpty();
    }

    @Test
    void everyActionKindAndFieldTheSourceRecordsIsDeclared() throws IOException {
        Set<String> actions = new HashSet<>();
        Map<String, Set<String>> fieldsByKind = new HashMap<>();
        Set<String> otherKinds = new HashSet<>();
        for (AuditVocabulary vocabulary : view.vocabularies()) {
            actions.addAll(vocabulary.actions());
            vocabulary.records().forEach((kind, fields) -> {
                fieldsByKind
                        .computeIfAbsent(kind, k -> new HashSet<>())
                        .addAll(fields.fields().keySet());
                fields.other().ifPresent(o -> otherKinds.add(kind));
            });
        }
        Set<String> declaredFields = new HashSet<>();
        fieldsByKind.values().forEach(declaredFields::addAll);

        Map<String, String> constants = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        Map<Path, String> sources = new HashMap<>();
        for (Path file : files) {
            String source = Files.readString(file);
            sources.put(file, source);
            Matcher constant = CONSTANT.matcher(source);
            String type = file.getFileName().toString().replace(".java", "");
            while (constant.find()) {
                constants.put(type + "." + constant.group(1), constant.group(2));
            }
        }

        Set<String> undeclared = new TreeSet<>();
        int calls = 0;
        for (Map.Entry<Path, String> entry : sources.entrySet()) {
            String type = entry.getKey().getFileName().toString().replace(".java", "");
            String source = entry.getValue();
            for (String call : calls(source, "AuditEntry.of(")) {
                calls++;
                Set<String> literals = new HashSet<>();
                Matcher name = NAME.matcher(call);
                while (name.find()) {
                    String owner = name.group(1) == null ? type : name.group(1);
                    String value = constants.get(owner + "." + name.group(2));
                    if (value != null) {
                        literals.add("\"" + value + "\"");
                    }
                }
                literals.add(call);
                for (String text : literals) {
                    Matcher action = ACTION.matcher(text);
                    while (action.find()) {
                        String code = action.group(1);
                        boolean known = code.endsWith("_")
                                ? actions.stream().anyMatch(a -> a.startsWith(code))
                                : actions.contains(code);
                        if (!known) {
                            undeclared.add(type + ": action " + code);
                        }
                    }
                    Matcher kind = KIND.matcher(text);
                    while (kind.find()) {
                        if (!fieldsByKind.containsKey(kind.group(1))) {
                            undeclared.add(type + ": kind of record " + kind.group(1));
                        }
                    }
                }
                for (String values : calls(call, "withValues(")) {
                    Matcher key = MAP_KEY.matcher(values);
                    while (key.find()) {
                        String field = key.group(1) != null ? key.group(1) : key.group(2);
                        if (!declaredFields.contains(field)) {
                            undeclared.add(type + ": field " + field);
                        }
                    }
                }
            }
            for (String state : methodBodies(source, "\\w*State\\(")) {
                Matcher put = PUT.matcher(state);
                while (put.find()) {
                    if (!declaredFields.contains(put.group(1))) {
                        undeclared.add(type + ": field " + put.group(1));
                    }
                }
            }
        }
        assertThat(calls).as("calls to AuditEntry.of found in the source").isGreaterThan(40);
        assertThat(undeclared)
                .as("recorded but not declared in a feature's AuditVocabulary")
                .isEmpty();
    }

    /** The argument lists of every call to {@code opening} in {@code source}, up to the matching parenthesis. */
    private static List<String> calls(String source, String opening) {
        List<String> found = new java.util.ArrayList<>();
        int at = source.indexOf(opening);
        while (at >= 0) {
            found.add(balanced(source, at + opening.length() - 1));
            at = source.indexOf(opening, at + opening.length());
        }
        return found;
    }

    /** The bodies of the methods whose name matches {@code name} (a pattern ending with the opening parenthesis). */
    private static List<String> methodBodies(String source, String name) {
        List<String> found = new java.util.ArrayList<>();
        Matcher declaration = Pattern.compile("\\b" + name + "[^)]*\\)\\s*\\{").matcher(source);
        while (declaration.find()) {
            int open = declaration.end() - 1;
            int depth = 0;
            for (int i = open; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    found.add(source.substring(open, i + 1));
                    break;
                }
            }
        }
        return found;
    }

    private static String balanced(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                // Carry on through a chain of .withValues(...).withReason(...) on the same entry.
                int next = i + 1;
                while (next < source.length() && Character.isWhitespace(source.charAt(next))) {
                    next++;
                }
                if (source.startsWith(".with", next)) {
                    int paren = source.indexOf('(', next);
                    return source.substring(open, paren) + balanced(source, paren);
                }
                return source.substring(open, i + 1);
            }
        }
        return source.substring(open);
    }

    private static Set<String> missing(Set<String> needed, Set<String> known) {
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(known);
        return missing;
    }

    private static Set<String> keys(boolean english) throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(english ? "_en.properties" : ".properties")
                            && (english || !f.toString().endsWith("_en.properties")))
                    .toList()) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                keys.addAll(properties.stringPropertyNames());
            }
        }
        return keys;
    }
}
