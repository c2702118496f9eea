package org.protocolplanner.demo;

import org.protocolplanner.security.AccountBootstrap;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** At start-up: the demo data in demo mode, otherwise the first administrator from the environment. */
@Component
class StartupData implements ApplicationRunner {

    private final Environment environment;
    private final DemoData demoData;
    private final AccountBootstrap accounts;
    private final AccountBootstrap.AdminProperties admin;

    StartupData(
            Environment environment,
            DemoData demoData,
            AccountBootstrap accounts,
            AccountBootstrap.AdminProperties admin) {
        this.environment = environment;
        this.demoData = demoData;
        this.accounts = accounts;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (DemoMode.isOn(environment)) {
            demoData.load();
        } else {
            accounts.createFirstAdministrator(admin);
        }
    }
}
