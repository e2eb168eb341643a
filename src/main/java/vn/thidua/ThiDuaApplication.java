package vn.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.thidua.infrastructure.FatalErrors;

@SpringBootApplication
public class ThiDuaApplication {

    public static void main(String[] args) {
        FatalErrors.install();
        SpringApplication.run(ThiDuaApplication.class, args);
    }
}
