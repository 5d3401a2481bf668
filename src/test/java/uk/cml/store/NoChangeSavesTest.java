package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.app.WithTheServices;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;

/**
 * Every kind of record a parent can correct outside the Calls and Notes pages: saved again with nothing changed (the
 * same figures, a note with a space typed after it), nothing is recorded: no earlier version, no "changed" time,
 * so the history and the pack show no correction. A version kept that way before this guard is no correction either.
 */
class NoChangeSavesTest extends WithTheServices {

    NoChangeSavesTest() {
        super("2026-11-06T18:02:00Z");
    }

    @Override
    protected MyDetails parent() {
        return CaseStoreTest.me();
    }

    @Override
    protected CaseFile newCase() {
        return CaseStoreTest.aCase();
    }

    private void later() {
        clock.advance(Duration.ofDays(3));
    }

    private int amendments(String table) {
        return services.database.read(c -> {
            try (var s = c.prepareStatement("SELECT COUNT(*) FROM amendment WHERE record_table = ?")) {
                s.setString(1, table);
                try (var r = s.executeQuery()) {
                    return r.getInt(1);
                }
            }
        });
    }

    private TimelineEntry entry(TimelineKind kind) {
        return services.payments.timeline(caseId).stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a payment saved again as it was, its note with a space after it, records nothing")
    void payment() {
        Payment first = new Payment(0, LocalDate.of(2026, 11, 6), Money.ofPounds(10), PaymentMethod.BANK_TRANSFER,
                "JR MAINT", "Paid late", Optional.empty());
        long id = services.payments.savePayment(caseId, first);
        later();
        services.payments.savePayment(caseId, new Payment(id, first.date(), Money.ofPence(1000), first.method(),
                "JR MAINT ", "Paid late  ", Optional.empty()), Optional.empty());

        assertEquals(0, amendments("payment"));
        assertTrue(services.payments.earlierVersions(PaymentStore.Kind.PAYMENT, id).isEmpty());
        assertTrue(entry(TimelineKind.PAYMENT).recorded().changed().isEmpty(), "no 'changed' time in the pack");

        services.payments.savePayment(caseId, new Payment(id, first.date(), Money.ofPounds(12), first.method(),
                "JR MAINT", "Paid late", Optional.empty()));
        assertEquals(1, amendments("payment"), "a real correction is kept");
    }

    @Test
    @DisplayName("evidence attached again to the payment it already shows records nothing")
    void evidenceAgain() throws Exception {
        long id = services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 6),
                Money.ofPounds(10), PaymentMethod.BANK_TRANSFER, "", ""));
        long doc = services.documents.add(caseId, TestFiles.png(folder.resolve("statement.png"), 30), "")
                .document().id();
        services.payments.attachEvidence(id, Optional.of(doc));
        later();
        services.payments.attachEvidence(id, Optional.of(doc));
        assertEquals(1, amendments("payment"), "only the first attaching");
    }

    @Test
    @DisplayName("a plan and an adjustment saved again as they were record nothing")
    void planAndAdjustment() {
        PaymentPlan plan = new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.MONTHLY, LocalDate.of(2026, 10, 6),
                "CMS calculation");
        long planId = services.payments.savePlan(caseId, plan);
        Adjustment adjustment = new Adjustment(0, LocalDate.of(2026, 11, 1), AdjustmentKind.WRITE_OFF,
                Money.ofPounds(20), "CMS letter");
        long adjustmentId = services.payments.saveAdjustment(caseId, adjustment);
        later();
        services.payments.savePlan(caseId, new PaymentPlan(planId, Money.ofPence(5000), plan.frequency(),
                plan.firstDue(), "CMS calculation "));
        services.payments.saveAdjustment(caseId, new Adjustment(adjustmentId, adjustment.date(), adjustment.kind(),
                Money.ofPence(2000), " CMS letter"));

        assertEquals(0, amendments("payment_plan"));
        assertEquals(0, amendments("adjustment"));
        assertTrue(services.payments.earlierVersions(PaymentStore.Kind.PLAN, planId).isEmpty());
        assertTrue(entry(TimelineKind.ADJUSTMENT).recorded().changed().isEmpty());
    }

    @Test
    @DisplayName("the case's details saved again as they were record nothing, in any of their tables")
    void caseDetails() {
        MyDetails me = services.cases.myDetails().orElseThrow();
        CaseFile saved = services.cases.find(caseId).orElseThrow();
        later();
        services.cases.saveCorrections(me, saved);

        for (String table : List.of("my_details", "case_file", "child", "collection_fee", "arrangement_period")) {
            assertEquals(0, amendments(table), table);
        }
        assertTrue(services.cases.earlierVersions(caseId).isEmpty());

        services.cases.saveCorrections(me, new CaseFile(caseId, "Jordan Reid", saved.otherParentAddress(),
                saved.otherParentWork(), saved.arrangement(), saved.cmsReference(), saved.children(),
                new BigDecimal("4")));
        assertEquals(1, amendments("case_file"), "a real correction is kept");
        assertEquals(0, amendments("child"), "the children were not changed");
    }

    @Test
    @DisplayName("a document's description saved again as it was records nothing")
    void documentDescription() throws Exception {
        long id = services.documents.add(caseId, TestFiles.png(folder.resolve("letter.png"), 40), "CMS letter")
                .document().id();
        later();
        services.documents.describe(id, "CMS letter ");
        assertEquals(0, amendments("document"));
        assertTrue(services.documents.earlierVersions(id).isEmpty());
    }

    @Test
    @DisplayName("a step of the CMS's given the day it already has records nothing")
    void standingStep() {
        long id = services.standing.tick(new EnforcementRecord(0, caseId, EnforcementStep.ARREARS_NOTICE,
                LocalDate.of(2026, 11, 2), ""));
        EnforcementRecord ticked = services.standing.enforcement(caseId).get(0);
        later();
        assertEquals(id, services.standing.redate(ticked, LocalDate.of(2026, 11, 2)));
        assertEquals(List.of(ticked), services.standing.enforcement(caseId));
        int rows = services.database.read(c -> {
            try (var s = c.prepareStatement("SELECT COUNT(*) FROM enforcement_step"); var r = s.executeQuery()) {
                return r.getInt(1);
            }
        });
        assertEquals(1, rows, "no row taken back and added again");
    }

    /**
     * Records saved before this guard may hold a version kept by a save that changed nothing: it is no correction,
     * so the Payments page's history, the Case page's count and the pack's "changed" time say nothing of it.
     */
    @Test
    @DisplayName("an old no-change correction of a payment or the case is not shown as a correction")
    void oldNoChangeCorrections() {
        long id = services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 6),
                Money.ofPounds(10), PaymentMethod.BANK_TRANSFER, "", "Paid late"));
        later();
        savedAgainTheOldWay("payment", id);
        savedAgainTheOldWay("case_file", caseId);
        assertEquals(1, amendments("payment"));

        assertTrue(services.payments.earlierVersions(PaymentStore.Kind.PAYMENT, id).isEmpty());
        assertTrue(entry(TimelineKind.PAYMENT).recorded().changed().isEmpty(), "no 'changed' time in the pack");
        assertEquals(Optional.of(java.time.LocalDateTime.of(2026, 11, 6, 18, 2)),
                entry(TimelineKind.PAYMENT).recorded().first());
        assertTrue(services.cases.earlierVersions(caseId).isEmpty());

        later();
        services.payments.savePayment(caseId, new Payment(id, LocalDate.of(2026, 11, 6), Money.ofPounds(11),
                PaymentMethod.BANK_TRANSFER, "", "Paid late"));
        assertEquals(1, services.payments.earlierVersions(PaymentStore.Kind.PAYMENT, id).size(), "the real one");
        assertEquals(Optional.of(java.time.LocalDateTime.now(clock)), entry(TimelineKind.PAYMENT).recorded().changed());
    }

    /** As the stores did before the guard: the row kept as it was, then written again with only a new time. */
    private void savedAgainTheOldWay(String table, long id) {
        History history = new History(clock);
        services.database.inTransaction(c -> {
            history.keepEarlierVersion(c, table, id);
            try (var u = c.prepareStatement("UPDATE " + table + " SET recorded_at = ? WHERE id = ?")) {
                u.setString(1, java.time.LocalDateTime.now(clock).toString());
                u.setLong(2, id);
                return u.executeUpdate();
            }
        });
    }
}
