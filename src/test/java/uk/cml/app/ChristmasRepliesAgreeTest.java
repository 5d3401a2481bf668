package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.StandingReport;
import uk.cml.domain.todo.TodoItem;
import uk.cml.letters.templates.LetterDraft;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.ReplyRules;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * A request (the app's missed Direct Pay letter) and a complaint (its collection complaint) both dated and posted 1st
 * class on Thu 3 Dec 2026, worked out by hand across Christmas 2026 (Fri 25 Dec; Boxing Day Sat 26 Dec, so Mon 28 Dec
 * is the substitute; Fri 1 Jan 2027): deemed delivered the 2nd working day after posting, Mon 7 Dec. The request's 10
 * working days end Mon 21 Dec. The complaint's acknowledgement is due in 2 working days, Wed 9 Dec; its reply in 15:
 * Tue 22, Wed 23, Thu 24 Dec are the 11th to 13th, Fri 25 and Mon 28 Dec are bank holidays, so Tue 29 and Wed 30 Dec
 * are the 14th and 15th: Wed 30 Dec 2026. The letters, Where it stands, the Overview and the evidence pack all say
 * those dates. Real records in a temporary folder; the pack read back with PDFBox.
 */
class ChristmasRepliesAgreeTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-31T10:15:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate POSTED = LocalDate.of(2026, 12, 3);
    static final LocalDate DELIVERED = LocalDate.of(2026, 12, 7);
    static final LocalDate REQUEST_REPLY = LocalDate.of(2026, 12, 21);
    static final LocalDate ACKNOWLEDGE = LocalDate.of(2026, 12, 9);
    static final LocalDate COMPLAINT_REPLY = LocalDate.of(2026, 12, 30);
    static final Recipient CMS = new Recipient(Optional.empty(), "Child Maintenance Service",
            "PO Box 249\nMitcheldean\nGL17 1AJ");

    @TempDir
    Path folder;

    private static LetterDraft draft(AppServices services, CaseFile caseFile, LetterTemplate template) {
        return template.draft(LetterWiring.facts(services, caseFile).toBuilder().letterDate(POSTED).build());
    }

    private static SentLetter posted(long caseId, LetterTemplate template, LetterKind kind, LocalDate printed) {
        return new SentLetter(0, caseId, POSTED, Optional.of(POSTED), CMS, template.fileTitle(), kind,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                Optional.of(printed), Optional.empty(), Optional.empty(), Optional.of(printed));
    }

    @Test
    @DisplayName("a request and a complaint posted 1st class on Thu 3 Dec 2026: the same dates across Christmas on "
            + "every page and in the pack")
    void theSameDatesEverywhere() throws Exception {
        Path data = folder.resolve("data");
        List<String> said = new ArrayList<>();
        try (AppServices services = AppServices.open(data, CLOCK)) {
            assertEquals(DELIVERED, services.calendar.deemedDelivery(POSTED, PostingMethod.FIRST_CLASS));
            long caseId = services.cases.completeSetup(TestParents.samTaylor(),
                    CaseFileBuilder.jordanReed().cmsReference("121234567890").build());
            assertFalse(services.calendar.isWorkingDay(LocalDate.of(2026, 12, 28)), "Boxing Day's substitute");
            CaseFile caseFile = services.cases.cases().get(0);

            // The letters as the app writes them print the dates for 1st class on their date.
            LetterDraft request = draft(services, caseFile, LetterTemplates.MISSED_DIRECT_PAY);
            LetterDraft complaint = draft(services, caseFile, LetterTemplates.COLLECTION_COMPLAINT);
            assertEquals(Optional.of(REQUEST_REPLY), request.replyBy());
            assertEquals(Optional.of(COMPLAINT_REPLY), complaint.replyBy());
            assertTrue(request.allText().contains("Write to me by 21 Dec 2026"), request.allText());
            assertTrue(complaint.allText().contains("Acknowledge this complaint by 9 Dec 2026."), complaint.allText());
            assertTrue(complaint.allText().contains("Send me your full reply by 30 Dec 2026."), complaint.allText());
            said.add(request.allText());
            said.add(complaint.allText());

            // Logged by hand instead, the Letters page suggests the same dates (the one rule, with the facts).
            uk.cml.domain.standing.CmsFacts facts = services.standing.facts();
            assertEquals(REQUEST_REPLY, services.calendar.replyBy(POSTED, PostingMethod.FIRST_CLASS, Optional.empty(),
                    ReplyRules.forKind(LetterKind.ARREARS_REPORT, CMS, "Missed payments", facts)).date());
            assertEquals(COMPLAINT_REPLY, services.calendar.replyBy(POSTED, PostingMethod.FIRST_CLASS,
                    Optional.empty(), ReplyRules.forKind(LetterKind.COMPLAINT, CMS, "Complaint", facts)).date());

            services.sentLetters.save(posted(caseId, LetterTemplates.MISSED_DIRECT_PAY, LetterKind.ARREARS_REPORT,
                    REQUEST_REPLY));
            services.sentLetters.save(posted(caseId, LetterTemplates.COLLECTION_COMPLAINT, LetterKind.COMPLAINT,
                    COMPLAINT_REPLY));

            // Where it stands, on Thu 31 Dec: the acknowledgement, the request's reply and the complaint's reply.
            LocalDate today = LocalDate.now(CLOCK);
            StandingReport report = services.standing.report(caseId, today);
            assertEquals(List.of(ACKNOWLEDGE, REQUEST_REPLY, COMPLAINT_REPLY), report.allDeadlines().stream()
                    .map(Deadline::date).sorted().toList());
            for (Deadline d : report.allDeadlines()) {
                String how = d.explanation(services.calendar);
                said.add(d.what() + " " + how);
                if (d.date().equals(ACKNOWLEDGE) || d.date().equals(COMPLAINT_REPLY)) {
                    assertTrue(how.contains("treated as delivered on Mon 7 Dec 2026"), how);
                }
            }
            // The Overview: each late reply from the date it was due, and chasing the complaint's.
            List<TodoItem> todos = new ArrayList<>(services.sentLetters.todos(caseId, today));
            todos.addAll(services.standing.todos(caseId, today));
            List<TodoItem> late = todos.stream().filter(t -> t.what().startsWith("No reply yet")).toList();
            assertEquals(List.of(REQUEST_REPLY, COMPLAINT_REPLY), late.stream().map(TodoItem::due).sorted().toList(),
                    todos.toString());
            assertTrue(todos.stream().anyMatch(t -> t.what().equals(
                    "Chase the reply (CMS target to reply to your complaint: 30 Dec 2026)")), todos.toString());
            todos.forEach(t -> said.add(t.what()));
        }
        // The evidence pack, made the same day and read back from the PDF.
        Path pack = folder.resolve("pack.pdf");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        assertEquals(0, Main.run(CommandLine.parse(List.of("export-pack", "--to", pack.toString(), "--data-dir",
                data.toString())), CLOCK, quiet, quiet));
        String text;
        try (PDDocument pdf = Loader.loadPDF(pack.toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertTrue(text.contains("3 Dec 2026 7 Dec 2026 9 Dec 2026 30 Dec 2026"), text);
        assertTrue(text.contains("CMS target to reply to your complaint: 30 Dec 2026."), text);
        said.add(text);
        // No other count anywhere: not the 11th working day, nor a count that missed Christmas or Boxing Day's
        // substitute (Tue 29 Dec), nor one that ran on into January.
        for (String s : said) {
            for (String wrong : List.of("8 Dec 2026", "22 Dec 2026", "29 Dec 2026", "Jan 2027")) {
                assertFalse(s.contains(wrong), wrong + " in:\n" + s);
            }
        }
    }
}
