package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.CaseFacts;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;

class LetterWiringTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path data;
    @TempDir
    Path letters;

    @Test
    @DisplayName("a review request begun after a complaint made in the app says what happened and went wrong as that"
            + " letter did, not a gap to fill")
    void reviewTakesWhatWentWrongFromTheComplaintLetter() throws Exception {
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            var complaintTemplate = LetterTemplates.COLLECTION_COMPLAINT;
            LetterFacts made = LetterWiring.facts(services, caseFile).toBuilder().complaint(
                    new uk.cml.letters.templates.ComplaintDetails(LocalDate.of(2026, 9, 1), "Payments stopped in"
                            + " September", "You did not send Jordan an arrears notice, although I asked twice",
                            java.util.Set.of(), "Send an arrears notice", null, null, null, "", "", "")).build();
            Path pdf = letters.resolve("2026-10-12 Complaint to CMS.pdf");
            Files.write(pdf, new LetterPdfRenderer(CLOCK).render(complaintTemplate.document(made)).pdf());
            long copy = services.documents.add(caseFile.id(), pdf, "Complaint to CMS").document().id();
            // The sample's posted complaint, as if the app had made it: its copy kept, logged under the app's title.
            SentLetter complaint = services.sentLetters.letters(caseFile.id()).stream()
                    .filter(l -> l.kind() == LetterKind.COMPLAINT).findFirst().orElseThrow();
            services.sentLetters.correct(new SentLetter(complaint.id(), complaint.caseId(), complaint.written(),
                    complaint.posted(), complaint.to(), complaintTemplate.fileTitle(), complaint.kind(),
                    Optional.of(copy), complaint.method(), complaint.proof(), complaint.trackingNumber(),
                    complaint.replyBy(), complaint.inReplyTo(), complaint.trackedDelivery(),
                    complaint.printedReplyBy(), complaint.answersDecision()));

            LetterFacts facts = LetterWiring.facts(services, caseFile);
            var draft = LetterTemplates.SENIOR_REVIEW.draft(facts);
            assertFalse(draft.missing().stream().anyMatch(m -> m.field().equals("what the CMS did wrong")),
                    draft.missing().toString());
            Path review = letters.resolve("review.pdf");
            Files.write(review, new LetterPdfRenderer(CLOCK).render(LetterTemplates.SENIOR_REVIEW.document(facts))
                    .pdf());
            String printed = PrintedText.of(review);
            // What happened, with the day it began, is read back from the complaint's PDF too, and repeated first.
            // The complaint names the dues still owed after the words typed (ComplaintParts.duesStillOwed): they
            // are part of what it says happened, so read back with it.
            assertTrue(facts.reports().whatHappened().startsWith("The problem began on 1 Sep 2026. Payments stopped "
                    + "in September. By my records, these payments due were not paid in full on time: \u2022 "),
                    facts.reports().whatHappened());
            assertTrue(printed.contains("What my complaint is about The problem began on 1 Sep 2026. Payments "
                    + "stopped in September. By my records, these payments due were not paid in full on time: \u2022 "), printed);
            // The dues' lines name the payment a part came from, so what went wrong may begin on the next page.
            // (Which due is last follows the sample's story: since rv8 a due paid in full but late after those
            // reported is named too, "... (7 days late).")
            assertTrue(printed.matches("(?s).*\u2022 [^\u2022]*?\\. (Page 1 of 2CMS "
                    + "reference [0-9 ]+ )?You did "
                    + "not send Jordan an arrears notice, although I asked twice\\..*"), printed);
        }
    }

    @Test
    @DisplayName("a chasing letter made for a letter is logged as chasing it: that letter's late reply is no longer"
            + " offered for chasing, and the chase is not picked to chase again")
    void aChaseMadeIsNotOfferedAgain() throws Exception {
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            LocalDate today = LocalDate.now(CLOCK);
            LocalDate posted = LocalDate.of(2026, 10, 2);
            long earlierId = services.sentLetters.save(new SentLetter(0, caseFile.id(), posted, Optional.of(posted),
                    new uk.cml.domain.correspondence.Recipient(Optional.empty(), "Child Maintenance Service",
                            "PO Box 249\nMitcheldean\nGL17 1AJ"), "Question about my case", LetterKind.OTHER,
                    Optional.empty(), Optional.of(uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS),
                    uk.cml.domain.correspondence.ProofOfPostage.NONE, "", Optional.of(LocalDate.of(2026, 11, 3)),
                    Optional.empty()));
            SentLetter earlier = services.sentLetters.find(earlierId).orElseThrow();
            java.util.function.Supplier<List<uk.cml.domain.todo.TodoItem>> chasing = () -> services.sentLetters
                    .todos(caseFile.id(), today).stream().filter(i -> i.sourceId() == earlierId
                            && i.kind() == uk.cml.domain.todo.TodoKind.REPLY_OVERDUE).toList();
            assertEquals(1, chasing.get().size(), "its reply is late");

            var template = LetterTemplates.CHASE_REPLY;
            LetterFacts facts = LetterWiring.facts(services, caseFile).toBuilder()
                    .earlierLetter(LetterStarts.earlier(earlier)).build();
            Path pdf = letters.resolve("2026-11-22 Chasing letter to CMS.pdf");
            Files.write(pdf, new LetterPdfRenderer(CLOCK).render(template.document(facts)).pdf());
            LetterWiring.keeper(services).keep(caseFile.id(), pdf, template, facts, Optional.empty());

            assertEquals(List.of(), chasing.get(), "a chase is made: post it, do not write another");
            assertTrue(services.sentLetters.todos(caseFile.id(), today).stream().anyMatch(i -> i.kind()
                    == uk.cml.domain.todo.TodoKind.POST_LETTER && i.what().startsWith("Post the chasing letter you "
                    + "made on 22 Nov 2026 about your letter")
                    && i.what().contains("posted on 2 Oct 2026")), "the to-do is to post the chase");
            assertTrue(LetterWiring.facts(services, caseFile).awaitedReply().filter(e -> e.date().equals(posted)
                    && e.subject().equals("Question about my case")).isEmpty(), "not picked to chase again");
            // Begun for it again (Chase this letter), the chasing letter knows a chase is made and not posted.
            LetterFacts again = LetterWiring.facts(services, caseFile).toBuilder()
                    .earlierLetter(LetterStarts.earlier(earlier)).build();
            assertTrue(template.draft(again).warnings().stream().anyMatch(w -> w.message().startsWith(
                    "You made a chasing letter for this letter on 22 Nov 2026")), "told to post the one made");
        }
    }

    @Test
    @DisplayName("a write-off reply begun from the decision's limit is logged as the reply to the CMS letter the"
            + " decision was logged with, so the Letters page shows that letter answered")
    void aReplyToADecisionIsItsLettersReply() throws Exception {
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            uk.cml.domain.standing.Decision proposal = services.standing.decisions(caseFile.id()).stream()
                    .filter(d -> d.kind() == uk.cml.domain.standing.Decision.Kind.WRITE_OFF).findFirst().orElseThrow();
            long proposalLetter = proposal.fromLetter().orElseThrow(() -> new AssertionError("sample links it"));

            var template = LetterTemplates.WRITE_OFF_REPLY;
            LetterFacts facts = LetterStarts.forDeadline(template, new uk.cml.domain.standing.Deadline.From
                    .OfDecision(proposal)).preset().apply(LetterWiring.facts(services, caseFile));
            Path pdf = letters.resolve("2026-11-22 Reply to write-off proposal.pdf");
            Files.write(pdf, new LetterPdfRenderer(CLOCK).render(template.document(facts)).pdf());
            LetterWiring.keeper(services).keep(caseFile.id(), pdf, template, facts, Optional.empty());

            SentLetter reply = services.sentLetters.letters(caseFile.id()).stream()
                    .filter(l -> l.kind() == LetterKind.WRITE_OFF_REPLY).findFirst().orElseThrow();
            assertEquals(Optional.of(proposal.id()), reply.answersDecision());
            assertEquals(Optional.of(proposalLetter), reply.inReplyTo(), "the CMS letter's reply too");
        }
    }

    @Test
    @DisplayName("facts come from the case and its payments; a saved letter is kept in Documents and logged as written")
    void factsInAndLetterKept() throws Exception {
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            services.notes.add(new Note(0, caseFile.id(), LocalDate.of(2026, 11, 2), NoteCategory.EFFECT_ON_CHILD,
                    "Could not pay for Mia's school trip", null));
            LetterFacts facts = LetterWiring.facts(services, caseFile);
            assertTrue(facts.effectOnChild().contains("Could not pay for Mia's school trip"), facts.effectOnChild()
                    .toString());
            assertEquals("Sam Taylor", facts.parent().name());
            assertEquals("1212 3456 7890", facts.caseDetails().cmsReference().orElseThrow().grouped());
            assertEquals(services.payments.schedule(caseFile.id(), facts.letterDate()).owedNow(),
                    facts.arrears().owedNow());

            var template = LetterTemplates.COLLECTION_COMPLAINT;
            LetterFacts addressed = facts.toBuilder().recipient(CaseFacts.recipient(
                    services.addressBook.byRole(template.recipientRole().addressBookRole().orElseThrow())
                            .orElseThrow())).build();
            Path pdf = letters.resolve("2026-11-22 Complaint to CMS.pdf");
            Files.write(pdf, new LetterPdfRenderer(CLOCK).render(template.document(addressed)).pdf());

            String said = LetterWiring.keeper(services).keep(caseFile.id(), pdf, template, addressed,
                    Optional.empty());
            assertTrue(said.contains("not yet posted"), said);
            assertEquals(1, services.documents.documents(caseFile.id()).size());
            // The sample case already has one letter logged; the new one is the one with a kept copy.
            List<SentLetter> logged = services.sentLetters.letters(caseFile.id()).stream()
                    .filter(l -> l.copyDocumentId().isPresent()).toList();
            assertEquals(1, logged.size());
            SentLetter letter = logged.get(0);
            assertFalse(letter.isPosted());
            assertEquals(LetterKind.COMPLAINT, letter.kind());
            // The Letters page entry names the letter as its file name and its PDF title do.
            assertEquals("Complaint to CMS", letter.subject());
            assertEquals("Child Maintenance Service 21", letter.to().name());
            assertTrue(letter.to().address().contains("WV98 2BU"));
            assertEquals(services.documents.documents(caseFile.id()).get(0).id(), letter.copyDocumentId().orElseThrow());

            // Begun with "Write a reply": logged as the reply to that CMS letter, so the Letters page shows it.
            long cmsLetter = services.receivedLetters.save(uk.cml.store.AsAnsweredBefore.answered(new uk.cml.domain.correspondence.ReceivedLetter(0,
                    caseFile.id(), Optional.of(LocalDate.of(2026, 11, 18)), LocalDate.of(2026, 11, 20), "CMS",
                    "Reply to my complaint", Optional.empty(), Optional.empty())));
            Path reply = letters.resolve("2026-11-22 Complaint review request to CMS.pdf");
            Files.copy(pdf, reply);
            LetterWiring.keeper(services).keep(caseFile.id(), reply, LetterTemplates.SENIOR_REVIEW, addressed,
                    Optional.of(cmsLetter));
            assertEquals(List.of(Optional.empty(), Optional.of(cmsLetter)), services.sentLetters.letters(caseFile.id())
                    .stream().filter(l -> l.copyDocumentId().isPresent()).sorted(java.util.Comparator.comparingLong(
                            SentLetter::id)).map(SentLetter::inReplyTo).toList());

            String fingerprint = LetterWiring.keeper(services).fingerprint();
            assertTrue(fingerprint.startsWith("Sender's own records reference"), fingerprint);
            assertEquals(services.safety.fingerprint().footerLine(), fingerprint);
        }
    }

    @Test
    @DisplayName("what the CMS was told includes a posted request to move to Collect and Pay, with its date")
    void reportsCountACollectAndPayRequest() throws Exception {
        uk.cml.domain.correspondence.Recipient cms = new uk.cml.domain.correspondence.Recipient(Optional.empty(),
                "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ");
        java.util.function.BiFunction<LocalDate, Boolean, SentLetter> request = (written, posted) -> new SentLetter(0,
                1, written, posted ? Optional.of(written) : Optional.empty(), cms, "Request for Collect and Pay",
                LetterKind.COLLECTION_REQUEST, Optional.empty(),
                posted ? Optional.of(uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS) : Optional.empty(),
                uk.cml.domain.correspondence.ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        var reports = LetterWiring.reports(List.of(request.apply(LocalDate.of(2026, 11, 10), true),
                request.apply(LocalDate.of(2026, 11, 12), false)), List.of(), List.of(), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 22));
        assertEquals(List.of(LocalDate.of(2026, 11, 10)), reports.letters(), "posted only, with its date");
        assertTrue(reports.toldOfMissedPayments());

        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            LetterFacts facts = LetterWiring.facts(services, caseFile).toBuilder().reports(reports).build();
            String text = LetterTemplates.MISSED_DIRECT_PAY.draft(facts).allText().replaceAll("\\s+", " ");
            assertTrue(text.contains("I wrote to you about the missed payments in my letter posted on 10 Nov 2026"),
                    text);
        }
    }

    /**
     * Reviewer's find: the Direct Pay report said "I am writing to tell you again ... I spoke to you by phone on 26
     * November 2026" when nothing had been reported and the only call was one the CMS made about a new calculation.
     * Only a call whose recorded outcome says the missed payments were reported counts, never its notes, and by who
     * rang whom.
     */
    @Test
    @DisplayName("only a call the parent answered Yes (told them of the missed payments) tells the CMS, by its"
            + " direction")
    void callsCountOnlyWhenTheParentSaysTheyReportedTheMissedPayments() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 4);
        java.util.function.BiFunction<CallDirection, String, Call> call = (direction, outcome) -> new Call(0, 1,
                LocalDateTime.of(2026, 11, 26, 11, 0), direction, "0800 171 2345", "Sam", "", "",
                "We talked about the missed payments and the new calculation", "", Optional.empty(), outcome,
                Optional.empty(), false, false, null, Optional.of(outcome.startsWith("Missed payments reported")
                        ? uk.cml.domain.evidence.MissedPaymentsTold.YES
                        : uk.cml.domain.evidence.MissedPaymentsTold.NO));
        var calculation = LetterWiring.reports(List.of(), List.of(call.apply(CallDirection.CMS_CALLED,
                "New calculation explained")), List.of(), LocalDate.of(2026, 9, 1), today);
        assertFalse(calculation.toldOfMissedPayments(), "the notes of a call about a new calculation are no report");
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            java.util.function.Function<uk.cml.letters.templates.CmsReports, String> text = reports -> {
                LetterFacts facts = LetterWiring.facts(services, caseFile).toBuilder().reports(reports).build();
                return LetterTemplates.MISSED_DIRECT_PAY.draft(facts).allText().replaceAll("\\s+", " ");
            };
            String first = text.apply(calculation);
            assertFalse(first.contains("tell you again"), first);
            assertFalse(first.contains("by phone"), first);
            assertTrue(first.contains("You will only know about this if I tell you"), first);

            var theyPhoned = LetterWiring.reports(List.of(), List.of(call.apply(CallDirection.CMS_CALLED,
                    "Missed payments reported")), List.of(), LocalDate.of(2026, 9, 1), today);
            String told = text.apply(theyPhoned);
            assertTrue(told.contains("to tell you again that I have not received all the child maintenance"), told);
            assertTrue(told.contains("I told you when you phoned me on 26 Nov 2026."), told);

            var iPhoned = LetterWiring.reports(List.of(), List.of(call.apply(CallDirection.I_CALLED,
                    "Missed payments reported")), List.of(), LocalDate.of(2026, 9, 1), today);
            String mine = text.apply(iPhoned);
            assertTrue(mine.contains("I told you by phone on 26 Nov 2026."), mine);
        }
    }

    /**
     * Reviewer 4's Collect and Pay case: the parent posted a complaint about the missed and part payments on 5 Oct,
     * their first written report, and phoned on 30 Nov. The enforcement request's list "What I have told you about
     * the missed payments, and the letters I have had from you" had the call but not the complaint; the complaint's
     * own "What happened" and the missed-payments report read the same records and left it out too.
     */
    @Test
    @DisplayName("a complaint the parent posted to the CMS is listed among what the CMS was told, by the day posted,"
            + " in the enforcement request, the complaint and the missed-payments report")
    void aPostedComplaintIsAmongWhatTheCmsWasTold() throws Exception {
        uk.cml.domain.correspondence.Recipient cms = new uk.cml.domain.correspondence.Recipient(Optional.empty(),
                "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\nWV98 2BU");
        LocalDate complained = LocalDate.of(2026, 10, 5);
        SentLetter complaint = new SentLetter(1, 1, complained, Optional.of(complained), cms,
                "Complaint about missed and part payments", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS),
                uk.cml.domain.correspondence.ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        Call call = new Call(1, 1, LocalDateTime.of(2026, 11, 30, 10, 15), CallDirection.I_CALLED, "0800 171 2345",
                "Sam", "Collections", "", "Asked why the 18 Sep payment never arrived.", "", Optional.empty(), "",
                Optional.empty(), false, false, null, Optional.of(uk.cml.domain.evidence.MissedPaymentsTold.YES));
        LocalDate today = LocalDate.of(2026, 12, 5);
        var reports = LetterWiring.reports(List.of(complaint), List.of(call), List.of(), LocalDate.of(2026, 9, 4),
                today);
        assertTrue(reports.complaint().made());
        assertFalse(LetterWiring.reports(List.of(complaint), List.of(), List.of(), LocalDate.of(2026, 9, 4), today)
                .toldOfMissedPayments(), "a complaint alone is no report naming the dues");
        assertTrue(reports.toldOfAny());
        String line = "5 Oct 2026: I posted my complaint \u201cComplaint about missed and part payments\u201d to you.";
        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            LetterFacts facts = LetterWiring.facts(services, caseFile).toBuilder().reports(reports).build();
            java.util.function.Function<uk.cml.letters.templates.LetterTemplate, String> text = template ->
                    template.draft(facts).allText().replaceAll("\\s+", " ");
            String enforce = text.apply(LetterTemplates.ENFORCEMENT_REQUEST);
            assertTrue(enforce.contains("What I have told you about the missed payments"), enforce);
            assertTrue(enforce.contains(line), enforce);
            assertTrue(enforce.indexOf(line) < enforce.indexOf("30 Nov 2026: I phoned you and told you of the missed"
                    + " payments."), "oldest first: " + enforce);
            String complaintLetter = text.apply(LetterTemplates.COLLECTION_COMPLAINT);
            assertTrue(complaintLetter.contains(line), complaintLetter);
            String report = text.apply(LetterTemplates.MISSED_DIRECT_PAY);
            // Oldest first, as the lists: the complaint posted 5 Oct before the call of 30 Nov.
            assertTrue(report.contains("I wrote to you about the missed payments in my letter posted on 5 Oct 2026 (my"
                    + " complaint \u201cComplaint about missed and part payments\u201d) and told you by phone on 30"
                    + " Nov 2026."), report);
        }
    }

    @Test
    @DisplayName("a complaint made before the arrears owed now began still lets a review or an ICE complaint fit, as"
            + " the Where things stand page shows it")
    void complaintBeforeTheArrearsStillFits() throws Exception {
        uk.cml.domain.correspondence.Recipient cms = new uk.cml.domain.correspondence.Recipient(Optional.empty(),
                "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\nWV98 2BU");
        LocalDate complained = LocalDate.of(2026, 6, 3);
        SentLetter complaint = new SentLetter(7, 1, complained, Optional.of(complained), cms, "Complaint to CMS",
                LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS),
                uk.cml.domain.correspondence.ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        // The arrears owed now began on 1 September, after the complaint: the letters about them leave it out.
        var reports = LetterWiring.reports(List.of(complaint), List.of(), List.of(), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 22));
        assertFalse(reports.complaint().made(), "not the complaint about these arrears");
        var finalResponse = uk.cml.store.AsAnsweredBefore.answered(new uk.cml.domain.correspondence.ReceivedLetter(1, 1, Optional.of(LocalDate.of(2026, 7,
                20)), LocalDate.of(2026, 7, 22), "CMS", "Final response to my complaint", Optional.empty(),
                Optional.empty()));
        var answered = LetterWiring.reports(List.of(complaint), List.of(), List.of(finalResponse),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 22));

        try (AppServices services = AppServices.open(data, CLOCK)) {
            new SampleData(services, 1, 0).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            LetterFacts facts = LetterWiring.facts(services, caseFile).toBuilder().reports(reports).build();
            assertEquals(Optional.empty(), LetterTemplates.SENIOR_REVIEW.doesNotFit(facts));
            assertEquals(Optional.of("Your records hold no final response from the CMS to your complaint of 3 Jun "
                    + "2026. The Independent Case Examiner looks at a complaint only after it. When it comes, log it "
                    + "on the Letters page as a reply to your letter and answer Yes to \"Does this letter say it is the "
                    + "CMS's final response to your complaint?\"."),
                    LetterTemplates.ICE_COMPLAINT.doesNotFit(facts));
            assertEquals(Optional.empty(), LetterTemplates.ICE_COMPLAINT.doesNotFit(facts.toBuilder()
                    .reports(answered).build()));
        }
    }

    @ParameterizedTest(name = "{0}, promise kept: {1}")
    @CsvSource({"I_CALLED, false", "CMS_CALLED, true", "OTHER, false"})
    @DisplayName("a logged call becomes the facts of the letter confirming it: who rang whom, a promise kept, and "
            + "which call it is, for the log")
    void callToFacts(CallDirection direction, boolean kept) {
        Call call = new Call(3, 1, LocalDateTime.of(2026, 11, 20, 10, 42, 37), direction,
                "0800 171 2345", "Priya Shah", "Direct Pay", "PS4471", "Payments noted", "write to Jordan",
                Optional.of(LocalDate.of(2026, 12, 4)), "", Optional.empty(), false, kept, null);
        assertEquals(new uk.cml.letters.templates.CallDetails(LocalDate.of(2026, 11, 20), java.time.LocalTime.of(10, 42),
                direction, "Priya Shah", "Direct Pay", "PS4471", "Payments noted", "write to Jordan",
                LocalDate.of(2026, 12, 4), kept, "", Optional.of(3L)), LetterWiring.callDetails(call));
    }

    @Test
    @DisplayName("a letter's copy in Documents is named by its heading, or by its plain name when the heading is all"
            + " capitals: \"Letter: COMPLAINT\" read like a code word")
    void aCopyInDocumentsHasAPlainName() {
        assertEquals("Complaint to CMS", LetterWiring.documentName(LetterTemplates.COLLECTION_COMPLAINT, "COMPLAINT"));
        assertEquals("Complaint to ICE", LetterWiring.documentName(LetterTemplates.ICE_COMPLAINT,
                "COMPLAINT ABOUT THE CHILD MAINTENANCE SERVICE"));
        assertEquals("Our phone call on 20 Nov 2026", LetterWiring.documentName(LetterTemplates.CONFIRM_CALL,
                "Our phone call on 20 Nov 2026"));
        // Begun with a word in capitals and a colon, as the review was headed before: a code word too.
        assertEquals("Complaint review request to CMS", LetterWiring.documentName(
                LetterTemplates.SENIOR_REVIEW, "COMPLAINT: request for a review by a senior manager"));
    }
}
