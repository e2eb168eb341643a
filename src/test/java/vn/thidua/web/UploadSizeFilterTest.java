package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import vn.thidua.common.Flash;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

class UploadSizeFilterTest extends IntegrationTest {

    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    @Test
    void anUploadLargerThanTheServerAcceptsLeadsBackToTheFormWithAMessage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/admin/clusters/new")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .session(session)
                        .contentType("multipart/form-data; boundary=xyz")
                        .header("Referer", "http://localhost/admin/clusters/new?kind=BLOC")
                        .content(new byte[13 * 1024 * 1024]))
                .andExpect(redirectedUrl("/admin/clusters/new?kind=BLOC"));
        @SuppressWarnings("unchecked")
        List<FlashMap> flashes = (List<FlashMap>) session.getAttribute(FLASH_MAPS);
        assertThat(flashes)
                .singleElement()
                .satisfies(flash ->
                        assertThat(((Flash) flash.get(Flash.ATTRIBUTE)).key()).isEqualTo("upload.tooLarge"));
    }

    @Test
    void aFormOnAnotherSiteIsNotWhereTheAnswerLeads() throws Exception {
        mvc.perform(post("/admin/clusters/new")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .contentType("multipart/form-data; boundary=xyz")
                        .header("Referer", "http://evil.example/phish")
                        .content(new byte[13 * 1024 * 1024]))
                .andExpect(redirectedUrl("/"));
    }

    @LocalServerPort
    int port;

    /**
     * A body sent in chunks has no length to check beforehand: the server finds out while reading it. The person gets
     * the same answer as for any other upload too large, not the server's bare English error page. Sent to the real
     * server, since the limit is applied by the servlet container.
     */
    @Test
    void aChunkedUploadLargerThanTheServerAcceptsLeadsBackToTheFormWithAMessage() throws Exception {
        String base = "http://localhost:" + port;
        HttpClient client = signedInAsAdmin(base);
        String form = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/admin/clusters/new"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> answer =
                sendChunked(client, base + "/admin/clusters/new", csrfOf(form), base + "/admin/clusters/new?kind=BLOC");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/clusters/new?kind=BLOC"));
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(base + "/admin/clusters/new?kind=BLOC"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tệp tải lên quá lớn: mỗi tệp tối đa 10 MB.");
    }

    /**
     * The units import takes files of 2 MB: a chunked upload the server finds too large leads back to the import page
     * with the page's own message and limit, as an upload with a length does, not the general 10 MB one.
     */
    @Test
    void aChunkedUploadTooLargeForTheUnitsImportNamesThatPagesLimit() throws Exception {
        String base = "http://localhost:" + port;
        HttpClient client = signedInAsAdmin(base);
        String form = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/admin/units/import"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> answer =
                sendChunked(client, base + "/admin/units/import", csrfOf(form), base + "/admin/units/import");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/units/import?tooLarge"));
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(base + "/admin/units/import?tooLarge"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Tệp quá lớn: dung lượng tối đa là 2 MB.")
                .doesNotContain("tối đa 10 MB");
    }

    private static HttpClient signedInAsAdmin(String base) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String loginPage = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=thidua2026&_csrf="
                                + URLEncoder.encode(csrfOf(loginPage), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return client;
    }

    /** A 13 MB file posted to {@code url} in chunks: ofInputStream has no length, so no Content-Length is sent. */
    private static HttpResponse<String> sendChunked(HttpClient client, String url, String csrf, String referer)
            throws Exception {
        String boundary = "chunkedboundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest upload = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Referer", referer)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new SequenceInputStream(new ByteArrayInputStream(head), zeros(13 * 1024 * 1024)),
                        new ByteArrayInputStream(tail))))
                .build();
        return client.send(upload, HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(String page) {
        Matcher matcher =
                Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static InputStream zeros(long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
