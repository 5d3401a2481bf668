package uk.cml.architecture;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each layering rule, run against the fixture package of planted violations, reports the one planted for it. */
class PlantedViolationsTest {

    private static final String FIXTURE = "uk.cml.architecture.fixture";
    private static final LayeringRules RULES = new LayeringRules(FIXTURE);
    private static JavaClasses planted;

    @BeforeAll
    static void importTheFixture() {
        planted = new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    void domainUsingJavaFxSqlAwtOrPdfBoxIsReported() {
        assertReports(RULES.domainIsPlainJava(), "PlantedJavaFx", "PlantedSql", "PlantedAwt", "PlantedPdfBox");
    }

    @Test
    void domainUsingAnotherLayerIsReported() {
        assertReports(RULES.domainDependsOnNoOtherLayer(), "PlantedDomainUsesStore");
    }

    @Test
    void javaFxOutsideTheScreensIsReported() {
        assertReports(RULES.onlyScreensKnowJavaFx(), "PlantedLetterUsesJavaFx");
    }

    @Test
    void aCycleBetweenTopLevelPackagesThroughAStaticImportIsReported() {
        assertReports(RULES.topLevelPackagesFormNoCycle(), "PlantedDocuments", "PlantedSafety$Inner");
    }

    @Test
    void aCycleBetweenUiFeaturesIsReported() {
        assertReports(RULES.uiFeaturesFormNoCycle(), "PlantedCallsUsesNotes", "NotesPage");
    }

    @Test
    void oneFeatureUsingAnothersWidgetIsReported() {
        assertReports(RULES.uiFeaturesUseOnlyCommonAndShell(), "NotesPage.history", "HistoryWidget");
    }

    @Test
    void sharedUiUsingAFeatureIsReported() {
        assertReports(RULES.sharedUiUsesNoFeature(), "PlantedCommonUsesFeature");
    }

    @Test
    void lettersReadingTheStoreIsReported() {
        assertReports(RULES.lettersDoNotUseStore(), "PlantedLetterReadsStore");
    }

    @Test
    void reachingBackIntoAppIsReported() {
        assertReports(RULES.nothingDependsOnApp(), "PlantedPageWiresItself.reachBack");
    }

    @Test
    void aPageMakingItsOwnServicesIsReported() {
        ArchRule rule = RULES.onlyAppMakesServicesAndPages();
        assertReports(rule, "ThingStore.<init>", "Database.open", "Background.<init>", "NotesPage.<init>");
        assertTrue(rule.evaluate(planted).getFailureReport().getDetails().stream().noneMatch(d -> d.contains("Wiring")),
                "app's wiring is allowed");
    }

    @Test
    void mutableStaticStateIsReported() {
        assertReports(RULES.noMutableStaticState(), "PlantedStaticLookup.current");
    }

    private static void assertReports(ArchRule rule, String... offenders) {
        EvaluationResult result = rule.evaluate(planted);
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertAll(Arrays.stream(offenders).map(o -> () -> assertTrue(report.contains(o),
                rule.getDescription() + " should report " + o + "; reported:\n" + report)));
    }
}
