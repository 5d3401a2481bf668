package uk.cml.app;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.letters.templates.ArrearsDetails;
import uk.cml.letters.templates.CallDetails;
import uk.cml.letters.templates.ComplaintDetails;
import uk.cml.letters.templates.ComplaintDetails.Remedy;
import uk.cml.letters.templates.DecisionDetails;
import uk.cml.letters.templates.EnforcementDetails;
import uk.cml.letters.templates.LossItem;
import uk.cml.letters.templates.EarlierLetter;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.SettlementDetails;
import uk.cml.letters.templates.WriteOffDetails;

/**
 * Made-up calls, complaints and offers for the sample case in {@link SampleData} (whose payments give the arrears),
 * so every template can be shown filled in. Dates count back from the letter date so the sample always looks current.
 */
final class SampleLetterFacts {

    private SampleLetterFacts() {
    }

    static LetterFacts complete(LetterFacts.Builder fromCase, ArrearsSchedule schedule, LocalDate today) {
        String other = fromCase.build().caseDetails().otherParentName();
        LocalDate wroteOn = today.minusDays(35);
        return fromCase
                .call(new CallDetails(today.minusDays(2), LocalTime.of(10, 42), "Priya Shah", "Direct Pay",
                        "PS4471", "I told her that " + other + " had missed two payments and paid only part of "
                        + "another. She said she had noted the missed payments on my case.",
                        "write to " + other + " to ask for proof of payment", today.plusDays(12)))
                .arrears(ArrearsDetails.from(schedule))
                .earlierLetter(new EarlierLetter(wroteOn, "Missed Direct Pay payments", wroteOn,
                        "first class post, with a certificate of posting", "Post Office certificate 4821 0093 7715"))
                .effectOnChild(List.of("I have fallen behind with the rent by £420.00",
                        "I could not buy Mia's winter school uniform",
                        "Leo missed a school trip because I could not pay for it"))
                .complaint(new ComplaintDetails(today.minusMonths(3),
                        "I told the CMS about each missed payment, by phone and in my letter of "
                                + UkFormats.longDate(wroteOn) + ". The arrears have grown every month since",
                        "Nobody at the CMS has contacted " + other + " about the arrears. No arrears notice has "
                                + "been sent, and my case is still on Direct Pay although I asked for Collect and Pay",
                        EnumSet.allOf(Remedy.class),
                        "Send " + other + " an arrears notice now and move my case to Collect and Pay",
                        today.minusDays(60), today.minusDays(40), today.minusMonths(1),
                        "by email, or by phone on weekdays after 3pm", "",
                        "The reply says the CMS is looking into the arrears, but it does not say what it will do or "
                                + "when, and no arrears notice has been sent since"))
                .losses(List.of(new LossItem("Overdraft charges while payments were missing", Money.ofPence(1800),
                        "3 monthly charges of £6.00 on my bank statements"),
                        new LossItem("Late payment fee on my rent", Money.ofPence(2500),
                                "One fee of £25.00 from my landlord")))
                .writeOff(new WriteOffDetails(today.minusDays(10), schedule.owedNow(),
                        "The arrears would clear my rent arrears and pay for what the children have gone without",
                        ""))
                .settlement(new SettlementDetails(today.minusDays(5),
                        schedule.owedNow().percent(new java.math.BigDecimal("60")), SettlementDetails.Decision.ACCEPT,
                        List.of("The whole amount is paid into my bank account by "
                                + UkFormats.longDate(today.plusDays(28)))))
                .decision(new DecisionDetails(today.minusDays(12),
                        "the amount of child maintenance " + other + " pays",
                        "The calculation uses " + other + "'s income from the tax year two years ago. Their current "
                                + "income is higher: they started a full-time job in the spring", ""))
                .enforcement(new EnforcementDetails(null, "", false,
                        List.of(new EnforcementDetails.Tried(EnforcementDetails.Step.ARREARS_NOTICE,
                                today.minusDays(20)))))
                .build();
    }
}
