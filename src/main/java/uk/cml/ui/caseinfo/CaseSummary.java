package uk.cml.ui.caseinfo;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import uk.cml.domain.CmsReference;
import uk.cml.domain.UkDates;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseRules;

/** The answers read back before they are saved, so the parent can spot a slip. */
public final class CaseSummary {

    private final CaseDraft draft;
    private final boolean includeMe;
    private final VBox view = new VBox();

    public CaseSummary(CaseDraft draft, boolean includeMe) {
        this.draft = draft;
        this.includeMe = includeMe;
        view.setId("setup-summary");
    }

    public VBox view() {
        return view;
    }

    public void refresh() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("summary-grid");
        int row = 0;
        if (includeMe) {
            row = add(grid, row, "You", draft.myName.get());
            row = add(grid, row, "Your address", oneLine(draft.myAddress.get()) + ", " + CaseRules.normalisePostcode(draft.myPostcode.get()));
            if (!draft.myNiNumber.get().isBlank()) {
                row = add(grid, row, "National Insurance number", draft.myNiNumber.get().strip().toUpperCase());
            }
        }
        row = add(grid, row, "The other parent", draft.otherName.get());
        row = add(grid, row, "Their work", draft.otherWork.get().label());
        for (CaseDraft.ChildDraft child : draft.children) {
            String born = UkDates.parse(child.dateOfBirth.get()).map(UkFormats::shortDate).orElse("");
            row = add(grid, row, "Child", child.firstName.get().strip() + ", born " + born);
        }
        row = add(grid, row, "Arrangement", draft.arrangement.get().label());
        if (draft.arrangement.get().involvesCms()) {
            Optional<CmsReference> reference = Optional.ofNullable(CmsReference.parse(draft.cmsReference.get()))
                    .filter(v -> v.isOk()).map(v -> v.value());
            row = add(grid, row, "CMS reference", reference.map(CmsReference::grouped).orElse(""));
        }
        if (draft.arrangement.get() == Arrangement.COLLECT_AND_PAY) {
            add(grid, row, "Collect and Pay fee", draft.feePercent.get().strip().replace("%", "") + "%");
        }
        view.getChildren().setAll(grid);
    }

    private static String oneLine(String lines) {
        return String.join(", ", lines.strip().split("\\s*\\R\\s*"));
    }

    private static int add(GridPane grid, int row, String label, String value) {
        Label name = new Label(label);
        name.getStyleClass().add("summary-label");
        Label text = new Label(value);
        text.setWrapText(true);
        text.setId("summary-" + row);
        grid.add(name, 0, row);
        grid.add(text, 1, row);
        return row + 1;
    }
}
