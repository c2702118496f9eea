package org.protocolplanner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ProtocolPlannerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProtocolPlannerApplication.class, args);
    }
}
