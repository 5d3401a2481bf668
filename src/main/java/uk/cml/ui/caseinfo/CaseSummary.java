package uk.cml.ui.caseinfo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import uk.cml.domain.CmsReference;
import uk.cml.domain.UkDates;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseRules;
import uk.cml.ui.common.Messages;

/** The answers read back before they are saved, so the parent can spot a slip. */
public final class CaseSummary {

    /** The parts of the answers, each with a "Change" link back to the step that asked them. */
    public enum Part {
        ME(Messages.text("caseinfo.caseSummary.aboutYou"), "me"),
        OTHER_PARENT(Messages.text("caseinfo.caseSummary.theOtherParent"), "other-parent"),
        CHILDREN(Messages.text("caseinfo.caseSummary.yourChildren"), "children"),
        ARRANGEMENT(Messages.text("caseinfo.caseSummary.howMaintenanceIsArranged"), "arrangement"),
        PLAN(Messages.text("caseinfo.caseSummary.whatShouldBePaid"), "plan");

        final String heading;
        final String id;

        Part(String heading, String id) {
            this.heading = heading;
            this.id = id;
        }
    }

    /** One answer read back: the question's short name and what was chosen. */
    public record Answer(String question, String answer) {
    }

    /** The answers of a step another feature adds (the privacy questions), read back after the case's own. */
    public record ExtraPart(String id, String heading, Supplier<List<Answer>> answers, Runnable change) {
    }

    private final CaseDraft draft;
    private final List<ExtraPart> extraParts;
    private final boolean includeMe;
    private final Clock clock;
    private final Consumer<Part> change;
    private final VBox view = new VBox(16); // the reminder below the answers stands apart from their last row

    public CaseSummary(CaseDraft draft, boolean includeMe, Clock clock, Consumer<Part> change) {
        this(draft, includeMe, clock, change, List.of());
    }

