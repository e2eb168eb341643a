package vn.thidua.pledge.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The short link of a pledge's verification page: {@code <base url>/verify/<code>}. */
@Component
class VerificationLinks {

    private final String baseUrl;

    VerificationLinks(@Value("${thidua.public-base-url:}") String baseUrl) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }

    /** The link without the code; the base URL is the configured one, or the address this request came to. */
    String prefix(HttpServletRequest request) {
        String base = baseUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromContextPath(request).toUriString()
                : baseUrl;
        return base + "/verify/";
    }
}
