package uk.cml.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering rules, read from bytecode, for a tree rooted at {@code root}: {@code uk.cml} for the app, a
 * fixture package of planted violations for the test that shows each rule can fail.
 *
 * <p>"Only app wires" means: the long-lived services the pages share (the database, the record stores in
 * {@code store}, the background executor) and the pages themselves are made only in {@code app}, by
 * constructor; nothing outside {@code app} depends on it; and no class keeps mutable static state, so a
 * dependency cannot be fetched from a global instead of being handed in.
 */
final class LayeringRules {

    private static final String[] NOT_PLAIN_JAVA = {
        "javafx..", "java.sql..", "java.awt..", "javax.imageio..", "javax.swing..", "org.apache.pdfbox..", "org.sqlite.."};

    private final String root;

    LayeringRules(String root) {
        this.root = root;
    }

    ArchRule domainIsPlainJava() {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(NOT_PLAIN_JAVA)
                .because("domain is plain Java: no JavaFX, SQL, AWT or PDFBox");
    }

    ArchRule domainDependsOnNoOtherLayer() {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat(resideOutsideOf(root).or(resideInAnyPackage(root + ".domain..")))
                .because("dependencies point toward domain");
    }

    ArchRule onlyScreensKnowJavaFx() {
        return noClasses().that().resideOutsideOfPackages(root + ".ui..", root + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", root + ".ui..")
                .because("store, letters, documents, importer and safety work without a window");
    }

    ArchRule topLevelPackagesFormNoCycle() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    ArchRule uiFeaturesFormNoCycle() {
        return slices().matching(root + ".ui.(*)..").should().beFreeOfCycles();
    }

    /** A feature is a folder under ui other than common (shared widgets) and shell (the window and page contract). */
    ArchRule uiFeaturesUseOnlyCommonAndShell() {
        DescribedPredicate<JavaClass> shared = resideInAnyPackage(root + ".ui.common..", root + ".ui.shell..");
        return slices().matching(root + ".ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), shared)
                .ignoreDependency(shared, DescribedPredicate.alwaysTrue())
                .as("a UI feature uses ui/common and ui/shell, never another feature");
    }

    ArchRule sharedUiUsesNoFeature() {
        return classes().that().resideInAnyPackage(root + ".ui.common..", root + ".ui.shell..")
                .should().onlyDependOnClassesThat(resideOutsideOf(root + ".ui")
                        .or(resideInAnyPackage(root + ".ui.common..", root + ".ui.shell..")))
                .because("shared widgets and the window serve every feature, so they may know none");
    }

    ArchRule lettersDoNotUseStore() {
        return noClasses().that().resideInAPackage(root + ".letters..")
                .should().dependOnClassesThat().resideInAPackage(root + ".store..")
                .because("a letter is made from facts handed to it, never read from the database");
    }

    ArchRule nothingDependsOnApp() {
        return noClasses().that().resideOutsideOfPackage(root + ".app..")
                .should().dependOnClassesThat().resideInAPackage(root + ".app..")
                .because("app wires everything; nothing reaches back into it");
    }

    ArchRule onlyAppMakesServicesAndPages() {
        DescribedPredicate<JavaClass> wired = describe("a store, the database, the background executor or a page",
                c -> isStoreOrDatabase(c) || c.getName().equals(root + ".ui.common.Background")
                        || c.isAssignableTo(root + ".ui.shell.Section"));
        return noClasses().that().resideOutsideOfPackages(root + ".app..", root + ".store..")
                .should().callConstructorWhere(describe("constructs " + wired.getDescription(),
                        // A page's constructor calling its parent's (super) makes no second page.
                        call -> wired.test(call.getTargetOwner())
                                && !call.getOriginOwner().isAssignableTo(call.getTargetOwner().getName())))
                .orShould().callMethodWhere(describe("opens the database",
                        call -> call.getTargetOwner().getName().equals(root + ".store.Database")
                                && call.getName().equals("open")))
                .because("app wires everything by constructor at start-up");
    }

    ArchRule noMutableStaticState() {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(root + "..").and().areStatic()
                .should().beFinal()
                .because("no static lookups: dependencies come by constructor");
    }

    private boolean isStoreOrDatabase(JavaClass c) {
        return c.getPackageName().equals(root + ".store")
                && (c.getSimpleName().endsWith("Store") || c.getSimpleName().equals("Database"));
    }

    private static DescribedPredicate<JavaClass> resideOutsideOf(String pkg) {
        return describe("reside outside of " + pkg, c -> !c.getPackageName().equals(pkg)
                && !c.getPackageName().startsWith(pkg + "."));
    }
}
