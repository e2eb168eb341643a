package vn.thidua.award.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.award.publicity.PublicAwardList;
import vn.thidua.award.publicity.Publicity;
import vn.thidua.common.Flash;

/**
 * The public list of an organiser's awards (công khai), open without signing in, and the small page where its
 * administrator chooses whether it also shows the proposals under consideration.
 */
@Controller
class PublicAwardController {

    static final String LIST = "award/public/list";
    static final String SETTING = "award/public/setting";

    private final PublicAwardList list;
    private final Publicity publicity;

    PublicAwardController(PublicAwardList list, Publicity publicity) {
        this.list = list;
        this.publicity = publicity;
    }

    @GetMapping("/public/awards/{organizerCode}/{year:\\d{4}}")
    String list(
            @PathVariable String organizerCode,
            @PathVariable int year,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            Model model) {
        model.addAttribute("listing", list.list(organizerCode, year, q, number(page)));
        return LIST;
    }

    /** The list of the organiser's working year. */
    @GetMapping("/public/awards/{organizerCode}")
    String current(@PathVariable String organizerCode) {
        int year = list.workingYear(organizerCode);
        return "redirect:/public/awards/"
                + org.springframework.web.util.UriUtils.encodePathSegment(
                        organizerCode, java.nio.charset.StandardCharsets.UTF_8)
                + "/" + year;
    }

    @GetMapping("/admin/publicity")
    String setting(Model model) {
        model.addAttribute("setting", publicity.view());
        return SETTING;
    }

    @PostMapping("/admin/publicity")
    String change(
            @RequestParam(required = false) String showPending,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        Long seen = null;
        if (version != null && !version.isBlank()) {
            seen = (long) number(version);
            if (seen < 0 || version.length() > 18) {
                Flash.error(redirect, "error.form.hiddenField");
                return "redirect:/admin/publicity";
            }
        }
        try {
            publicity.change("true".equals(showPending), seen);
            Flash.success(redirect, "publicity.saved");
        } catch (OptimisticLockingFailureException e) {
            Flash.error(redirect, "error.conflict");
        }
        return "redirect:/admin/publicity";
    }

    /** A page number or version from an address or a hidden field: anything but a small whole number is -1 or 0. */
    private static int number(String text) {
        if (text == null || text.isBlank() || text.length() > 9) {
            return text == null || text.isBlank() ? 0 : -1;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
