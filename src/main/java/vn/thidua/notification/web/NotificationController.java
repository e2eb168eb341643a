package vn.thidua.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.common.Flash;
import vn.thidua.notification.Notifications;

@Controller
class NotificationController {

    static final String VIEW = "notification/list";

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", notifications.mine(page));
        return VIEW;
    }

    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id) {
        String link = notifications
                .open(id)
                .filter(l -> l.startsWith("/") && !l.startsWith("//"))
                .orElse("/notifications");
        return "redirect:" + link;
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        int count = notifications.markAllRead();
        Flash.success(redirect, "notification.readAll.done", count);
        return "redirect:/notifications";
    }
}
