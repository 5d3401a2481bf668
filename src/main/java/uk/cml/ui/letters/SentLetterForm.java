package uk.cml.ui.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.scene.layout.GridPane;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import uk.cml.domain.UkFormats;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.LetterRules;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.UkDateField;
import uk.cml.ui.common.AttachmentField;

/** The fields of a letter the parent sent: who to, the copy, how it was posted and the proof. */
final class SentLetterForm {

    private final Clock clock;
    private final UkCalendar calendar;
    final FormGrid grid = new FormGrid();
    private final UkDateField written = new UkDateField();
    private final ComboBox<AddressBookEntry> toEntry = new ComboBox<>();
    private final TextField toName = new TextField();
    private final TextArea toAddress = new TextArea();
    private final TextField subject = new TextField();
    private final ComboBox<LetterKind> kind = new ComboBox<>(FXCollections.observableArrayList(LetterKind.values()));
    private final UkDateField posted = new UkDateField();
    private final ComboBox<PostingMethod> method =
            new ComboBox<>(FXCollections.observableArrayList(PostingMethod.values()));
    private final TextField tracking = new TextField();
    private final UkDateField trackedDelivery = new UkDateField();
    private final UkDateField certificateDate = new UkDateField();
    private final TextField branch = new TextField();
    private final TextField reference = new TextField();
    private final UkDateField replyBy = new UkDateField();
    private final Label replyByHint = new Label();
    private final Label inReplyToText = new Label();
    private final AttachmentField copy;
    private final AttachmentField certificate;
    private final Label writtenError;
    private final Label postedError;
    private final Label methodError;
    private final Label certificateDateError;
    private final Label replyByError;
    private final Label trackedDeliveryError;
    private SentLetter editing;
    private Optional<Long> inReplyTo = Optional.empty();
    private Optional<LocalDate> lastSuggestion = Optional.empty();

