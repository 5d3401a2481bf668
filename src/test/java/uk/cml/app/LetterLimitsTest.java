package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.StandingReport;
import uk.cml.letters.templates.DecisionDetails;
import uk.cml.letters.templates.LetterDraft;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.Warning;
import uk.cml.letters.templates.WriteOffDetails;

/**
 * Letters count with the calendar and the facts table the "Where things stand" page counts with, on real records:
 * a limit corrected in the table changes the letter as it changes the page, and where the page moves a limit back
 * to the working day before, the letter says where the limit ends and the app's warning names the page's day.
 */
class LetterLimitsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path data;

    private static void setFact(AppServices services, String key, String value) {
        services.database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE cms_fact SET value = ? WHERE key = ?")) {
                s.setString(1, value);
                s.setString(2, key);
                assertEquals(1, s.executeUpdate(), key);
            }
            return null;
        });
    }

    private static Deadline open(StandingReport report, String letter) {
        return report.open().stream().filter(d -> d.letter().equals(Optional.of(letter))).findFirst()
                .orElseThrow(() -> new AssertionError(letter + " not in " + report.open()));
    }

    /** The sample case holds decisions of its own: the open deadline for the decision of this date. */
    private static Deadline forDecision(StandingReport report, LocalDate dated) {
        return report.open().stream().filter(d -> d.from() instanceof Deadline.From.OfDecision o
                && o.decision().dated().equals(dated)).findFirst()
                .orElseThrow(() -> new AssertionError(dated + " not in " + report.open()));
    }

    private static String warnings(LetterDraft draft) {
        return String.join("\n", draft.warnings().stream().map(Warning::message).toList());
    }

    @Test
    @DisplayName("ICE's months, the write-off days and the complaint target, corrected in the table, reach the letters")
    void editedFactsReachTheLetters() {
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            setFact(services, "ice.months", "7");
            setFact(services, "write_off.reply.days", "28");
            setFact(services, "complaint.reply.working_days", "20");
            // The sample case's complaint, answered; then a final response dated Friday 13 Nov 2026.
            services.receivedLetters.save(uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(0, caseFile.id(), Optional.of(LocalDate.of(2026, 11, 13)),
                    LocalDate.of(2026, 11, 16), "Child Maintenance Service", "Final response to my complaint",
                    Optional.empty(), Optional.empty())));
            services.standing.addDecision(new Decision(0, caseFile.id(), Decision.Kind.WRITE_OFF,
                    LocalDate.of(2026, 11, 2), "", Optional.empty()));
            StandingReport report = services.standing.report(caseFile.id(), LocalDate.now(CLOCK));
            LetterFacts facts = LetterWiring.facts(services, caseFile);

            // 7 months from 13 Nov 2026 is Sunday 13 Jun 2027: ICE counts it on receipt, so the page says post
            // by Wednesday 9 June (deemed delivered Friday 11 June).
            Deadline ice = open(report, "ice-complaint");
            assertEquals(LocalDate.of(2027, 6, 13), ice.due().counted());
            assertEquals(LocalDate.of(2027, 6, 11), ice.date());
            LetterFacts toIce = facts.toBuilder().complaint(LetterStarts.answered(facts.complaint(),
                    (Deadline.From.Answer) ice.from(), LetterTemplates.ICE_COMPLAINT)).build();
            String iceText = LetterTemplates.ICE_COMPLAINT.draft(toIce).allText();
            assertTrue(iceText.contains("You look at complaints made within 7 months of the final response. Those 7 "
                    + "months end on 13 Jun 2027."), iceText);
            LetterDraft soon = LetterTemplates.ICE_COMPLAINT.draft(toIce.toBuilder()
                    .letterDate(LocalDate.of(2027, 6, 1)).build());
            assertTrue(warnings(soon).contains("ICE must get your complaint by 13 Jun 2027, 7 months after the CMS "
                    + "final response. That day is a Sunday, and post is not delivered then. To be safe, count it as made only when ICE gets it, "
                    + "so post it 1st class by Wednesday 9 Jun 2027, as the Where it stands page shows."),
                    warnings(soon));

            // 28 days from Monday 2 Nov 2026: Monday 30 November, on the page and in the letter.
            Deadline writeOff = forDecision(report, LocalDate.of(2026, 11, 2));
            assertEquals(LocalDate.of(2026, 11, 30), writeOff.date());
            String writeOffText = LetterTemplates.WRITE_OFF_REPLY.draft(facts.toBuilder().writeOff(new WriteOffDetails(
                    LocalDate.of(2026, 11, 2), null, "", "")).build()).allText();
            assertTrue(writeOffText.contains("I am replying within the 28 days your letter of 2 Nov 2026 allowed."),
                    writeOffText);

            String complaint = LetterTemplates.COLLECTION_COMPLAINT.draft(facts).allText();
            // Counted from the first day Post Offices open on or after the letter's date, as every letter counts.
            LocalDate replyBy = services.calendar.workingDaysAfter(services.calendar.deemedDelivery(
                    services.calendar.postingDay(facts.letterDate(), PostingMethod.FIRST_CLASS),
                    PostingMethod.FIRST_CLASS), 20);
            assertTrue(complaint.contains("I understand you aim to reply within 20 working days of receiving a "
                    + "complaint."), complaint);
            assertTrue(complaint.contains(uk.cml.domain.UkFormats.shortDate(replyBy)), replyBy + "\n" + complaint);
        }
    }

    /**
     * Reviewer: a write-off reply limit on a Saturday said "The limit does not move". cms-facts.md gives the write-off
     * reply only as "30 days to reply with reasons (seed 000)": no rule that a limit on a weekend moves, and none on
     * whether the posting or the receipt meets it. The app keeps the date (30 days from the CMS letter's date, the
     * earliest count) but says why, as its own choice, not as a rule: "it has no rule saying such a limit moves".
     */
    @Test
    @DisplayName("A write-off reply limit on a Saturday is kept, and the words claim no rule the facts do not give")
    void aWriteOffLimitOnASaturdaySaysNoMoreThanTheFacts() {
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            services.standing.addDecision(new Decision(0, caseFile.id(), Decision.Kind.WRITE_OFF,
                    LocalDate.of(2026, 10, 29), "", Optional.empty()));
            Deadline writeOff = forDecision(services.standing.report(caseFile.id(), LocalDate.now(CLOCK)),
                    LocalDate.of(2026, 10, 29));
            assertEquals(LocalDate.of(2026, 11, 28), writeOff.due().counted(), "30 days: Saturday 28 Nov, kept");
            String said = writeOff.explanation(services.calendar);
            assertFalse(said.contains("does not move"), said);
            assertTrue(said.contains("The limit is Sat 28 Nov 2026") || said.contains("28 Nov 2026"), said);
            assertTrue(said.contains("The app keeps the limit on that day: it has no rule saying such a limit moves "
                    + "to the next working day."), said);
            LetterDraft draft = LetterTemplates.WRITE_OFF_REPLY.draft(LetterWiring.facts(services, caseFile)
                    .toBuilder().letterDate(LocalDate.of(2026, 11, 23)).writeOff(new WriteOffDetails(
                            LocalDate.of(2026, 10, 29), null, "", "")).build());
            assertTrue(warnings(draft).contains("That day is a Saturday, and post is not delivered then. To be safe, "
                    + "count it as made only when the CMS gets it, so post it 1st class by Wednesday 25 Nov 2026"),
                    warnings(draft));
        }
    }

    @Test
    @DisplayName("A month ending on a Sunday: the letter gives the limit's end, the warning the page's day to post by")
    void theLetterAndThePageAgreeOnAMovedLimit() {
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            services.standing.addDecision(new Decision(0, caseFile.id(), Decision.Kind.CALCULATION,
                    LocalDate.of(2027, 1, 31), "", Optional.empty()));
            Deadline reconsider = forDecision(services.standing.report(caseFile.id(), LocalDate.now(CLOCK)),
                    LocalDate.of(2027, 1, 31));
            assertEquals(LocalDate.of(2027, 2, 28), reconsider.due().counted());
            assertEquals(LocalDate.of(2027, 2, 26), reconsider.date());
            LetterDraft draft = LetterTemplates.MANDATORY_RECONSIDERATION.draft(LetterWiring.facts(services, caseFile)
                    .toBuilder().letterDate(LocalDate.of(2027, 2, 22)).decision(new DecisionDetails(
                            LocalDate.of(2027, 1, 31), "", "", "")).build());
            assertTrue(draft.allText().contains("That month ends on 28 Feb 2027."), draft.allText());
            // Met on receipt: the last day to post it 1st class, Wed 24 Feb (deemed delivered Fri 26 Feb), as the
            // page's "post by" says; never the working day before the limit as a day to act by.
            assertTrue(warnings(draft).contains("The month to ask ends on 28 Feb 2027. That day is a Sunday, and "
                    + "post is not delivered then. To be safe, count it as made only when the CMS gets it, so post it 1st class by Wednesday "
                    + "24 Feb 2027"), warnings(draft));
            assertEquals(Optional.of(LocalDate.of(2027, 2, 24)), reconsider.postBy(services.calendar));
            assertEquals(List.of(), draft.warnings().stream().filter(w -> w.message().contains("ended")).toList());
        }
    }
    @Test
    @DisplayName("The months a late reconsideration may be accepted in are a facts-table row (V020): corrected there, "
            + "the letter's warning and the page's line say the new figure")
    void theLateReconsiderationMonthsComeFromTheTable() {
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            assertEquals(13, services.standing.facts().lateReconsiderationMonths());
            LetterFacts late = LetterWiring.facts(services, caseFile).toBuilder()
                    .letterDate(LocalDate.of(2026, 12, 4)).decision(new DecisionDetails(LocalDate.of(2026, 10, 1),
                            "the weekly amount", "it is too low", "I was in hospital")).build();
            assertTrue(warnings(LetterTemplates.MANDATORY_RECONSIDERATION.draft(late)).contains(
                    "The CMS may still accept a late request, up to 13 months after the decision"));
            setFact(services, "reconsideration.late.months", "12");
            assertEquals(12, services.standing.facts().lateReconsiderationMonths());
            LetterFacts corrected = LetterWiring.facts(services, caseFile).toBuilder()
                    .letterDate(LocalDate.of(2026, 12, 4)).decision(late.decision().orElseThrow()).build();
            String said = warnings(LetterTemplates.MANDATORY_RECONSIDERATION.draft(corrected));
            assertTrue(said.contains("up to 12 months after the decision"), said);
        }
    }
}
