package vn.thidua.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FatalErrorsTest {

    @Test
    void anErrorThatEscapesAThreadStopsTheProcess() throws InterruptedException {
        List<Integer> halted = new ArrayList<>();
        Thread poller = new Thread(
                () -> {
                    throw new OutOfMemoryError("Java heap space");
                },
                "http-nio-poller");
        poller.setUncaughtExceptionHandler(new FatalErrors(halted::add));
        poller.start();
        poller.join();
        assertThat(halted).containsExactly(FatalErrors.EXIT_STATUS);

        new FatalErrors(halted::add).uncaughtException(Thread.currentThread(), new StackOverflowError());
        assertThat(halted).hasSize(2);
    }

    @Test
    void anExceptionThatEscapesAThreadIsOnlyLogged() {
        List<Integer> halted = new ArrayList<>();
        new FatalErrors(halted::add)
                .uncaughtException(Thread.currentThread(), new IllegalStateException("one task failed"));
        assertThat(halted).isEmpty();
    }
}
