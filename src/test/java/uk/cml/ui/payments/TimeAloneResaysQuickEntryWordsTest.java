package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.app.AppServices;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.common.InlineJobs;
import uk.cml.ui.overview.OverviewModel;

/**
 * Time alone can make quick entry's words untrue, with no record changed. £51.87 a week, Direct Pay, from Sun 1 Nov
 * 2026. £30.00 arrived on Fri 13 Nov, sent before the weekend for Sunday's due; logged that day, while the due of
 * 15 Nov was still to come, it counted for the due of 8 Nov, and on Sat 14 Nov quick entry's "paid late" recorded
 * the £21.87 the page said was still owed: "Arrived late (due 8 Nov 2026)", the due paid in full, late. On Sun 15 Nov
 * the new due's early days take the £30.00, and 8 Nov is short again: the words are re-said when the Overview or the
 * Payments page next reads the case, off the FX thread, and a reading that finds them true writes nothing.
 */
public class TimeAloneResaysQuickEntryWordsTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-14T10:00:00Z"), LONDON);
    public static final Clock LATER = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), LONDON);
    static final LocalDate EIGHTH = LocalDate.of(2026, 11, 8);

    @TempDir
    Path folder;

    /** The records as the parent left them on Sat 14 Nov; returns the quick-entry payment's id. */
    public static long loggedOnSaturday(Path data) {
        try (AppServices services = AppServices.open(data, SATURDAY)) {
            long caseId = services.cases.completeSetup(new MyDetails("Sam Taylor", new PostalAddress(List.of(
                    "14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()), new CaseFile(0, "Jordan Reed",
                    Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY, Optional.empty(),
                    List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14))), new BigDecimal("4")));
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(51_87), PaymentFrequency.WEEKLY,
                    LocalDate.of(2026, 11, 1), "CMS letter"));
            services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 13), Money.ofPounds(30),
                    PaymentMethod.BANK_TRANSFER, "", "", Optional.empty()));
            SimpleObjectProperty<CaseFile> current = new SimpleObjectProperty<>();
            PaymentsModel payments = new PaymentsModel(services.payments, null, new InlineJobs(), SATURDAY, current);
            QuickEntryModel quick = new QuickEntryModel(payments);
            current.set(services.cases.find(caseId).orElseThrow());
            payments.reload();
            ScheduleLine eighth = payments.now().orElseThrow().schedule().lines().stream()
                    .filter(l -> l.date().equals(EIGHTH)).findFirst().orElseThrow();
            assertEquals(Money.ofPence(21_87), eighth.shortBy(), "the £30.00 counted for 8 Nov on Saturday");
            quick.choose(eighth);
            quick.paidLate(Optional.of(LocalDate.of(2026, 11, 14)));
            Payment late = services.payments.payments(caseId).stream().filter(p -> p.forDue().isPresent())
                    .findFirst().orElseThrow();
            assertEquals("Arrived late (due 8 Nov 2026)", late.note());
            return late.id();
        }
    }

    private static Payment find(AppServices services, long id) {
        long caseId = services.cases.cases().get(0).id();
        return services.payments.payments(caseId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** The records file and its write-ahead log, as bytes: a reading that writes nothing leaves them the same. */
    private static byte[] files(Path data) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> all = Files.list(data)) {
            for (Path file : all.filter(f -> f.getFileName().toString().startsWith("child-maintenance-log.db"))
                    .sorted().toList()) {
                try {
                    digest.update(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return digest.digest();
    }

    @Test
    void theOverviewsReadingOnceTheNewDueCameReSaysArrivedLateAsPartPaid() {
        Path data = folder.resolve("data");
        long late = loggedOnSaturday(data);
        try (AppServices services = AppServices.open(data, LATER)) {
            long caseId = services.cases.cases().get(0).id();
            assertEquals("Arrived late (due 8 Nov 2026)", find(services, late).note(), "no record changed");

            new OverviewModel(services.payments, List.of()).read(caseId, LocalDate.now(LATER));

            ScheduleLine eighth = services.payments.schedule(caseId, LocalDate.now(LATER)).lines().stream()
                    .filter(l -> l.date().equals(EIGHTH)).findFirst().orElseThrow();
            assertTrue(eighth.completedBy() != late, "8 Nov is short again");
            assertEquals("Part paid (due 8 Nov 2026)", find(services, late).note());
            assertEquals("Arrived late (due 8 Nov 2026)", services.payments.earlierVersions(Kind.PAYMENT, late)
                    .get(0).columns().get("note"), "the version with the old words is kept");
            String history = Versions.describe(services.payments.earlierVersions(Kind.PAYMENT, late),
                    Versions::payment, services.payments.appCorrections(late));
            assertTrue(history.contains("Corrected by the app itself on 22 Nov 2026, 10:00, not by hand, when another "
                    + "record, or a due that came since, changed how its money counts: its note said \u201cArrived "
                    + "late (due 8 Nov 2026)\u201d of money that is now only part of that due."), history);
        }
    }

    @Test
    void thePaymentsPageListsTheWordsReSaid() {
        Path data = folder.resolve("data");
        long late = loggedOnSaturday(data);
        try (AppServices services = AppServices.open(data, LATER)) {
            SimpleObjectProperty<CaseFile> current = new SimpleObjectProperty<>();
            PaymentsModel payments = new PaymentsModel(services.payments, null, new InlineJobs(), LATER, current);
            current.set(services.cases.cases().get(0));
            payments.reload();

            assertEquals("Part paid (due 8 Nov 2026)", payments.now().orElseThrow().records().payments().stream()
                    .filter(p -> p.id() == late).findFirst().orElseThrow().note());
        }
    }

    @Test
    void aReadingThatFindsTheWordsTrueWritesNothing() throws Exception {
        Path data = folder.resolve("data");
        long late = loggedOnSaturday(data);
        try (AppServices services = AppServices.open(data, LATER)) {
            long caseId = services.cases.cases().get(0).id();
            OverviewModel overview = new OverviewModel(services.payments, List.of());
            overview.read(caseId, LocalDate.now(LATER));
            int versions = services.payments.earlierVersions(Kind.PAYMENT, late).size();
            byte[] before = files(data);

            overview.read(caseId, LocalDate.now(LATER));
            overview.read(caseId, LocalDate.now(LATER));

            assertArrayEquals(before, files(data), "nothing written");
            assertEquals(versions, services.payments.earlierVersions(Kind.PAYMENT, late).size());
        }
    }
}
