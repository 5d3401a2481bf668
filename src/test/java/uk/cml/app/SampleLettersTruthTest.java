package uk.cml.app;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.UkFormats;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.Note;
import uk.cml.letters.templates.LetterTemplates;

/**
 * The sample letters say nothing the sample records do not: made by the sample-letters command, and read back
 * against the records {@link SampleData} saves (made here the same day, in a folder of their own).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleLettersTruthTest {

    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2}) (January|February|March|April|May|June|July"
            + "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) (\\d{4})");

    Path folder;
    final LocalDate today = LocalDate.now();
    final Set<LocalDate> recorded = new HashSet<>();
    final List<Note> effects = new ArrayList<>();
    final List<ReceivedLetter> received = new ArrayList<>();
    final List<SentLetter> sent = new ArrayList<>();
    final List<LocalDate> cmsDays = new ArrayList<>();
    Call latestCall;
    /** Each template's facts from the same sample records, to find its letter by name. */
    java.util.Map<uk.cml.letters.templates.LetterTemplate, uk.cml.letters.templates.LetterFacts> facts;

    @BeforeAll
    void recordsAndLetters(@TempDir Path dir) {
        folder = dir;
        try (AppServices services = AppServices.open(folder.resolve("records"), Clock.systemDefaultZone())) {
            new SampleData(services, 3, 0).fill();
            long id = services.cases.cases().get(0).id();
            services.payments.payments(id).forEach(p -> recorded.add(p.date()));
            services.payments.plans(id).forEach(p -> recorded.add(p.firstDue()));
            services.payments.adjustments(id).forEach(a -> recorded.add(a.date()));
            // The CMS's arrears figure is on a statement the CMS sent: dated on a working day, as its letters are.
            services.payments.adjustments(id).stream()
                    .filter(a -> a.kind() == uk.cml.domain.arrears.AdjustmentKind.CMS_CONFIRMED_FIGURE)
                    .forEach(a -> cmsDays.add(a.date()));
            services.payments.schedule(id, today).lines().forEach(l -> {
                recorded.add(l.date());
                recorded.add(l.periodEnd());
                recorded.add(l.balanceOn());
                // Where the next due's period begins: the "since" of an arrears letter's first listed due.
                recorded.add(l.periodEnd().plusDays(1));
            });
            List<Call> calls = services.calls.calls(id);
            calls.forEach(c -> recorded.add(c.happenedAt().toLocalDate()));
            latestCall = calls.stream().max(java.util.Comparator.comparing(Call::happenedAt)).orElseThrow();
            sent.addAll(services.sentLetters.letters(id));
            sent.forEach(l -> {
                recorded.add(l.written());
                l.posted().ifPresent(recorded::add);
            });
            calls.forEach(c -> cmsDays.add(c.happenedAt().toLocalDate()));
            received.addAll(services.receivedLetters.letters(id));
            received.forEach(l -> l.dated().ifPresent(cmsDays::add));
            received.forEach(l -> l.dated().ifPresent(recorded::add));
            // The day each came is recorded too: the enforcement request says when a dated CMS letter reached me.
            received.forEach(l -> recorded.add(l.received()));
            services.standing.decisions(id).forEach(d -> recorded.add(d.dated()));
            services.standing.enforcement(id).forEach(e -> recorded.add(e.heardOn()));
            effects.addAll(services.notes.effectOnChild(id));
        }
        facts = new SampleLetterWriter(Clock.systemDefaultZone()).sampleFacts(folder.resolve("facts"));
        assertEquals(0, Main.run(CommandLine.parse(List.of("sample-letters", "--to", folder.resolve("letters")
                .toString())), new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
    }

    /** The sample letter made from {@code template}, found by its file name (its date and printed heading). */
    private String letter(uk.cml.letters.templates.LetterTemplate template) throws IOException {
        return letter(folder.resolve("letters").resolve(SampleLetterWriter.fileName(template, facts.get(template))));
    }

    private String letter(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("the sample letters enclose nothing: the sample records hold no copy of any letter or certificate")
    void enclosuresOnlyWhatTheRecordsHold() throws IOException {
        assertTrue(sent.stream().allMatch(l -> l.copyDocumentId().isEmpty() && !l.proof().attached()));
        assertTrue(received.stream().allMatch(r -> r.scanDocumentId().isEmpty()));
        for (uk.cml.letters.templates.LetterTemplate title : List.of(LetterTemplates.CHASE_REPLY,
                LetterTemplates.SENIOR_REVIEW, LetterTemplates.MANDATORY_RECONSIDERATION,
                LetterTemplates.COLLECTION_COMPLAINT)) {
            String text = letter(title);
            assertFalse(text.contains("enclosed"), title + ": " + text);
            assertFalse(text.contains("Copy of"), title + ": " + text);
        }
    }

    @Test
    @DisplayName("the missed-payment letters say what the sample records show the CMS was told, with its dates")
    void earlierReportsQuoted() throws IOException {
        SentLetter report = sent.stream().filter(l -> l.kind() == uk.cml.domain.correspondence.LetterKind
                .ARREARS_REPORT).findFirst().orElseThrow();
        ReceivedLetter asked = received.stream().filter(r -> r.summary().contains("proof of payment")).findFirst()
                .orElseThrow();
        String direct = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertTrue(direct.contains("I am writing to tell you again"), direct);
        // Named by the day it was posted, the posting the records can prove; the complaint posted before it, a
        // written report of the missed payments too, comes first (reviewer 4: a complaint was left out).
        SentLetter complaint = sent.stream().filter(l -> l.kind() == uk.cml.domain.correspondence.LetterKind
                .COMPLAINT && l.isPosted()).findFirst().orElseThrow();
        assertTrue(direct.contains("wrote to you about the missed payments in my letters posted on "
                + UkFormats.shortDate(complaint.posted().orElseThrow()) + " (my complaint \u201c"
                + complaint.subject() + "\u201d"), direct);
        // Oldest first (CmsReports.told): the report posted after the complaint follows it, a later call after both.
        assertTrue(direct.contains(" and " + UkFormats.shortDate(report.posted().orElseThrow()) + " (I have its"),
                direct);
        assertFalse(direct.contains("You will only know about this if I tell you"), direct);
        assertFalse(direct.contains("for proof of any payment they say they made"), direct);
        assertTrue(direct.contains("your letter of " + UkFormats.shortDate(asked.dated().orElseThrow()) + " says you"
                + " have asked for proof."), direct);
        String other = letter(LetterTemplates.OTHER_PARENT);
        assertTrue(other.contains("wrote to it about the missed payments in my letter posted on "
                + UkFormats.shortDate(report.posted().orElseThrow())), other);
        assertFalse(other.contains("I will tell the Child Maintenance Service"), other);
        assertTrue(other.contains(": by my records, £"), other);
    }

    @Test
    @DisplayName("every date a sample letter gives before its own date is a date in the sample records")
    void noInventedDates() throws IOException {
        List<String> invented = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.resolve("letters"))) {
            for (Path pdf : files.sorted().toList()) {
                String name = pdf.getFileName().toString();
                String text = letter(pdf);
                Matcher m = DATE.matcher(text);
                while (m.find()) {
                    LocalDate date = LocalDate.parse(m.group(1) + " " + m.group(2).substring(0, 3) + " " + m.group(3),
                            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
                    // The arrears letters list the last three months: a window counted back from their date.
                    boolean window = date.equals(today.minusMonths(3)) || date.equals(today.minusMonths(3).plusDays(1));
                    if (date.isBefore(today) && !recorded.contains(date) && !window) {
                        invented.add(name + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), invented);
    }

    @Test
    @DisplayName("the sample's calls and the CMS's letters fall on working days, as the CMS works")
    void workingDays() {
        var calendar = uk.cml.store.SeededFacts.calendar();
        assertFalse(cmsDays.isEmpty());
        assertEquals(List.of(), cmsDays.stream().filter(d -> !calendar.isWorkingDay(d)).toList());
    }

    @Test
    @DisplayName("the call confirmed is the latest logged, with who rang whom; the effects are the parent's notes")
    void callAndEffects() throws IOException {
        String call = letter(LetterTemplates.CONFIRM_CALL);
        assertTrue(call.contains("when you phoned me on " + UkFormats.shortDate(latestCall.happenedAt().toLocalDate())
                + " at " + UkFormats.TIME.format(latestCall.happenedAt().toLocalTime())), call);
        assertTrue(call.contains("I spoke to " + latestCall.spokeTo() + " (" + latestCall.team() + " team, staff ID "
                + latestCall.staffId() + ")"), call);
        String complaint = letter(LetterTemplates.COLLECTION_COMPLAINT);
        assertFalse(effects.isEmpty());
        for (Note note : effects) {
            assertTrue(complaint.contains(note.text()), note.text() + " in " + complaint);
        }
        String bullets = complaint.substring(complaint.indexOf("How this has affected us:"),
                complaint.lastIndexOf("Money I lost"));
        assertEquals(effects.size(), bullets.chars().filter(c -> c == '\u2022').count(), bullets);
    }

    @Test
    @DisplayName("the complaint, decision, write-off and offer letters quote the letters logged; ICE waits for a"
            + " final response that is not logged")
    void answersQuoteTheLettersLogged() throws IOException {
        SentLetter complaint = sent.stream().filter(l -> l.subject().startsWith("Complaint")).findFirst().orElseThrow();
        ReceivedLetter reply = received.stream().filter(r -> r.inReplyTo().equals(java.util.Optional.of(
                complaint.id()))).findFirst().orElseThrow();
        String review = letter(LetterTemplates.SENIOR_REVIEW);
        assertTrue(review.contains("my complaint of " + UkFormats.shortDate(complaint.written()) + " to be reviewed"
                + " by a senior manager, because your reply of " + UkFormats.shortDate(reply.dated().orElseThrow())),
                review);
        // No final response is logged, so the complaint to ICE is not written at all: never with a placeholder.
        assertFalse(Files.exists(folder.resolve("letters").resolve(SampleLetterWriter.fileName(
                LetterTemplates.ICE_COMPLAINT, facts.get(LetterTemplates.ICE_COMPLAINT)))));
        String writeOff = letter(LetterTemplates.WRITE_OFF_REPLY);
        assertTrue(received.stream().anyMatch(r -> r.summary().contains(SampleStanding.WRITE_OFF.format())
                && writeOff.contains("your letter of " + UkFormats.shortDate(r.dated().orElseThrow()) + ", in which you"
                + " say you may write off " + SampleStanding.WRITE_OFF.format())), writeOff);
        String offer = letter(LetterTemplates.SETTLEMENT_REPLY);
        assertTrue(received.stream().anyMatch(r -> r.summary().contains("full and final settlement")
                && offer.contains("the offer in your letter of " + UkFormats.shortDate(r.dated().orElseThrow()))
                && offer.contains("offers to pay " + r.summary().replaceAll(".*offers (£[\\d,.]+\\d).*", "$1"))),
                offer);
    }
}
