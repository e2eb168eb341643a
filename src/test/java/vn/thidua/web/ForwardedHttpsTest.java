package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.support.IntegrationTest;

/** Behind a TLS proxy the application knows that the browser's request was HTTPS, through the real server. */
class ForwardedHttpsTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aRequestForwardedFromHttpsGetsASecureSessionCookieAndHsts() throws Exception {
        HttpResponse<String> response = get("https");
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("; Secure")
                        .contains("HttpOnly"));
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void aPlainHttpRequestGetsNeither() throws Exception {
        HttpResponse<String> response = get(null);
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContain("Secure"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> get(String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .GET();
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }
}
