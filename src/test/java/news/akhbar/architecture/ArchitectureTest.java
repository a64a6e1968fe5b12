package news.akhbar.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The layering rules hold for the application, and each of them fails on a fixture that breaks it. */
class ArchitectureTest {

    private static final String APPLICATION = "news.akhbar";
    private static final String FIXTURE = "news.akhbar.architecture.fixture";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APPLICATION);

    private static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages(FIXTURE);

    @TestFactory
    Stream<DynamicTest> shouldHoldForTheApplication() {
        return ArchitectureRules.all(APPLICATION).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(MAIN)));
    }

    @Test
    void shouldFailTheLayeringWhenAnUpstreamFeatureUsesArticles() {
        assertViolated(ArchitectureRules.featureLayering(FIXTURE));
    }

    @Test
    void shouldFailOnACycleBetweenFeatures() {
        assertViolated(ArchitectureRules.noCyclesBetweenFeatures(FIXTURE));
    }

    @Test
    void shouldFailWhenCommonUsesAFeature() {
        assertViolated(ArchitectureRules.commonDependsOnNoFeature(FIXTURE));
    }

    @Test
    void shouldFailWhenAResourceUsesARepository() {
        assertViolated(ArchitectureRules.resourcesUseServicesOnly(FIXTURE));
    }

    private static void assertViolated(ArchRule rule) {
        assertThrows(AssertionError.class, () -> rule.check(VIOLATIONS), rule.getDescription());
    }
}
