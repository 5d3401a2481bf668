package uk.cml.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The app's own classes keep every layering rule; PlantedViolationsTest shows each rule can fail. */
class LayeringTest {

    private static final LayeringRules RULES = new LayeringRules("uk.cml");
    private static JavaClasses app;

    @BeforeAll
    static void importTheApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.cml");
    }

    @Test
    void domainIsPlainJava() {
        RULES.domainIsPlainJava().check(app);
    }

    @Test
    void domainDependsOnNoOtherLayer() {
        RULES.domainDependsOnNoOtherLayer().check(app);
    }

    @Test
    void onlyScreensKnowJavaFx() {
        RULES.onlyScreensKnowJavaFx().check(app);
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        RULES.topLevelPackagesFormNoCycle().check(app);
    }

    @Test
    void uiFeaturesFormNoCycle() {
        RULES.uiFeaturesFormNoCycle().check(app);
    }

    @Test
    void uiFeaturesUseOnlyCommonAndShell() {
        RULES.uiFeaturesUseOnlyCommonAndShell().check(app);
    }

    @Test
    void sharedUiUsesNoFeature() {
        RULES.sharedUiUsesNoFeature().check(app);
    }

    @Test
    void lettersDoNotUseStore() {
        RULES.lettersDoNotUseStore().check(app);
    }

    @Test
    void nothingDependsOnApp() {
        RULES.nothingDependsOnApp().check(app);
    }

    @Test
    void onlyAppMakesServicesAndPages() {
        RULES.onlyAppMakesServicesAndPages().check(app);
    }

    @Test
    void noMutableStaticState() {
        RULES.noMutableStaticState().check(app);
    }
}
