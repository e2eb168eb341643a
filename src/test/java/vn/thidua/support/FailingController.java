package vn.thidua.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page that fails unexpectedly, to prove what users see when something breaks. */
@Controller
public class FailingController {

    public static final String PATH = "/test/unexpected-failure";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("a failure the user must never see the details of");
    }
}
