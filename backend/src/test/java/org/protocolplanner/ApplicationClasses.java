package org.protocolplanner;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The application's own compiled classes only, read from their directory, for rules about its code: the
 * classes they use are named, not read from their jars, which is all a rule about dependencies and calls needs.
 */
public final class ApplicationClasses {

    private static final JavaClasses APPLICATION = importApplication();

    private ApplicationClasses() {}

    public static JavaClasses all() {
        return APPLICATION;
    }

    private static JavaClasses importApplication() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            Path classes = Path.of(ProtocolPlannerApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPath(classes.resolve("org/protocolplanner"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }
}
