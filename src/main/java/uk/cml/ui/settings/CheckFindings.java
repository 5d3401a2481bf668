package uk.cml.ui.settings;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.cml.safety.CheckReport;
import uk.cml.ui.common.Messages;

/**
 * What Check records found, under its summary: what does not match, then, apart and under its own heading, the
 * details to correct on the Case page, and the payment plans to check on the Payments page, so advice is never read
 * as damage. Each part shows only when it has lines.
 */
final class CheckFindings extends VBox {

    private final TextArea problems = area("settings-check-findings",
            Messages.text("settings.recordsSafetyPanel.whatCheckRecordsFound"));
    private final Label detailsHeading = new Label(Messages.text("safety.details.heading"));
    private final TextArea details = area("settings-check-details", Messages.text("safety.details.heading"));
    private final Label plansHeading = new Label(Messages.text("safety.plans.heading"));
    private final TextArea plans = area("settings-check-plans", Messages.text("safety.plans.heading"));

    CheckFindings() {
        super(6);
        heading(detailsHeading, details);
        heading(plansHeading, plans);
        getChildren().addAll(problems, detailsHeading, details, plansHeading, plans);
        hide();
    }

    void show(CheckReport report) {
        show(report.findings(), problems);
        show(report.detailsToCorrect(), details);
        shown(detailsHeading, !report.detailsToCorrect().isEmpty());
        show(report.plansToCheck(), plans);
        shown(plansHeading, !report.plansToCheck().isEmpty());
        shown(this, report.anythingListed());
    }

    private static void heading(Label heading, TextArea area) {
        heading.getStyleClass().add("subheading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.setLabelFor(area);
        area.setPrefRowCount(4); // usually a line or two; the list of what does not match keeps its 6
    }

    void hide() {
        shown(this, false);
    }

    /**
     * A blank line between findings: a record changed outside the app is named with its fields on the lines under
     * it, and a long sentence wraps, so findings one line after another would run together.
     */
    private static void show(List<String> lines, TextArea area) {
        area.setText(String.join("\n\n", lines));
        shown(area, !lines.isEmpty());
    }

    private static void shown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static TextArea area(String id, String accessibleText) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(6);
        area.setAccessibleText(accessibleText);
        return area;
    }
}
