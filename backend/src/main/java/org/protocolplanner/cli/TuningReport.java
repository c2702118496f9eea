package org.protocolplanner.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.config.statistic.ProblemStatisticType;
import org.protocolplanner.planning.SolverTuning;

/**
 * OptaPlanner's benchmarker over the tunings of {@link SolverTuning#compared()}: each solves every document
 * as often and as long as {@code benchmark} does, one solve at a time, and the HTML report it writes shows,
 * per document, the best score over time of every tuning as a chart, and the final scores side by side:
 * what a person reads to see why the chosen tuning is chosen.
 */
final class TuningReport {

    private TuningReport() {}

    /** Solves and writes the report into a new folder under {@code directory}; answers its index page. */
    static Path write(Path directory, List<Path> plans, BenchmarkCommand.Setup setup) {
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig();
        config.setBenchmarkDirectory(directory.toFile());
        // Each solve runs alone and starts cold, as a solve from the command line or the API does.
        config.setParallelBenchmarkCount("1");
        config.setWarmUpSecondsSpentLimit(0L);
        config.setSolverBenchmarkConfigList(SolverTuning.compared().stream()
                .map(tuning -> solverBenchmark(tuning, plans, setup))
                .toList());
        File benchmarkDirectory =
                PlannerBenchmarkFactory.create(config).buildPlannerBenchmark().benchmark();
        return newestReport(benchmarkDirectory.toPath());
    }

    /** The benchmarker writes each report into a new folder named by its start time under the directory. */
    private static Path newestReport(Path benchmarkDirectory) {
        try (Stream<Path> folders = Files.list(benchmarkDirectory)) {
            return folders.map(folder -> folder.resolve("index.html"))
                    .filter(Files::exists)
                    .max(Comparator.comparing(TuningReport::lastModified))
                    .orElseThrow(() -> new IllegalStateException("no report in " + benchmarkDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + benchmarkDirectory, e);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static SolverBenchmarkConfig solverBenchmark(
            SolverTuning tuning, List<Path> plans, BenchmarkCommand.Setup setup) {
        ProblemBenchmarksConfig problems = new ProblemBenchmarksConfig();
        problems.setSolutionFileIOClass(PlanDocumentFileIO.class);
        problems.setInputSolutionFileList(plans.stream().map(Path::toFile).toList());
        problems.setProblemStatisticTypeList(List.of(ProblemStatisticType.BEST_SCORE));
        SolverBenchmarkConfig solver = new SolverBenchmarkConfig();
        solver.setName(tuning.name());
        solver.setSolverConfig(setup.solverConfig(tuning));
        solver.setSubSingleCount(setup.runs());
        solver.setProblemBenchmarksConfig(problems);
        return solver;
    }
}
