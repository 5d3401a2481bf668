package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.store.AppCorrections.AppCorrection;
import uk.cml.store.History.EarlierVersion;
import uk.cml.ui.common.Messages;

/** Describes the earlier versions of a corrected record, so a correction is always visible. */
final class Versions {

    private Versions() {
    }

    static String describe(List<EarlierVersion> versions, Function<Map<String, String>, String> what) {
        return describe(versions, what, List.of());
    }

    /**
     * As above, with the corrections the app made rather than the parent (quick entry's words re-said) said under
     * the version each replaced: "Corrected by the app when it was updated on 5 Dec 2026, not by you: ...".
     */
    static String describe(List<EarlierVersion> versions, Function<Map<String, String>, String> what,
            List<AppCorrection> byTheApp) {
        if (versions.isEmpty()) {
            return Messages.text("payments.versions.notCorrectedSinceItWas");
        }
        StringBuilder text = new StringBuilder(Messages.text("payments.versions.earlierVersions"));
        for (EarlierVersion version : versions) {
            text.append(Messages.text("payments.versions.until")).append(UkFormats.dateTime(version.amendedAt()))
                    .append(": ")
                    .append(what.apply(version.columns()));
            byTheApp.stream().filter(made -> made.replaced().equals(version))
                    .forEach(made -> text.append(Messages.text("payments.versions.byTheApp", made.sentence())));
        }
        return text.toString();
    }

    static String payment(Map<String, String> columns) {
        return date(columns.get("paid_on")) + ", " + money(columns.get("amount_pence")) + ", "
                + PaymentMethod.valueOf(columns.getOrDefault("method", "OTHER")).label()
                + optional(Messages.text("payments.versions.ref"), columns.get("reference"))
                + (columns.get("for_due") == null ? ""
                : Messages.text("payments.versions.forDue", date(columns.get("for_due"))))
                + (columns.get("evidence_document_id") == null ? ""
                : Messages.text("payments.versions.evidenceAttached"))
                // The note too: a correction of the note alone (quick entry's words re-said) is then visible.
                + (columns.get("note") == null || columns.get("note").isBlank() ? ""
                : Messages.text("payments.versions.note", columns.get("note")));
    }

    static String plan(Map<String, String> columns) {
        return Messages.text("payments.versions.from", money(columns.get("amount_pence")),
                date(columns.get("first_due")), optional(", ", columns.get("source")));
    }

    static String adjustment(Map<String, String> columns) {
        return date(columns.get("made_on")) + ", " + money(columns.get("amount_pence"))
                + optional(", ", columns.get("note"));
    }

    private static String date(String iso) {
        return iso == null ? Messages.text("payments.versions.noDate") : UkFormats.shortDate(LocalDate.parse(iso));
    }

    private static String money(String pence) {
        return pence == null ? Messages.text("payments.versions.noAmount") : Money.ofPence(Long.parseLong(pence))
                .format();
    }

    private static String optional(String prefix, String text) {
        return text == null || text.isBlank() ? "" : prefix + text;
    }
}
