package uk.cml.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import uk.cml.app.AppServices;
import uk.cml.domain.NiNumber;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.ui.common.Background;
import uk.cml.ui.shell.Section;

/**
 * Opens one page on real stores in a data folder, in a window of its own, with the files the "chooser"
 * hands over decided by the test (a real FileChooser cannot be driven by a robot).
 */
public final class PageHarness implements AutoCloseable {

    public final AppServices services;
    public final Background background = new Background();
    public final ObjectProperty<CaseFile> currentCase = new SimpleObjectProperty<>();
    public List<Path> chosenFiles = List.of();
    private Stage stage;

    public PageHarness(Path dataFolder) {
        this(dataFolder, AppRobot.CLOCK);
    }

    /** @param clock the records' clock, for a test that moves time on between saves */
    public PageHarness(Path dataFolder, java.time.Clock clock) {
        services = AppServices.open(dataFolder, clock);
        MyDetails me = new MyDetails("Sam Taylor", new PostalAddress(List.of("14 Orchard Close", "Leeds"), "LS6 2AB"),
                "", "", java.util.Optional.of(NiNumber.parse("AB123456C").value()));
        CaseFile newCase = new CaseFile(0, "Jordan Reed", java.util.Optional.empty(), WorkSituation.EMPLOYED,
                Arrangement.DIRECT_PAY, java.util.Optional.empty(), List.of(new Child(0, "Mia",
                java.time.LocalDate.of(2015, 3, 14))), new java.math.BigDecimal("4"));
        long id = services.cases.completeSetup(me, newCase);
        currentCase.set(services.cases.find(id).orElseThrow());
    }

    /** A second case, Alex Morgan's, for tests of a form begun under one case while another is chosen. */
    public CaseFile anotherCase() {
        return anotherCase(services);
    }

    public static CaseFile anotherCase(AppServices services) {
        long id = services.cases.create(new CaseFile(0, "Alex Morgan", java.util.Optional.empty(),
                WorkSituation.NOT_KNOWN, Arrangement.DIRECT_PAY, java.util.Optional.empty(),
                List.of(new Child(0, "Leo", java.time.LocalDate.of(2018, 6, 1))), new java.math.BigDecimal("4")));
        return services.cases.find(id).orElseThrow();
    }

    public uk.cml.ui.common.FilePicker picker() {
        return (owner, title, many) -> chosenFiles;
    }

    /** Call on the FX thread. */
    public void show(Section page) {
        stage = new Stage();
        Scene scene = new Scene((javafx.scene.Parent) page.view(), 1100, 800);
        new uk.cml.ui.common.Theme().style(scene);
        stage.setScene(scene);
        stage.show();
        page.shown();
    }

    public Stage stage() {
        return stage;
    }

    /** Call on the FX thread. */
    @Override
    public void close() {
        if (stage != null) {
            stage.close();
        }
        background.close();
        services.close();
    }
}
