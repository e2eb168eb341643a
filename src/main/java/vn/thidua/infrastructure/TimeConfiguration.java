package vn.thidua.infrastructure;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.common.BusinessTime;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /**
     * The one source of "now": code that needs the time or today's date takes this clock (and reads today in
     * {@link BusinessTime#ZONE}), so that a test can put a fixed clock in its place.
     */
    @Bean
    Clock clock() {
        return Clock.system(BusinessTime.ZONE);
    }
}
