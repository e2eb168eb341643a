package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Browsers silently drop the rest of a stylesheet after an unclosed block, so the build checks it. */
class StylesheetTest {

    @Test
    void everyBlockOfTheStylesheetIsClosed() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/app.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("nesting at line %d", line).isBetween(0, 2);
        }
        assertThat(depth).isZero();
    }
}
