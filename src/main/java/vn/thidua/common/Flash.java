package vn.thidua.common;

import java.io.Serial;
import java.io.Serializable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A message shown once on the page a redirect leads to, by message key. The layout renders it. */
public record Flash(String kind, String key, Object[] args) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ATTRIBUTE = "flash";

    public static void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("success", key, args));
    }

    /** Information that is neither a success nor an error (such as why the page asked for is not shown). */
    public static void info(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("info", key, args));
    }

    public static void error(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("danger", key, args));
    }
}
