package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.app.AppServices;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.store.OldShapeRecords;
import uk.cml.store.PaymentStore.Kind;

/**
 * A payment whose note the app corrected, not the parent (quick entry's words re-said by the upgrade to V033, or after
 * another payment changed), says so in its history: the payment's Earlier versions and the Timeline (whose details
 * the pack's chronology prints). Before, both read as a correction like the parent's own, at the upgrade's moment.
 * A real records file saved at V032 as the old code saved it, upgraded on 22 Nov 2026 (OldShapeRecords.CLOCK).
 */
class AppCorrectionsSaidTest {

    static final LocalDate DUE = LocalDate.of(2026, 11, 15);
    static final String AT_UPDATE = "Corrected by the app itself when it was updated on 22 Nov 2026, not by hand: its "
            + "note said \u201cPart arrived (due 15 Nov 2026)\u201d of a payment that no longer leaves that due "
            + "short. The words typed after them were kept.";

    @TempDir
    Path folder;

    private static String history(AppServices services, long id) {
        return Versions.describe(services.payments.earlierVersions(Kind.PAYMENT, id), Versions::payment,
                services.payments.appCorrections(id));
    }

    private static TimelineEntry onTheTimeline(AppServices services, long caseId, long id) {
        return services.payments.timeline(caseId).stream().filter(e -> e.kind() == TimelineKind.PAYMENT
                && e.sourceId() == id).findFirst().orElseThrow();
    }

    @Test
    void theUpgradesRepairIsSaidToBeTheApps() {
        Path data = folder.resolve("data");
        long part;
        try (OldShapeRecords old = OldShapeRecords.atV032(data, Arrangement.COLLECT_AND_PAY)) {
            part = old.quickEntryPart(DUE, 40_00, ". The CMS said it was late from him");
            old.correctAsBefore(part, 49_80, Optional.of(DUE));
        }
        try (AppServices services = AppServices.open(data, OldShapeRecords.CLOCK)) {
            long caseId = services.cases.cases().get(0).id();
            String history = history(services, part);
            // The parent's own correction (£40.00 to £49.80) is theirs; the note's, the app's.
            assertEquals(1, history.split("Corrected by the app", -1).length - 1, history);
            assertTrue(history.contains("note \u201cPart arrived (due 15 Nov 2026). The CMS said it was late from "
                    + "him\u201d\n    " + AT_UPDATE), history);
            TimelineEntry entry = onTheTimeline(services, caseId, part);
            assertTrue(entry.detail().contains(AT_UPDATE), entry.detail());
        }
    }

    @Test
    void aCorrectionAfterAnotherPaymentChangedIsSaidToBeTheAppsAndTheParentsOwnIsNot() {
        Path data = folder.resolve("data");
        long part;
        long other;
        try (OldShapeRecords old = OldShapeRecords.atV032(data, Arrangement.COLLECT_AND_PAY)) {
            other = old.addAsBefore(new Payment(0, DUE.minusDays(1), Money.ofPounds(5),
                    uk.cml.domain.arrears.PaymentMethod.THROUGH_CMS, "", "", Optional.of(DUE)));
            part = old.quickEntryPart(DUE, 40_00, "");
        }
        // A week after the upgrade: the parent corrects the other payment to £9.80, and the £40.00 finishes the due.
        Clock later = Clock.fixed(Instant.parse("2026-11-29T09:30:00Z"), ZoneId.of("Europe/London"));
        try (AppServices services = AppServices.open(data, OldShapeRecords.CLOCK)) {
            assertFalse(history(services, part).contains("Corrected by the app"), "nothing to repair at upgrade");
        }
        try (AppServices services = AppServices.open(data, later)) {
            long caseId = services.cases.cases().get(0).id();
            Payment first = services.payments.payments(caseId).stream().filter(p -> p.id() == other).findFirst()
                    .orElseThrow();
            services.payments.correctPayment(caseId, new Payment(other, first.date(), Money.ofPence(9_80),
                    first.method(), "", "", first.forDue()), Optional.empty());
            String history = history(services, part);
            assertTrue(history.contains("Corrected by the app itself on 29 Nov 2026, 09:30, not by hand, when another "
                    + "record, or a due that came since, changed how its money counts: its note said \u201cPart arrived (due 15 Nov 2026)\u201d of a payment that no "
                    + "longer leaves that due short."), history);
            assertFalse(history.contains("typed after"), "nothing of the parent's in that note");
            assertTrue(onTheTimeline(services, caseId, part).detail().contains("Corrected by the app itself on 29 Nov"));
            // The other payment's correction is the parent's: nothing said of the app.
            assertFalse(history(services, other).contains("Corrected by the app"), history(services, other));
            assertEquals(List.of(), services.payments.appCorrections(other));
        }
    }
}
