package vn.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ThiDuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThiDuaApplication.class, args);
    }
}