    public CaseSummary(CaseDraft draft, boolean includeMe, Clock clock, Consumer<Part> change,
                       List<ExtraPart> extraParts) {
        this.draft = draft;
        this.extraParts = List.copyOf(extraParts);
        this.clock = clock;
        this.includeMe = includeMe;
        this.change = change;
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
            row = heading(grid, row, Part.ME);
            row = add(grid, row, Messages.text("caseinfo.caseSummary.you"), draft.myName.get());
            row = add(grid, row, Messages.text("caseinfo.caseSummary.yourAddress"),
                    oneLine(draft.myAddress.get()) + ", " + CaseRules.normalisePostcode(draft.myPostcode.get()));
            if (!draft.myPhone.get().isBlank()) {
                row = add(grid, row, Messages.text("caseinfo.caseSummary.yourPhone"),
                        CaseRules.normalisePhone(draft.myPhone.get()));
            }
            if (!draft.myEmail.get().isBlank()) {
                row = add(grid, row, Messages.text("caseinfo.caseSummary.yourEmail"), draft.myEmail.get().strip());
            }
            if (!draft.myNiNumber.get().isBlank()) {
                row = add(grid, row, Messages.text("caseinfo.caseSummary.nationalInsuranceNumber"),
                        draft.myNiNumber.get().strip().toUpperCase(Locale.ROOT));
            }
        }
        row = heading(grid, row, Part.OTHER_PARENT);
        row = add(grid, row, Messages.text("caseinfo.caseSummary.theirName"), draft.otherName.get());
        // Everything that will be saved is read back: their address too, when it was given.
        String theirAddress = String.join(", ", java.util.stream.Stream.of(oneLine(draft.otherAddress.get()),
                CaseRules.normalisePostcode(draft.otherPostcode.get())).filter(t -> !t.isBlank()).toList());
        if (!theirAddress.isEmpty()) {
            row = add(grid, row, Messages.text("caseinfo.caseSummary.theirAddress"), theirAddress);
        }
        row = add(grid, row, Messages.text("caseinfo.caseSummary.theirWork"), draft.otherWork.get().label());
        row = heading(grid, row, Part.CHILDREN);
        for (CaseDraft.ChildDraft child : draft.children) {
            String born = UkDates.parse(child.dateOfBirth.get()).map(UkFormats::shortDate).orElse("");
            row = add(grid, row, Messages.text("caseinfo.caseSummary.child"),
                    Messages.text("caseinfo.caseSummary.born", child.firstName.get().strip(), born));
        }
        row = heading(grid, row, Part.ARRANGEMENT);
        row = add(grid, row, Messages.text("caseinfo.caseSummary.arrangement"), draft.arrangement.get().label());
        if (draft.arrangement.get().involvesCms()) {
            Optional<CmsReference> reference = Optional.ofNullable(CmsReference.parse(draft.cmsReference.get()))
                    .filter(v -> v.isOk()).map(v -> v.value());
            // Read back as the parent chose: to add later, never an empty line that looks like an answer lost.
            row = add(grid, row, Messages.text("caseinfo.caseSummary.cmsReference"), draft.referenceToAddLater()
                    ? Messages.text("caseinfo.caseSummary.referenceLater")
                    : reference.map(CmsReference::grouped).orElse(""));
            // Read back with the warnings the field gave: every letter for this case would carry that number. Set-up's
            // Next moves on at once, so a warning that showed as the last digit was typed may not have been read.
            if (draft.referenceCheck().isPresent()) {
                Label check = new Label(draft.referenceCheck().get());
                check.setId("summary-cms-reference-check");
                check.setWrapText(true);
                check.getStyleClass().addAll("field-hint", "field-warning");
                grid.add(check, 1, row);
                row++;
            }
            Optional<uk.cml.domain.caseinfo.CaseFile> same = draft.sameReferenceAs(draft.cmsReference.get());
            if (same.isPresent()) {
                Label warning = new Label(Messages.text("caseinfo.arrangementForm.sameReference",
                        same.get().otherParentName()));
                warning.setId("summary-cms-reference-same");
                warning.setWrapText(true);
                warning.getStyleClass().addAll("field-hint", "field-warning");
                grid.add(warning, 1, row);
                row++;
            }
        }
        if (draft.arrangement.get() == Arrangement.COLLECT_AND_PAY) {
            // A saved case's rates with their dates; set-up has one rate, from the start.
            String typed = draft.feePercent.get().strip().replace("%", "");
            row = add(grid, row, Messages.text("caseinfo.caseSummary.collectAndPayFee"),
                    draft.savedFee.percentFrom().isEmpty() || draft.feeChanged()
                            ? Messages.text("caseinfo.feeHistory.percent", typed)
                            : FeeHistoryText.describe(draft.savedFee));
        }
        row = heading(grid, row, Part.PLAN);
        Optional<PaymentPlan> plan = draft.toPlan();
        if (plan.isEmpty()) {
            row = add(grid, row, Messages.text("caseinfo.caseSummary.payments"),
                    Messages.text("caseinfo.caseSummary.planLater"));
        } else {
            row = add(grid, row, Messages.text("payments.planPanel.amountDueEachTime"), plan.get().amount().format());
            row = add(grid, row, Messages.text("payments.planPanel.howOften"), plan.get().frequency().label());
            row = add(grid, row, Messages.text("payments.planPanel.firstDueOn"),
                    CalendarText.dayAndDate(plan.get().firstDue()));
            // Only what the parent said: a source filled in for them was read back as if they had given it.
            row = add(grid, row, Messages.text("payments.planPanel.whereItCameFrom"), plan.get().source().isBlank()
                    ? Messages.text("caseinfo.caseSummary.sourceNotGiven") : plan.get().source());
        }
        for (ExtraPart part : extraParts) {
            row = heading(grid, row, part.heading(), part.id(), part.change());
            int n = 0;
            for (Answer answer : part.answers().get()) {
                answer(grid, row, answer.question(), answer.answer()).setId("summary-" + part.id() + "-" + n++);
                row++;
            }
        }
        view.getChildren().setAll(grid);
        draft.pastPaymentsHint(LocalDate.now(clock)).ifPresent(words -> {
            Label pastPayments = new Label(words);
            pastPayments.setId("summary-past-payments");
            pastPayments.setWrapText(true);
            view.getChildren().add(pastPayments);
        });
    }

    private static String oneLine(String lines) {
        return uk.cml.domain.caseinfo.PostalAddress.oneLine(lines);
    }

    private int heading(GridPane grid, int row, Part part) {
        return heading(grid, row, part.heading, part.id, () -> change.accept(part));
    }

    private static int heading(GridPane grid, int row, String text, String id, Runnable change) {
        Label heading = new Label(text);
        heading.getStyleClass().addAll("subheading", "summary-heading");
        Hyperlink link = new Hyperlink(Messages.text("caseinfo.caseSummary.change"));
        link.setId("summary-change-" + id);
        link.setAccessibleText(Messages.text("caseinfo.caseSummary.changePart",
                text.toLowerCase(java.util.Locale.UK)));
        link.setOnAction(e -> change.run());
        grid.add(heading, 0, row);
        grid.add(link, 1, row);
        return row + 1;
    }

    private static int add(GridPane grid, int row, String label, String value) {
        answer(grid, row, label, value);
        return row + 1;
    }

    private static Label answer(GridPane grid, int row, String label, String value) {
        Label name = new Label(label);
        name.getStyleClass().add("summary-label");
        Label text = new Label(value);
        text.setWrapText(true);
        text.setId("summary-" + row);
        grid.add(name, 0, row);
        grid.add(text, 1, row);
        return text;
    }
}
