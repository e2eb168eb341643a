package vn.thidua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class RequestMemoTest {

    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private Integer read() {
        return RequestMemo.get(RequestMemo.ORGANIZER, 7L, reads::incrementAndGet);
    }

    private static void inRequest(String method) {
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest(method, "/scoring/rounds/1")));
    }

    @Test
    void aPageThatReadsAsksOnceForTheSameThing() {
        inRequest("GET");
        assertThat(read()).isEqualTo(1);
        assertThat(read()).isEqualTo(1);
        assertThat(RequestMemo.get(RequestMemo.ORGANIZER, 8L, reads::incrementAndGet))
                .isEqualTo(2);
        inRequest("GET");
        assertThat(read()).as("a new request reads afresh").isEqualTo(3);
    }

    @Test
    void aRequestThatChangesThingsAndWorkOutsideARequestAlwaysReadAfresh() {
        inRequest("POST");
        read();
        read();
        assertThat(reads).hasValue(2);
        RequestContextHolder.resetRequestAttributes();
        read();
        read();
        assertThat(reads).hasValue(4);
    }
}
