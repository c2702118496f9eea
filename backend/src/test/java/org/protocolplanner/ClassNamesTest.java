package org.protocolplanner;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One meaning per class name (docs/decisions/0107-problem-facts-named-brief.md): a top-level class's
 * simple name is defined once in the application, so that a name in a stack trace, a search or a
 * review means one thing without reading the imports.
 */
class ClassNamesTest {

    @Test
    void everyTopLevelClassNameIsDefinedOnce() throws IOException, URISyntaxException {
        Path classes = Path.of(ProtocolPlannerApplication.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path application = classes.resolve("org/protocolplanner");
        Map<String, List<String>> packagesBySimpleName;
        try (Stream<Path> files = Files.walk(application)) {
            packagesBySimpleName = files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class");
                    })
                    .collect(groupingBy(
                            file -> file.getFileName().toString(),
                            mapping(
                                    file -> application
                                            .relativize(file.getParent())
                                            .toString(),
                                    toList())));
        }
        assertThat(packagesBySimpleName)
                .as("the application's classes")
                .containsKey("ProtocolPlannerApplication.class");
        packagesBySimpleName.values().removeIf(packages -> packages.size() == 1);
        assertThat(packagesBySimpleName)
                .as("simple names defined in more than one package")
                .isEmpty();
    }
}
