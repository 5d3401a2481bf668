package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.standing.CalendarFile;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.todo.TodoItem;
import uk.cml.letters.templates.DecisionDetails;
import uk.cml.letters.templates.LetterDraft;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.Warning;

/**
 * Found by a reviewer: a limit on a bank holiday read two ways. A decision of Tue 1 Dec 2026 can be challenged for
 * one calendar month, to Fri 1 Jan 2027 (New Year's Day). One place said "act by Thu 31 Dec", another "post by Tue 29
 * Dec ... limit of 1 Jan 2027". A mandatory reconsideration counts when the CMS gets it, so the only day to act by is
 * the last day to post it 1st class, Tue 29 Dec (deemed delivered Thu 31 Dec); the limit is 1 Jan 2027 and is never
 * said later (cms-facts.md moves only the subject access deadline on). Every page and the letter's warning now say
 * the same limit and the same day to post by. Today Fri 4 Dec 2026.
 */
class HolidayLimitAgreesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:15:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final LocalDate DECIDED = LocalDate.of(2026, 12, 1);

    @TempDir
    Path data;

    @Test
    @DisplayName("The Overview, Where it stands, the Timeline, the calendar file and the letter agree on a limit on a "
            + "bank holiday")
    void everyPlaceSaysTheSameLimitAndTheSameDayToPostBy() {
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            services.standing.addDecision(new Decision(0, caseFile.id(), Decision.Kind.CALCULATION, DECIDED, "",
                    Optional.empty()));
            Deadline d = services.standing.report(caseFile.id(), TODAY).open().stream()
                    .filter(x -> x.from() instanceof Deadline.From.OfDecision o && o.decision().dated().equals(DECIDED))
                    .findFirst().orElseThrow();
            assertEquals(LocalDate.of(2027, 1, 1), d.due().counted());
            assertEquals(Optional.of(LocalDate.of(2026, 12, 29)), d.postBy(services.calendar));

            List<String> said = new ArrayList<>();
            // The Overview's to-do, dated by the day to post.
            TodoItem todo = services.standing.todos(caseFile.id(), TODAY).stream()
                    .filter(t -> t.deadline().filter(x -> x.sameAs(d)).isPresent()).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2026, 12, 29), todo.due());
            said.add("to-do: " + todo.what());
            // Where it stands: the heading, the line's date, how it is counted, and the advice.
            said.add("next: " + d.next(services.calendar, TODAY));
            assertEquals(LocalDate.of(2026, 12, 29), d.actBy(services.calendar), "the line's date");
            said.add("how: " + d.explanation(services.calendar));
            said.add("advice: " + d.postingAdvice(services.calendar, TODAY).orElseThrow());
            // The Timeline: dated by the limit itself, and its words.
            TimelineEntry entry = services.standing.timeline(caseFile.id()).stream()
                    .filter(e -> e.title().startsWith(d.what()) && e.detail().contains(
                            uk.cml.domain.UkFormats.shortDate(DECIDED))).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2027, 1, 1), entry.happenedAt().toLocalDate(), entry.toString());
            said.add("timeline: " + entry.title() + " / " + entry.detail());
            // The calendar file: the reminder on the day to post.
            String ics = CalendarFile.write(List.of(d), "", Instant.parse("2026-12-04T10:15:00Z"),
                    services.calendar);
            assertTrue(ics.contains("DTSTART;VALUE=DATE:20261229"), ics);
            said.add("calendar file: " + ics.replace("\r\n ", ""));

            for (String s : said) {
                assertFalse(s.contains("31 Dec"), "no third date:\n" + s);
                assertFalse(s.contains("act by"), "a limit met on receipt is posted by a day, not acted by:\n" + s);
            }
            for (String s : List.of(said.get(0), said.get(1), said.get(3), said.get(4))) {
                assertTrue(s.contains("Tue 29 Dec 2026") && s.contains("1 Jan 2027"), s);
            }

            // The letter's warning, a week before the limit: the same limit and the same day to post by.
            LetterDraft draft = LetterTemplates.MANDATORY_RECONSIDERATION.draft(LetterWiring.facts(services, caseFile)
                    .toBuilder().letterDate(LocalDate.of(2026, 12, 24)).decision(new DecisionDetails(DECIDED, "", "",
                            "")).build());
            assertTrue(draft.allText().contains("That month ends on 1 Jan 2027."), draft.allText());
            String warnings = String.join("\n", draft.warnings().stream().map(Warning::message).toList());
            assertTrue(warnings.contains("The month to ask ends on 1 Jan 2027.")
                    && warnings.contains("Tuesday 29 Dec 2026"), warnings);
            assertFalse(warnings.contains("31 December"), warnings);
        }
    }
}
