package uk.cml.app;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.stage.FileChooser;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Messages;
import uk.cml.ui.shell.Navigator;
import uk.cml.ui.standing.StandingModel;
import uk.cml.ui.standing.StandingView;

/** Builds the "Where things stand" page: its model on the standing store, and a save dialog for the calendar file. */
final class StandingWiring {

    private StandingWiring() {
    }

    static StandingView page(AppServices services, Background background, ObjectProperty<CaseFile> currentCase,
            Navigator navigator, uk.cml.ui.common.DraftKeeper drafts) {
        StandingModel model = new StandingModel(services.standing, (caseId, today) -> {
            // What needs doing about telling the CMS: writing the letter about missed payments, or posting it.
            java.util.List<uk.cml.domain.todo.TodoItem> items = new java.util.ArrayList<>(
                    services.payments.todos(caseId, today));
            items.addAll(services.sentLetters.todos(caseId, today));
            return items;
        }, services.payments::plans, background, services.clock, currentCase);
        return new StandingView(model, services.calendar.holidays(), navigator, owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.text("app.standingWiring.saveTheDeadlinesAsA"));
            chooser.setInitialFileName(Messages.text("app.standingWiring.childMaintenanceDeadlinesIcs"));
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(Messages.text("app.standingWiring.calendarFileIcs"), "*.ics"));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
        }, drafts);
    }
}
