package org.protocolplanner;

import org.protocolplanner.cli.CommandLine;
import org.protocolplanner.shared.database.EmbeddedPostgresStarter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ProtocolPlannerApplication {

    /**
     * The command-line commands ({@code solve}, {@code generate}, {@code benchmark}, {@code database}
     * and the others of {@link CommandLine}) run before Spring starts: they need no web server or
     * context, and a benchmark must not share the machine with them.
     */
    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            CommandLine.quietLogging();
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        SpringApplication application = new SpringApplication(ProtocolPlannerApplication.class);
        application.addInitializers(new EmbeddedPostgresStarter());
        application.run(args);
    }
}
