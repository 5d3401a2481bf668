package uk.cml.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageLayout;

/**
 * What stands in a page's place while it is coming: its title where the page's own title will be, and a light
 * "Loading…" under it. Drawn before the page is built or laid out, so the parent sees at once that their click
 * was taken.
 */
final class PageComing extends VBox {

    PageComing(String title) {
        setId("page-loading");
        getStyleClass().addAll("page", "page-coming");
        Label heading = PageLayout.title(title);
        heading.setId("page-loading-title");
        Label words = new Label(Messages.text("shell.pageComing.loading"));
        words.setId("page-loading-words");
        words.getStyleClass().add("page-coming-words");
        setAccessibleText(Messages.text("shell.pageComing.loadingPage", title));
        getChildren().addAll(heading, words);
    }
}
