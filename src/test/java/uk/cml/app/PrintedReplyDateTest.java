package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.SettlementDetails;

/**
 * Every letter that asks for a reply by a date: the date read back from its PDF is the date the letters log then
 * watches. Dated Thursday 2 Apr 2026, before Easter, so a weekday-only count would give other dates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintedReplyDateTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-02T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    static Path data;
    @TempDir
    static Path saved;
    private AppServices services;
    private CaseFile caseFile;

    @BeforeAll
    void open() {
        services = AppServices.open(data, CLOCK);
        new SampleData(services, 1, 0).fill();
        caseFile = services.cases.cases().get(0);
    }

    @AfterAll
    void close() {
        services.close();
    }

    /** Every template: each asks for a reply by a date. */
    Stream<LetterTemplate> repliesAsked() {
        return LetterTemplates.all().stream();
    }

    private LetterFacts facts() {
        return LetterWiring.facts(services, caseFile).toBuilder().settlement(new SettlementDetails(
                LocalDate.of(2026, 3, 30), Money.ofPence(30000), SettlementDetails.Decision.ACCEPT, List.of()))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repliesAsked")
    @DisplayName("the reply-by date printed is the date the log watches")
    void printedEqualsWatched(LetterTemplate template) throws Exception {
        LetterFacts facts = facts();
        Path pdf = saved.resolve(template.key() + ".pdf");
        Files.write(pdf, new LetterPdfRenderer(CLOCK).render(template.document(facts)).pdf());

        LetterWiring.keeper(services).keep(caseFile.id(), pdf, template, facts, Optional.empty());

        SentLetter logged = services.sentLetters.letters(caseFile.id()).stream()
                .filter(l -> l.subject().equals(template.fileTitle())).findFirst().orElseThrow();
        LocalDate watched = logged.replyBy().orElseThrow();
        assertEquals(logged.printedReplyBy(), Optional.of(watched));
        String printed = PrintedText.of(pdf);
        assertTrue(printed.contains("by " + UkFormats.shortDate(watched)), template.key() + " watches "
                + watched + " but prints:\n" + printed);
        assertEquals(Optional.of(watched), template.draft(facts).replyBy());
        assertTrue(watched.isAfter(LocalDate.of(2026, 4, 8)), "counted from delivery on Wed 8 April, after Easter");
    }

    /**
     * The breakdown's 6 weeks run from when the CMS receives the letter, as the complaint targets do. Dated Thursday
     * 2 Apr 2026 and posted first class: Good Friday (3rd) and Easter Monday (6th) are bank holidays, so it is
     * received on the second working day after, Wednesday 8 April; 6 weeks on is Wednesday 20 May 2026, a working
     * day. That is the date printed, logged and shown on the Letters page as "Reply due by 20 May 2026" (counted
     * from the letter's own date it was Thursday 14 May, before 6 weeks with the CMS were up).
     */
    @org.junit.jupiter.api.Test
    void theBreakdownIsHopedForSixWeeksAfterTheCmsReceivesTheLetter() throws Exception {
        LetterTemplate template = LetterTemplates.ARREARS_BREAKDOWN;
        LetterFacts facts = facts();
        assertEquals(Optional.of(LocalDate.of(2026, 5, 20)), template.draft(facts).replyBy());
        Path pdf = saved.resolve("breakdown-hoped-for.pdf");
        Files.write(pdf, new LetterPdfRenderer(CLOCK).render(template.document(facts)).pdf());
        String printed = PrintedText.of(pdf);
        assertTrue(printed.contains("so I hope to have it by 20 May 2026"), printed);
        SentLetter logged = LetterWiring.written(caseFile.id(), template, facts, 1, printed, Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2026, 5, 20)), logged.replyBy());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repliesAsked")
    @DisplayName("the date is a working day")
    void workingDay(LetterTemplate template) {
        LocalDate date = template.draft(facts()).replyBy().orElseThrow();
        assertTrue(services.calendar.isWorkingDay(date), template.key() + " " + date);
    }
}
