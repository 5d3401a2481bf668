package uk.cml.ui.settings;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.safety.Fingerprints;
import uk.cml.safety.RecordsCheck;
import uk.cml.safety.RecordsJournal;
import uk.cml.safety.RecordsSafety;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.Problems;

/** "Check a fingerprint printed on a letter": is it still in the journal, and does everything up to it check out? */
final class FingerprintCheck extends VBox {

    private final TextField code = new TextField();
    private final Button check = new Button(Messages.text("settings.fingerprintCheck.checkThisFingerprint"));
    private final Label result = new Label();
    /** Counts the visits to the page and the checks asked: only the answer to the latest is shown. */
    private long visit;
    /** The fingerprint as typed when it was checked, while its answer is shown; null before. */
    private String answered;

    FingerprintCheck(RecordsSafety safety, Background background) {
        super(6);
        Label explain = new Label(Messages.text("settings.fingerprintCheck.checkAFingerprintPrintedOn"));
        explain.setWrapText(true);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // several lines now: never cut to "..."
        explain.setLabelFor(code);
        code.setId("settings-fingerprint-code");
        code.setPrefColumnCount(22);
        check.setId("settings-fingerprint-check");
        result.setId("settings-fingerprint-result");
        result.setWrapText(true);
        check.setOnAction(e -> {
            String typed = code.getText() == null ? "" : code.getText();
            if (typed.isBlank()) {
                answered = typed;
                result.setText(Messages.text("settings.fingerprintCheck.typeThe16LettersAnd"));
                return;
            }
            check.setDisable(true);
            result.setText(Messages.text("settings.fingerprintCheck.checkingYourRecords"));
            long asked = ++visit;
            answered = typed;
            // One not found is first taken for a typing slip: the fingerprints in the history a character or two
            // away are looked for, and the answer shows what to compare before any talk of changed records.
            background.run(() -> {
                RecordsCheck.Result checked = RecordsJournal.looksLikeFingerprint(typed)
                        ? safety.checkFingerprint(typed, (d, t, s) -> { }) : null;
                boolean found = checked != null && checked.fingerprint().isPresent();
                return Fingerprints.describe(typed, checked == null ? Optional.empty() : checked.fingerprint(),
                        checked != null && checked.report().allMatch(),
                        found ? List.of() : safety.journal().near(typed));
            }, said -> {
                check.setDisable(false);
                if (asked == visit) {
                    result.setText(said);
                }
            }, error -> {
                check.setDisable(false);
                if (asked == visit) {
                    result.setText(Problems.forParent(error));
                }
            });
        });
        code.setOnAction(check.getOnAction());
        getChildren().addAll(explain, new HBox(8, code, check), result);
    }

    /**
     * A fresh visit to Settings: the fingerprint typed and its answer were one-off, about the records as they were
     * (a reviewer came back to an old "not in the history" under a fresh fingerprint); an answer still being worked
     * out is not shown when it comes.
     */
    void freshVisit() {
        visit++;
        // A fingerprint typed and not yet checked is typing, and stays (TypingKeptAcrossPagesTest); one checked
        // goes with its answer.
        if (answered != null && answered.equals(code.getText())) {
            code.clear();
        }
        answered = null;
        result.setText("");
    }

    Optional<String> shown() {
        return Optional.ofNullable(result.getText());
    }
}
