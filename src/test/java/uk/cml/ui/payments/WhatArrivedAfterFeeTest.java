package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.todo.TodoItem;
import uk.cml.ui.common.ModelCase;

/**
 * The Payments page's "What arrived" under Collect and Pay, without a window, on a real records file: £51.87 a week
 * from Sun 1 Nov 2026, the CMS's fee 4%; £49.80 reached the parent for 1 and 8 Nov, £24.90 for 15 Nov; today is Sun
 * 22 Nov. The cell said "£51.87 on 1 Nov 2026", what the CMS counted before its fee, while £49.80 arrived.
 */
@DisplayName("Payments page, Collect and Pay: what arrived is what reached the parent")
class WhatArrivedAfterFeeTest {

    @TempDir
    Path folder;
    ModelCase parent;
    PaymentsModel payments;

    @BeforeEach
    void open() {
        parent = new ModelCase(folder, Arrangement.COLLECT_AND_PAY);
        parent.services.payments.savePlan(parent.caseId, new PaymentPlan(0, Money.ofPence(51_87),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1), "CMS letter"));
        for (String[] p : new String[][] {{"2026-11-01", "4980"}, {"2026-11-08", "4980"}, {"2026-11-15", "2490"}}) {
            parent.services.payments.savePayment(parent.caseId, new Payment(0, LocalDate.parse(p[0]),
                    Money.ofPence(Long.parseLong(p[1])), PaymentMethod.THROUGH_CMS, "", ""));
        }
        payments = new PaymentsModel(parent.services.payments, null, parent.jobs, ModelCase.CLOCK,
                parent.currentCase);
        parent.choose();
    }

    @AfterEach
    void close() {
        parent.close();
    }

    private ScheduleLine due(int day) {
        return payments.now().orElseThrow().schedule().lines().stream()
                .filter(line -> line.date().equals(LocalDate.of(2026, 11, day))).findFirst().orElseThrow();
    }

    @Test
    void theTableSaysWhatReachedTheParent() {
        assertEquals("£49.80 on 1 Nov 2026", ScheduleTable.arrived(due(1)));
        assertEquals("£49.80 on 8 Nov 2026", ScheduleTable.arrived(due(8)));
        // Short: what the CMS counted for it before the fee, as the status's "short £25.93" counts it.
        assertEquals("£24.90 on 15 Nov 2026 (£25.94 before fee)", ScheduleTable.arrived(due(15)));
        assertEquals("£25.93", due(15).shortBy().format());
    }

    @Test
    void quickEntrysWordsSayWhatReachedTheParent() {
        QuickEntryModel quick = new QuickEntryModel(payments);
        quick.choose(due(8));
        quick.missed();
        assertEquals("Nothing to record: the payment due on Sun 8 Nov 2026 already shows what arrived for it: £49.80 "
                + "on 8 Nov 2026 (£51.87 before the CMS fee).", quick.notice().text());
    }

    @Test
    void theOverviewsToDoSaysWhatReachedTheParent() {
        List<String> todos = parent.services.payments.todos(parent.caseId, ModelCase.TODAY).stream()
                .map(TodoItem::what).toList();
        assertTrue(todos.stream().anyMatch(t -> t.contains("What arrived for it from the CMS: £24.90 on 15 Nov 2026 "
                + "(£25.94 before the CMS fee).")), todos.toString());
    }
}
