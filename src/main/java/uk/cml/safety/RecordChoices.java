package uk.cml.safety;

import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Labelled;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.FeeBasis;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.domain.correspondence.AcknowledgementAnswer;
import uk.cml.domain.correspondence.FinalResponseAnswer;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.MissedPaymentsTold;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.EnforcementStep;

/**
 * The columns that keep a choice by its constant's name ("BANK_TRANSFER"), and the name the app shows for it ("Bank
 * transfer", from {@link Labelled}): what Check records says a changed record held, and what the CSV export writes.
 */
final class RecordChoices {

    private static final Map<String, Class<? extends Enum<?>>> CHOICES = Map.ofEntries(
            Map.entry("payment.method", PaymentMethod.class),
            Map.entry("payment_plan.frequency", PaymentFrequency.class),
            Map.entry("adjustment.kind", AdjustmentKind.class),
            Map.entry("adjustment.fee_basis", FeeBasis.class),
            Map.entry("case_file.arrangement", Arrangement.class),
            Map.entry("arrangement_period.arrangement", Arrangement.class),
            Map.entry("case_file.other_parent_work", WorkSituation.class),
            Map.entry("call_log.direction", CallDirection.class),
            Map.entry("call_log.told_missed_payments", MissedPaymentsTold.class),
            Map.entry("letter_received.final_response", FinalResponseAnswer.class),
            Map.entry("letter_received.acknowledgement", AcknowledgementAnswer.class),
            Map.entry("note.category", NoteCategory.class),
            Map.entry("letter_sent.kind", LetterKind.class),
            Map.entry("letter_sent.method", PostingMethod.class),
            Map.entry("enforcement_step.step", EnforcementStep.class),
            Map.entry("cms_decision.kind", Decision.Kind.class),
            Map.entry("address_book.kind", AddressBookEntry.EntryKind.class));

    private RecordChoices() {
    }

    /**
     * The app's name for {@code value} in {@code table.column}; empty when the column keeps no choice or the value
     * is none of its constants (someone may have typed anything into the file).
     */
    static Optional<String> label(String table, String column, String value) {
        Class<? extends Enum<?>> choice = CHOICES.get(table + "." + column);
        if (choice == null || value == null) {
            return Optional.empty();
        }
        for (Enum<?> constant : choice.getEnumConstants()) {
            if (constant.name().equals(value) && constant instanceof Labelled labelled) {
                return Optional.of(labelled.label());
            }
        }
        return Optional.empty();
    }
}
