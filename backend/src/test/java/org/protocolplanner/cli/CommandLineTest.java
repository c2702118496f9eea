package org.protocolplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.PlanDocumentReader;
import org.protocolplanner.exchange.SolutionDocumentReader;
import org.protocolplanner.planning.SolverTuning;
import org.protocolplanner.shared.protocol.ConstraintId;
import org.protocolplanner.tools.meetingscheduling.MeetingSchedulingWorkbooks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The commands as a user types them, without Spring: arguments, exit codes, the documents written. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void startsTheApplicationOnlyWithoutACommandWord() {
        assertThat(CommandLine.isCommand(new String[] {"solve", "--input", "x"}))
                .isTrue();
        assertThat(CommandLine.isCommand(new String[] {"benchmark"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"database", "--port", "5433"}))
                .isTrue();
        assertThat(CommandLine.isCommand(new String[] {"help"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"slove"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(CommandLine.isCommand(new String[0])).isFalse();
    }

    @Test
    void answersHelpWithTheUsageAndAMistypedCommandWithAnError() {
        assertThat(run("help")).isEqualTo(CommandLine.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("solve --input PLAN.json", "database [--port N]");

        assertThat(run("slove", "--input", "plan.json")).isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err()).startsWith("unknown command slove").contains("usage: solve --input PLAN.json");
    }

    @Test
    void refusesAMissingOptionWithTheUsageLines() {
        int exit = run("solve", "--input", "plan.json", "--seconds", "5");

        assertThat(exit).isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err()).startsWith("--output is required").contains("usage: solve --input PLAN.json");
    }

    @Test
    void refusesAnUnknownOptionAndANumberThatIsNone() {
        assertThat(run("generate", "--delegates", "4")).isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err()).startsWith("unknown option --delegates");

        err.reset();
        assertThat(run("benchmark", "a.json", "--runs", "three", "--seconds", "5"))
                .isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err()).startsWith("--runs must be a whole number: three");
    }

    @Test
    void refusesADatabasePortOutOfRangeOrTaken() throws Exception {
        assertThat(run("database", "--port", "70000", "--data-dir", dir.toString()))
                .isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err())
                .startsWith("--port must be between 1 and 65535: 70000")
                .contains("database [--port N] [--data-dir DIR]");

        err.reset();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            assertThat(run("database", "--port", String.valueOf(taken.getLocalPort()), "--data-dir", dir.toString()))
                    .isEqualTo(CommandLine.USAGE_ERROR);
            assertThat(err()).startsWith("port " + taken.getLocalPort() + " is in use: choose another with --port");
        }
    }

    @Test
    void refusesGeneratorOptionsOutOfRange() {
        assertThat(run("generate", "--delegations", "0", "--venues", "5", "--days", "2", "--seed", "1"))
                .isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err()).startsWith("delegations must be between 1 and 1000: 0");
    }

    @Test
    void answersAMalformedPlanWithItsPathsAndExitCodeTwo() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"format\": \"protocol-planner/solution\", \"version\": 1}");

        int exit = run(
                "solve",
                "--input",
                plan.toString(),
                "--output",
                dir.resolve("s.json").toString(),
                "--seconds",
                "1");

        assertThat(exit).isEqualTo(CommandLine.MALFORMED_DOCUMENT);
        assertThat(err().lines().findFirst())
                .hasValueSatisfying(line -> assertThat(line).startsWith("format: "));
        assertThat(Files.exists(dir.resolve("s.json"))).isFalse();
    }

    @Test
    void answersATextThatIsNoJsonAtTheDocumentsRoot() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "not json");

        assertThat(run("benchmark", plan.toString(), "--runs", "1", "--seconds", "1"))
                .isEqualTo(CommandLine.MALFORMED_DOCUMENT);
        assertThat(err()).startsWith("$: ");
    }

    @Test
    void generatesAPlanTheExchangeReaderAccepts() throws Exception {
        Path plan = dir.resolve("summit.json");

        int exit = run(
                "generate",
                "--delegations",
                "6",
                "--venues",
                "12",
                "--days",
                "2",
                "--seed",
                "4",
                "--pair-meetings",
                "1",
                "--output",
                plan.toString());

        assertThat(exit).isEqualTo(CommandLine.OK);
        PlanDocument read = new PlanDocumentReader().read(Files.readAllBytes(plan));
        assertThat(read.delegations()).hasSize(6);
        assertThat(read.events()).isNotEmpty();
    }

    @Test
    void convertsAMeetingSchedulingWorkbookNamingTheBadCellOfAnother() throws Exception {
        Path workbook = dir.resolve("small.xlsx");
        Files.write(workbook, MeetingSchedulingWorkbooks.smallConference(List.of()));
        Path plan = dir.resolve("small.json");

        assertThat(run("convert-meeting-scheduling", "--input", workbook.toString(), "--output", plan.toString()))
                .isEqualTo(CommandLine.OK);
        PlanDocument read = new PlanDocumentReader().read(Files.readAllBytes(plan));
        assertThat(read.name()).isEqualTo("small");
        assertThat(read.events()).hasSize(2);

        Files.write(workbook, MeetingSchedulingWorkbooks.smallConference(List.of(List.of("Cross sell", "", "#0"))));
        assertThat(run("convert-meeting-scheduling", "--input", workbook.toString(), "--output", plan.toString()))
                .isEqualTo(CommandLine.MALFORMED_DOCUMENT);
        assertThat(err()).isEqualTo("Meetings!C4: not a whole number of at least 1: 0" + System.lineSeparator());
    }

    @Test
    void placesAPlanAsAnOfficerWouldByHandTheSameWayEachTime() throws Exception {
        Path plan = dir.resolve("summit.json");
        run(
                "generate",
                "--delegations",
                "4",
                "--venues",
                "8",
                "--days",
                "2",
                "--seed",
                "2",
                "--output",
                plan.toString());
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        int exit = run("baseline", "--input", plan.toString(), "--output", first.toString());
        run("baseline", "--input", plan.toString(), "--output", second.toString());

        assertThat(exit).isEqualTo(CommandLine.OK);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .matches(
                        "score 0hard/-?\\d+medium/-?\\d+soft, \\d+ unassigned \\(priority \\d+\\), travel minutes \\d+, "
                                + "prestige gap \\d+\\.\\d\\d, equal-treatment spread \\d+\\.\\d\\d, empty-seat share \\d\\.\\d\\d, "
                                + "off customary hours \\d+, \\d+\\.\\d s");
        JsonNode document = JsonMapper.builder().build().readTree(Files.readAllBytes(first));
        assertThat(document.has("solving")).as("no solver made it").isFalse();
        assertThat(document.get("assignments").size()).isPositive();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void solvesIntoASolutionDocumentWithEveryConstraintTheSolvingAndTheKpis() throws Exception {
        Path plan = dir.resolve("summit.json");
        run(
                "generate",
                "--delegations",
                "4",
                "--venues",
                "8",
                "--days",
                "2",
                "--seed",
                "2",
                "--output",
                plan.toString());
        Path solution = dir.resolve("out/solution.json");

        int exit = run("solve", "--input", plan.toString(), "--output", solution.toString(), "--seconds", "1");

        assertThat(exit).isEqualTo(CommandLine.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .matches("score -?\\d+hard/-?\\d+medium/-?\\d+soft, seconds to feasible (\\d+\\.\\d\\d|never), "
                        + "\\d+ score calculations/s, \\d+ unassigned\\R");
        byte[] written = Files.readAllBytes(solution);
        JsonNode document = JsonMapper.builder().build().readTree(written);
        List<String> ids = new ArrayList<>();
        document.get("constraints").forEach(row -> ids.add(row.get("id").asString()));
        assertThat(ids)
                .containsExactly(Arrays.stream(ConstraintId.values())
                        .map(ConstraintId::id)
                        .toArray(String[]::new));
        assertThat(document.get("unassigned").isArray()).isTrue();
        assertThat(document.get("solving").get("seconds").asDouble()).isGreaterThan(0);
        assertThat(document.get("solving").get("terminatedBy").asString()).isEqualTo("TIME_LIMIT");
        assertThat(document.get("kpis").get("unscheduled").get("count").asInt())
                .isEqualTo(document.get("unassigned").size());
        assertThat(document.get("kpis").has("travelMinutes")).isTrue();
        PlanDocument read = new PlanDocumentReader().read(Files.readAllBytes(plan));
        assertThat(new SolutionDocumentReader().read(written, read).assignments())
                .hasSize(document.get("assignments").size());
    }

    @Test
    void benchmarksEachDocumentWithMediansOverTheRuns() throws Exception {
        Path plan = dir.resolve("summit.json");
        run(
                "generate",
                "--delegations",
                "3",
                "--venues",
                "6",
                "--days",
                "2",
                "--seed",
                "5",
                "--output",
                plan.toString());

        int exit = run("benchmark", plan.toString(), "--runs", "1", "--seconds", "1");

        assertThat(exit).isEqualTo(CommandLine.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("1 runs of 1 s")
                .contains("seconds to hard 0:")
                .contains("seconds to hard 0, all placed:")
                .contains("at 10 s")
                .contains("at end")
                .contains("score calculations/s:")
                .contains("empty-seat share")
                .contains("off customary hours");
    }

    @Test
    void refusesATuningItDoesNotKnow() {
        assertThat(run("benchmark", "a.json", "--runs", "1", "--seconds", "1", "--tuning", "fastest"))
                .isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err()).contains("--tuning must be one of").contains("quality-nearby");
    }

    /**
     * The report is OptaPlanner's benchmarker's own: this runs it for real (every tuning once for a second
     * on a tiny summit, some 10 s) because only a real run shows that its charts render here.
     */
    @Test
    void writesTheBenchmarkersReportWithAChartOfTheBestScoreOverTime() throws Exception {
        Path plan = dir.resolve("summit.json");
        run(
                "generate",
                "--delegations",
                "3",
                "--venues",
                "6",
                "--days",
                "2",
                "--seed",
                "5",
                "--output",
                plan.toString());

        int exit = run(
                "benchmark",
                plan.toString(),
                "--runs",
                "1",
                "--seconds",
                "1",
                "--report",
                dir.resolve("report").toString());

        assertThat(exit).as(err()).isEqualTo(CommandLine.OK);
        String printed = out.toString(StandardCharsets.UTF_8);
        Path index = Path.of(printed.substring(printed.indexOf("report: ") + "report: ".length())
                .strip());
        assertThat(index).exists();
        String html = Files.readString(index);
        for (SolverTuning tuning : SolverTuning.compared()) {
            assertThat(html).contains(tuning.name());
        }
        try (var files = Files.walk(index.getParent())) {
            assertThat(files.map(Path::toString)).anyMatch(file -> file.contains("BestScore") && file.endsWith(".png"));
        }
    }

    private int run(String... args) {
        return CommandLine.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
