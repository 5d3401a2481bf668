package uk.cml.ui.bin;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.cml.domain.bin.BinSource;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageLayout;
import uk.cml.ui.common.StatusLine;
import uk.cml.ui.bin.BinModel.Binned;
import uk.cml.ui.shell.Page;

/**
 * What the parent has deleted, from every area that has a bin. Nothing is ever really deleted, so
 * anything here can be put back with one click.
 */
public final class BinView extends Page {

    private final BinModel model;
    private final BorderPane view = new BorderPane();
    private final ListView<Binned> list = new ListView<>();

    public BinView(List<BinSource> sources, Background background, ObjectProperty<CaseFile> currentCase) {
        super("bin", Messages.text("bin.view.bin"));
        this.model = new BinModel(sources, background, currentCase);
        list.setItems(model.items());
        list.setId("bin-list");
        list.setAccessibleText(Messages.text("bin.view.thingsYouHaveDeletedMost"));
        list.setPlaceholder(PageLayout.emptyNote(Messages.text("bin.view.theBinIsEmpty")));
        list.setCellFactory(v -> new BinnedCell());
        PageLayout.quietWhenEmpty(list);
        Label status = StatusLine.bind(new Label(), model.status(), "bin-undo");
        status.setId("bin-status");
        status.setWrapText(true);
        status.getStyleClass().add("status");
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        Label title = new Label(Messages.text("bin.view.bin"));
        title.getStyleClass().add("title");
        Label intro = new Label(Messages.text("bin.view.anythingYouDeleteComesHere"));
        intro.setWrapText(true);
        VBox top = new VBox(8, title, intro, status);
        top.getStyleClass().add("page-head");
        view.setTop(top);
        view.setCenter(list);
        view.getStyleClass().add("page"); // margins from app.css
        lay(view, () -> {
            model.status().clear();
            model.reload();
        });
    }

    private final class BinnedCell extends ListCell<Binned> {
        private final Label what = new Label();
        private final Label when = new Label();
        private final Button putBack = new Button(Messages.text("bin.view.putBack"));
        private final HBox box;

        BinnedCell() {
            what.setWrapText(true);
            when.getStyleClass().add("field-hint");
            VBox text = new VBox(2, what, when);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            box = new HBox(12, text, putBack);
            box.setAlignment(Pos.CENTER_LEFT);
            putBack.setOnAction(e -> {
                if (getItem() != null) {
                    // The button goes with its row: the keyboard waits on the list, at that row, rather than being
                    // left to fall to the case chooser at the top of the window.
                    if (putBack.isFocused()) {
                        int row = getIndex();
                        list.requestFocus();
                        list.getFocusModel().focus(row);
                    }
                    model.putBack(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Binned binned, boolean empty) {
            super.updateItem(binned, empty);
            if (empty || binned == null) {
                setGraphic(null);
                return;
            }
            BinnedItem item = binned.item();
            what.setText(binned.what());
            when.setText(binned.when());
            // One word per id part: a kind of two words ("Bank holiday") gave an id with a space, which no lookup
            // by id (a test's, an assistive tool's) can name.
            putBack.setId("bin-restore-" + item.kind().toLowerCase(java.util.Locale.UK).replaceAll("\\s+", "-")
                    + "-" + item.sourceId());
            putBack.setAccessibleText(Messages.text("bin.view.putBackNamed", item.kind(), item.title()));
            setGraphic(box);
        }
    }
}
