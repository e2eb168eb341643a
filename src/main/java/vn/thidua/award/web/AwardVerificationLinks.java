package vn.thidua.award.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The absolute link of an award's public verification page: {@code <base url>/verify/award/<code>}. */
@Component
class AwardVerificationLinks {

    private final String baseUrl;

    AwardVerificationLinks(@Value("${thidua.public-base-url:}") String baseUrl) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }

    /** The link without the code; the base URL is the configured one, or the address this request came to. */
    String prefix(HttpServletRequest request) {
        String base = baseUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromContextPath(request).toUriString()
                : baseUrl;
        return base + "/verify/award/";
    }
}