    SentLetterForm(Clock clock, UkCalendar calendar, AttachmentField copy, AttachmentField certificate) {
        this.clock = clock;
        this.calendar = calendar;
        this.copy = copy;
        this.certificate = certificate;
        writtenError = grid.add("sent-written", "Date written", written, null);
        toEntry.setPromptText("Choose from the address book");
        toEntry.valueProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                toName.setText(entry.name());
                toAddress.setText(String.join("\n", entry.postalAddress().printedLines()));
            }
        });
        grid.add("sent-to", "To", toEntry, "Or type the name and address below.");
        grid.add("sent-to-name", "Name", toName, null);
        toAddress.setPrefRowCount(3);
        grid.add("sent-to-address", "Address", toAddress, "As printed on the letter.");
        grid.add("sent-subject", "Subject", subject, "For example: Missed payments in October 2026.");
        grid.add("sent-kind", "Kind of letter", kind, null);
        grid.add("sent-copy", "Your copy", copy, "The PDF you printed, or a scan or photo of the letter.");
        Label posting = new Label("Posting");
        posting.getStyleClass().add("heading");
        GridPane.setHalignment(posting, HPos.LEFT);
        grid.addWide(posting);
        postedError = grid.add("sent-posted", "Date posted or sent", posted, "Leave empty until it is sent.");
        methodError = grid.add("sent-method", "How it was sent", method, null);
        grid.add("sent-tracking", "Tracking number", tracking, "For Signed For and Special Delivery.");
        trackedDeliveryError = grid.add("sent-delivered", "Delivered on (tracking)", trackedDelivery,
                "The delivery date Royal Mail's tracking shows. Reply dates then count from it.");
        certificateDateError = grid.add("sent-cert-date", "Certificate of posting date", certificateDate,
                "The Post Office gives a certificate of posting free if you ask at the counter.");
        grid.add("sent-cert-branch", "Post Office branch", branch, null);
        grid.add("sent-cert-ref", "Certificate reference", reference, null);
        grid.add("sent-cert-photo", "Photo of the certificate", certificate, null);
        replyByHint.getStyleClass().add("field-hint");
        replyByHint.setWrapText(true);
        replyByHint.setId("sent-reply-by-suggestion");
        replyByError = grid.add("sent-reply-by", "Reply expected by", replyBy, null);
        grid.addWide(replyByHint);
        inReplyToText.setId("sent-in-reply-to");
        inReplyToText.setWrapText(true);
        inReplyToText.managedProperty().bind(inReplyToText.visibleProperty());
        grid.addWide(inReplyToText);
        method.valueProperty().addListener((obs, old, now) -> {
            tracking.setDisable(now == null || !now.tracked());
            trackedDelivery.setDisable(now == null || !now.tracked());
            suggest();
        });
        kind.valueProperty().addListener((obs, old, now) -> suggest());
        posted.valueProperty().addListener((obs, old, now) -> suggest());
        posted.getEditor().textProperty().addListener((obs, old, now) -> suggest());
        trackedDelivery.getEditor().textProperty().addListener((obs, old, now) -> suggest());
    }

    void setAddressBook(List<AddressBookEntry> entries) {
        toEntry.getItems().setAll(entries.stream().filter(e -> e.kind() == AddressBookEntry.EntryKind.POSTAL).toList());
    }

    /** Fills the form from a letter, or empties it for a new one (optionally as the reply to a received letter). */
    void edit(SentLetter letter, Optional<Long> replyTo, String replyToDescription) {
        editing = letter;
        inReplyTo = letter == null ? replyTo : letter.inReplyTo();
        lastSuggestion = Optional.empty();
        written.setDate(letter == null ? LocalDate.now(clock) : letter.written());
        toEntry.setValue(null);
        if (letter != null) {
            toEntry.getItems().stream().filter(e -> letter.to().addressBookId().equals(Optional.of(e.id())))
                    .findFirst().ifPresent(toEntry::setValue);
        }
        toName.setText(letter == null ? "" : letter.to().name());
        toAddress.setText(letter == null ? "" : letter.to().address());
        subject.setText(letter == null ? "" : letter.subject());
        kind.setValue(letter == null ? (replyTo.isPresent() ? LetterKind.REPLY : LetterKind.OTHER) : letter.kind());
        copy.show(letter == null ? Optional.empty() : letter.copyDocumentId());
        posted.setDate(letter == null ? null : letter.posted().orElse(null));
        method.setValue(letter == null ? null : letter.method().orElse(null));
        tracking.setText(letter == null ? "" : letter.trackingNumber());
        trackedDelivery.setDate(letter == null ? null : letter.trackedDelivery().orElse(null));
        ProofOfPostage proof = letter == null ? ProofOfPostage.NONE : letter.proof();
        certificateDate.setDate(proof.certificateDate().orElse(null));
        branch.setText(proof.branch());
        reference.setText(proof.reference());
        certificate.show(proof.photoDocumentId());
        replyBy.setDate(letter == null ? null : letter.replyBy().orElse(null));
        inReplyToText.setText(replyToDescription);
        inReplyToText.setVisible(!replyToDescription.isEmpty());
        List.of(writtenError, postedError, methodError, certificateDateError, replyByError, trackedDeliveryError)
                .forEach(l -> FormGrid.show(l, Optional.empty()));
        suggest();
    }

    /**
     * Puts the suggested reply-by date in, unless the parent typed their own or the letter prints one: a letter
     * the app wrote keeps the date it asks for, and the hint says when the real posting would give another.
     */
    private void suggest() {
        Optional<LocalDate> when = posted.typedDate();
        Optional<LocalDate> printed = editing == null ? Optional.empty() : editing.printedReplyBy();
        if (when.isEmpty() || method.getValue() == null || kind.getValue() == null) {
            replyByHint.setText(printed.map(p -> "Your letter asks for a reply by " + UkFormats.shortDate(p)
                    + ". The app watches that date.").orElse(
                    "Once you say when and how it was sent, the app suggests a date for the reply."));
            return;
        }
        Optional<LocalDate> tracked = method.getValue().tracked() ? trackedDelivery.typedDate() : Optional.empty();
        LocalDate delivered = calendar.deemedDelivery(when.get(), method.getValue(), tracked);
        DueDate suggested = calendar.replyBy(delivered, UkCalendar.ruleFor(kind.getValue()));
        String counted = (tracked.isPresent() ? "It was delivered on " : "It counts as delivered on ")
                + UkFormats.shortDate(delivered) + ", then " + UkCalendar.ruleFor(kind.getValue()).words()
                + " for a reply (weekends and bank holidays skipped)";
        if (printed.isPresent()) {
            LocalDate p = printed.get();
            replyByHint.setText(p.equals(suggested.date())
                    ? "Your letter asks for a reply by " + UkFormats.shortDate(p) + ". " + counted + ": the same date."
                    : "Your letter asks for a reply by " + UkFormats.shortDate(p) + ". " + counted + ", which gives "
                    + UkFormats.shortDate(suggested.date()) + ": the date moves " + (suggested.date().isAfter(p)
                    ? "later" : "earlier") + " because of when and how it was posted. The app keeps the date in "
                    + "your letter; change it below if you want to watch the other.");
            return;
        }
        replyByHint.setText("Suggested: " + UkFormats.shortDate(suggested.date()) + ". " + counted
                + ". You can change it.");
        Optional<LocalDate> current = replyBy.typedDate();
        if (current.isEmpty() && !replyBy.hasUnreadableText() || current.equals(lastSuggestion)) {
            replyBy.setDate(suggested.date());
        }
        lastSuggestion = Optional.of(suggested.date());
    }

    /** The letter as filled in, or empty after marking what is wrong. */
    Optional<SentLetter> read(long caseId) {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> writtenOn = written.typedDate();
        boolean ok = FormGrid.show(writtenError,
                LetterRules.pastDate(writtenOn, written.hasUnreadableText(), "the date you wrote it", today));
        Optional<PostingMethod> how = Optional.ofNullable(method.getValue());
        ok &= FormGrid.show(postedError, LetterRules.posted(posted.typedDate(), posted.hasUnreadableText(), how,
                writtenOn.orElse(null), today));
        ok &= FormGrid.show(methodError, LetterRules.method(posted.typedDate(), how));
        ok &= FormGrid.show(certificateDateError, certificateDate.hasUnreadableText()
                ? Optional.of("That is not a date we can read. Type it like 22/11/2026.") : Optional.empty());
        ok &= FormGrid.show(trackedDeliveryError, trackedDelivery.hasUnreadableText()
                ? Optional.of("That is not a date we can read. Type it like 22/11/2026.")
                : trackedDelivery.typedDate().filter(d -> posted.typedDate().filter(d::isBefore).isPresent())
                        .map(d -> "It was delivered before it was posted. Check both dates."));
        ok &= FormGrid.show(replyByError, replyBy.hasUnreadableText()
                ? Optional.of("That is not a date we can read. Type it like 22/11/2026.") : Optional.empty());
        if (!ok) {
            return Optional.empty();
        }
        Recipient to = new Recipient(Optional.ofNullable(toEntry.getValue()).map(AddressBookEntry::id),
                toName.getText(), toAddress.getText());
        ProofOfPostage proof = new ProofOfPostage(certificateDate.typedDate(), branch.getText(), reference.getText(),
                certificate.documentId());
        return Optional.of(new SentLetter(editing == null ? 0 : editing.id(), caseId, writtenOn.get(),
                posted.typedDate(), to, subject.getText(), kind.getValue(), copy.documentId(), how, proof,
                how.filter(PostingMethod::tracked).isPresent() ? tracking.getText() : "", replyBy.typedDate(),
                inReplyTo, how.filter(PostingMethod::tracked).isPresent() ? trackedDelivery.typedDate()
                        : Optional.empty(), editing == null ? Optional.empty() : editing.printedReplyBy()));
    }

    Optional<SentLetter> editing() {
        return Optional.ofNullable(editing);
    }
}
