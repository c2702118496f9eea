package org.protocolplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The backend's modules (one per top-level package, declared in its package-info) keep their boundaries:
 * no cycle between them, no use of another module's internals, and no dependency a module did not declare.
 * The module diagrams in docs/modules are drawn from the same model.
 */
class ModularityTest {

    /** Relative to the backend module, where Maven runs its tests. */
    private static final Path COMMITTED = Path.of("..", "docs", "modules");

    private static final Path DRAWN = Path.of("target", "modules");

    private static final ApplicationModules MODULES = ApplicationModules.of(ProtocolPlannerApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Draws the overview and one diagram per module (C4 PlantUML) and fails when docs/modules held
     * different ones, after writing the current ones there: commit them. The Documenter does not always
     * write a diagram's elements in the same order, so a diagram is compared as its set of lines.
     */
    @Test
    void theCommittedDiagramsAreTheDrawnOnes() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DRAWN.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Map<String, String> drawn = new TreeMap<>();
        contents(DRAWN).forEach((name, diagram) -> drawn.put(name, inFixedOrder(diagram)));
        assertThat(drawn).containsKey("components.puml");

        Map<String, String> committed = contents(COMMITTED);
        boolean same = committed.equals(drawn);
        if (!same) {
            try (Stream<Path> stale = Files.exists(COMMITTED) ? Files.list(COMMITTED) : Stream.empty()) {
                stale.forEach(ModularityTest::delete);
            }
            Files.createDirectories(COMMITTED);
            for (Map.Entry<String, String> file : drawn.entrySet()) {
                Files.writeString(COMMITTED.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        assertThat(same)
                .as("docs/modules was stale and has been rewritten from the modules as they are; commit it")
                .isTrue();
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return contents;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return contents;
    }

    /**
     * The Documenter writes a diagram's modules and relations in no fixed order from one run to the next:
     * each run of {@code Component(...)} or {@code Rel(...)} lines is sorted, so that only a change of the
     * modules changes the files.
     */
    static String inFixedOrder(String diagram) {
        List<String> ordered = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : diagram.lines().toList()) {
            String kind = sortableKind(line);
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                ordered.addAll(run);
                run.clear();
            }
            if (kind == null) {
                ordered.add(line);
            } else {
                run.add(line);
            }
            runKind = kind;
        }
        run.sort(null);
        ordered.addAll(run);
        return String.join("\n", ordered) + "\n";
    }

    private static String sortableKind(String line) {
        String element = line.stripLeading();
        if (element.startsWith("Component(")) {
            return "Component";
        }
        return element.startsWith("Rel(") ? "Rel" : null;
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
