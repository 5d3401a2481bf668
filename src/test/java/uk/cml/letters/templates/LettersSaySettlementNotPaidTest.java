package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;

/**
 * A reviewer's monthly case, read back from the PDFs. £310 on the 28th from 28 Jan 2026, £286.40 from 28 Jun. 28 Feb
 * was a Saturday (on time by Mon 2 Mar): only £156.25 came, on 3 Mar. April: nothing. The CMS wrote off £200 on
 * 15 Sep (owed 263.75); a part payment of £150 in full and final settlement was agreed on 20 Oct and has not come.
 * Owed on 22 Nov: £150, all of it the agreed sum; owed without a break since the end of Mon 2 Mar, the day the
 * 28 Feb due stopped being on time.
 */
class LettersSaySettlementNotPaidTest {

    private static Payment paid(String date, long pence) {
        return new Payment(0, LocalDate.parse(date), Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "", "");
    }

    private static ArrearsSchedule schedule() {
        List<Payment> money = new ArrayList<>(List.of(paid("2026-01-28", 310_00), paid("2026-03-03", 156_25),
                paid("2026-03-28", 310_00), paid("2026-06-06", 310_00)));
        for (String month : List.of("06", "07", "08", "09", "10")) {
            money.add(paid("2026-" + month + "-28", 286_40));
        }
        return new ArrearsCalculator().calculate(List.of(
                new PaymentPlan(0, Money.ofPence(310_00), PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 28), "CMS"),
                new PaymentPlan(0, Money.ofPence(286_40), PaymentFrequency.MONTHLY, LocalDate.of(2026, 6, 28), "CMS")),
                money, List.of(
                        new Adjustment(0, LocalDate.of(2026, 9, 15), AdjustmentKind.WRITE_OFF, Money.ofPence(200_00), ""),
                        new Adjustment(0, LocalDate.of(2026, 10, 20), AdjustmentKind.PART_PAYMENT_SETTLEMENT,
                                Money.ofPence(150_00), "")),
                Facts.DATE, FeeRule.NONE);
    }

    private static String letter(LetterTemplate template, SettlementDetails offer) throws IOException {
        LetterFacts facts = Facts.complete(schedule()).toBuilder().settlement(offer)
                .enforcement(new EnforcementDetails(null, "Acme Ltd", false, List.of())).build();
        return new ReadBack(template, Facts.addressed(template, facts)).flat();
    }

    @Test
    void theEnforcementRequestSaysTheSumOwedIsAnAgreedPartPaymentNotYetPaid() throws IOException {
        String text = letter(LetterTemplates.ENFORCEMENT_REQUEST, new SettlementDetails(null, null, null, List.of()));
        assertTrue(text.contains("£150.00 on 22 Nov 2026"), text);
        assertTrue(text.contains("All of it is the part payment in full and final settlement of arrears of £263.75 "
                + "agreed on 20 Oct 2026. It has not been paid."), text);
        assertTrue(text.contains("If it is not paid, please cancel the agreement and collect those arrears."), text);
        // The run began when the Saturday due of 28 Feb stopped being on time: said by that due, not "2 March".
        assertTrue(text.contains("owed without a break since the payment due on 28 Feb 2026"), text);
        assertFalse(text.contains("since 2 Mar 2026"), text);
    }

    @Test
    void theReplyAboutTheOfferQuotesTheArrearsItWasMadeAgainst() throws IOException {
        String text = letter(LetterTemplates.SETTLEMENT_REPLY, new SettlementDetails(LocalDate.of(2026, 10, 9),
                Money.ofPence(150_00), SettlementDetails.Decision.ACCEPT, List.of()));
        assertTrue(text.contains("By my records, the arrears were £263.75 when the part payment in full and final "
                + "settlement was recorded as agreed on 20 Oct 2026."), text);
        assertFalse(text.contains("arrears were £150.00"), text);
    }

    @Test
    void theReplyBegunWithoutTheAmountQuotesTheSumRecordedAsAgreed() throws IOException {
        // Begun from the Write page (no CMS letter to read the amount from): the settlement records hold it.
        String text = letter(LetterTemplates.SETTLEMENT_REPLY, new SettlementDetails(null, null,
                SettlementDetails.Decision.ACCEPT, List.of()));
        assertTrue(text.contains("offers to pay £150.00 as a part payment in full and final settlement"), text);
        assertFalse(text.contains("[the amount offered]"), text);
    }

    @Test
    void theReplyToALaterOfferLeavesTheAmountForTheParentToFillIn() throws IOException {
        // An offer dated after the recorded agreement is a new one: the agreed sum is not its amount.
        String text = letter(LetterTemplates.SETTLEMENT_REPLY, new SettlementDetails(LocalDate.of(2026, 11, 2), null,
                SettlementDetails.Decision.ACCEPT, List.of()));
        assertTrue(text.contains("[the amount offered]"), text);
        assertFalse(text.contains("offers to pay £150.00"), text);
    }
}
