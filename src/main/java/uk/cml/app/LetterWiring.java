package uk.cml.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.UkFormats;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.DecisionAnswers;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.ArrearsDetails;
import uk.cml.letters.templates.CallDetails;
import uk.cml.letters.templates.CaseFacts;
import uk.cml.letters.templates.ChaseOnRecord;
import uk.cml.letters.templates.CmsReports;
import uk.cml.letters.templates.Deadlines;
import uk.cml.letters.templates.DecisionDetails;
import uk.cml.letters.templates.EnforcementDetails;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterFrame;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.LettersOnRecord;
import uk.cml.letters.templates.PrintedComplaint;
import uk.cml.letters.templates.ReplyDates;
import uk.cml.letters.templates.WriteOffDetails;
import uk.cml.store.DocumentRecordStore;
import uk.cml.store.SentLetterStore;
import uk.cml.store.StoreException;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.Problems;
import uk.cml.ui.letters.write.CallChoice;
import uk.cml.ui.letters.write.LetterKeeper;
import uk.cml.ui.letters.write.LetterWriterView;
import uk.cml.ui.letters.write.SaveTarget;
import uk.cml.ui.letters.write.WriteLetterSection;

/**
 * Builds the letter-writing page and feeds it from the stores: the case, the address book, the arrears, the
 * effect-on-child notes and the enforcement steps logged in; the saved PDF kept as a document and logged as written, not yet posted.
 */
final class LetterWiring {

    private LetterWiring() {
    }

    static WriteLetterSection section(AppServices services, Background background,
            ObjectProperty<CaseFile> currentCase, uk.cml.ui.common.DraftKeeper drafts) {
        LetterPdfRenderer renderer = new LetterPdfRenderer(services.clock);
        LetterWriterView writer = new LetterWriterView(background, currentCase,
                caseFile -> facts(services, caseFile),
                caseFile -> services.calls.calls(caseFile.id()).stream().map(LetterWiring::callChoice).toList(),
                services.addressBook::entries, renderer,
                keeper(services), lettersFolder(services.dataFolder),
                SaveTarget.dialog(lettersMemory(services, background)), drafts);
        // Reads the fonts once now, so the parent's first preview is quick.
        background.run(() -> {
            renderer.warmUp();
            return Boolean.TRUE;
        }, ok -> { }, error -> writer.showStandingProblem(Messages.text("app.letterWiring.theLetterFontsCouldNot")));
        return new WriteLetterSection(writer, (w, letter) -> LetterStarts.open(w, letter,
                LocalDate.now(services.clock), caseId -> services.standing.report(caseId,
                        LocalDate.now(services.clock)).complaint()));
    }

    /**
     * The replies the case's posted letters wait for on {@code today}: how many are late, as What needs doing lists
     * them (its own count, so a chasing letter fits exactly when the Overview says a reply is late), and the first
     * reply date still to come among letters with no reply logged and no chase waiting.
     */
    static uk.cml.letters.templates.RepliesAwaited repliesAwaited(AppServices services, long caseId,
            List<SentLetter> sent, uk.cml.domain.standing.Chases chases, LocalDate today) {
        // Each letter posted to the CMS whose reply date has passed with no reply logged, chased or not: a complaint
        // says so under what went wrong (reviewer, rv6), as the Letters page and Where it stands show it.
        java.util.Set<Long> answered = chases.answered(services.sentLetters.answered(caseId));
        List<uk.cml.letters.templates.RepliesAwaited.Asked> unanswered = sent.stream().filter(SentLetter::isPosted)
                .filter(l -> l.to().isTheCms()).filter(l -> !answered.contains(l.id()))
                .filter(l -> l.replyBy().filter(d -> d.isBefore(today)).isPresent())
                .map(l -> new uk.cml.letters.templates.RepliesAwaited.Asked(l.posted().orElseThrow(),
                        l.replyBy().orElseThrow())).toList();
        return awaited(services, caseId, sent, chases, today).withUnansweredByCms(unanswered);
    }

    private static uk.cml.letters.templates.RepliesAwaited awaited(AppServices services, long caseId,
            List<SentLetter> sent, uk.cml.domain.standing.Chases chases, LocalDate today) {
        long late = services.sentLetters.todos(caseId, today).stream()
                .filter(t -> t.kind() == uk.cml.domain.todo.TodoKind.REPLY_OVERDUE).count();
        if (late > 0) {
            return uk.cml.letters.templates.RepliesAwaited.late((int) late);
        }
        java.util.Set<Long> replied = chases.answered(services.sentLetters.answered(caseId));
        // A letter late for its reply whose only chase is made and not posted is still late (What needs doing leaves
        // it out, as the chase is there to post): a chasing letter fits, and is not marked "does not fit this case"
        // beside the chase already made (reviewer, rv6).
        java.util.Set<Long> chasedByPosted = sent.stream().filter(SentLetter::isPosted).map(chases::chasedBy)
                .flatMap(Optional::stream).map(SentLetter::id).collect(java.util.stream.Collectors.toSet());
        long lateChaseToPost = sent.stream().filter(SentLetter::isPosted).filter(l -> chases.chasedBy(l).isEmpty())
                .filter(l -> !replied.contains(l.id())).filter(l -> !chasedByPosted.contains(l.id()))
                .filter(l -> l.replyBy().filter(d -> d.isBefore(today)).isPresent()).count();
        if (lateChaseToPost > 0) {
            return uk.cml.letters.templates.RepliesAwaited.late((int) lateChaseToPost);
        }
        List<SentLetter> waiting = sent.stream().filter(SentLetter::isPosted).filter(l -> !replied.contains(l.id()))
                .filter(l -> chases.chasedBy(l).isEmpty())
                .filter(l -> l.replyBy().filter(d -> !d.isBefore(today)).isPresent()).toList();
        // The letter to the CMS first due a reply: a complaint begun before then is told it may cross the reply.
        Optional<uk.cml.letters.templates.RepliesAwaited.Asked> cmsAsked = waiting.stream()
                .filter(l -> l.to().isTheCms())
                .min(java.util.Comparator.comparing((SentLetter l) -> l.replyBy().orElseThrow()))
                .map(l -> new uk.cml.letters.templates.RepliesAwaited.Asked(l.posted().orElseThrow(),
                        l.replyBy().orElseThrow()));
        return waiting.stream().map(l -> l.replyBy().orElseThrow()).min(LocalDate::compareTo)
                .map(due -> uk.cml.letters.templates.RepliesAwaited.notLateYet(due, cmsAsked))
                .orElse(uk.cml.letters.templates.RepliesAwaited.NONE_WAITING);
    }

    /** Runs in the background: everything a letter can say about this case from the records there are. */
    static LetterFacts facts(AppServices services, CaseFile caseFile) {
        MyDetails me = services.cases.myDetails().orElseThrow(() -> new StoreException(
                Messages.text("app.letterWiring.yourOwnDetailsAreMissing")));
        LocalDate today = LocalDate.now(services.clock);
        ArrangementHistory history = services.cases.arrangements(caseFile.id());
        List<SentLetter> sent = services.sentLetters.letters(caseFile.id());
        // With what was owed on each day the case moved: a letter says apart what was missed before a move. The dues
        // listed reach back to the last report of missed payments on record for those under Direct Pay, which the
        // CMS knows of only when told (ArrearsDetails.MOST_MONTHS_LISTED).
        uk.cml.domain.arrears.ArrearsSchedule schedule = services.payments.schedule(caseFile.id(), today);
        ArrearsDetails arrears = ArrearsDetails.from(schedule, history, lastReportNamingDues(sent, today));
        uk.cml.domain.standing.Chases chases = uk.cml.domain.standing.Chases.of(sent, services.calendar,
                new uk.cml.domain.standing.ReplyRuleBook(services.standing.facts()));
        List<ReceivedLetter> received = services.receivedLetters.letters(caseFile.id());
        // A CMS letter the parent logged a decision with is named by that decision in what the letters list.
        java.util.Map<Long, Decision.Kind> decided = new java.util.HashMap<>();
        services.standing.decisions(caseFile.id()).forEach(d -> d.fromLetter().ifPresent(id -> decided.put(id,
                d.kind())));
        CmsReports reports = reports(sent, services.calls.calls(caseFile.id()), received, decided,
                arrears.owedSince(), toldSince(arrears), today);
        // The decisions whose letter is still to be sent (reconsideration, write-off reply), as the page counts them.
        List<Decision> open = services.standing.report(caseFile.id(), today).decisions().stream()
                .filter(d -> !d.deadlines().isEmpty() && !d.deadlines().get(0).done())
                .map(uk.cml.domain.standing.StandingReport.DecisionDeadlines::decision).toList();
        return CaseFacts.from(me, caseFile, history, today,
                services.addressPrivacy.isPrivate(caseFile.id()))
                .arrears(arrears)
                // Each CMS figure with its day: the letter confirming a call finds the one given that day.
                .cmsFigures(schedule.cmsDifferences())
                .reports(complaintWords(services, reports))
                .settlement(LetterStarts.offerOnRecord(received).orElse(null))
                .awaitedReply(LetterStarts.awaitedReply(sent, services.sentLetters.answered(caseFile.id()), chases,
                        today))
                .chases(chases(sent, chases))
                .repliesAwaited(repliesAwaited(services, caseFile.id(), sent, chases, today))
                // What a reply answers, read against: the writer says when that letter is not logged.
                .onRecord(LettersOnRecord.of(received, services.standing.decisions(caseFile.id()), sent)
                        .withWriteOffLetters(LetterStarts.writeOffLetters(received)))
                .effectOnChild(services.notes.effectOnChild(caseFile.id()).stream().map(Note::text).toList())
                .enforcement(enforcementOnRecord(services.standing, services.receivedLetters, services.documents,
                        services.calls, caseFile.id(), today))
                .decision(decisionOnRecord(open).or(() -> decisionAsked(open, decided(services, caseFile.id()), sent))
                        .orElse(null))
                .reconsiderationsAsked(reconsiderationsAsked(decided(services, caseFile.id()), sent))
                .writeOff(writeOffOnRecord(open).orElse(null))
                .deadlines(deadlines(services)).build();
    }

    /**
     * What the records say the CMS has been told about the arrears owed now (since {@code since}, the day they have
     * been owed without a break; all the records when there is none): posted letters that told the CMS of the missed
     * payments (a report, or a request to move to Collect and Pay or to enforce, {@link LetterKind#tellsTheCmsOfArrears}),
     * calls, how far a complaint has gone ({@link ComplaintPosition}), and a CMS letter saying it has asked the paying
     * parent for proof of payment (read from the parent's summary of it, as "Says they have asked Jordan for proof of
     * payment"). The period is the arrears' unbroken run, not the letter's table of recent dues: a complaint made
     * before the table begins is still the complaint about these arrears.
     */
    static CmsReports reports(List<SentLetter> sent, List<Call> calls, List<ReceivedLetter> received,
            LocalDate since, LocalDate today) {
        return reports(sent, calls, received, java.util.Map.of(), since, today);
    }

    /** The same, with the decision logged with each CMS letter that brought one, by the letter's id. */
    static CmsReports reports(List<SentLetter> sent, List<Call> calls, List<ReceivedLetter> received,
            java.util.Map<Long, Decision.Kind> decided, LocalDate since, LocalDate today) {
        return reports(sent, calls, received, decided, since, since, today);
    }

    /**
     * The day from which what the CMS was told counts for a letter about the arrears owed now: the earlier of the day
     * they have been owed without a break and the first due the letters list ({@link ArrearsDetails#since}). A call
     * reporting a due the letter's table lists is a report of it, though money paid later cleared the arrears for a
     * while (a reviewer's case: told by phone on 2 Nov of the 30 Sep part payment, owed without a break only since 30
     * Nov; the letters said nothing of the call the Calls page promised they would name). Null (every record) when
     * nothing is owed.
     */
    static LocalDate toldSince(ArrearsDetails arrears) {
        LocalDate owed = arrears.owedSince();
        LocalDate listed = arrears.since();
        return owed == null || listed == null || !listed.isBefore(owed) ? owed : listed;
    }

    /**
     * The same, with what the CMS was told (calls, letters, the CMS's letters, promises) read from {@code toldSince},
     * and the complaint, and whether the CMS was told of the arrears owed now ({@link CmsReports#toldOfMissedPayments}),
     * from {@code since}, the day they have been owed without a break.
     */
    static CmsReports reports(List<SentLetter> sent, List<Call> calls, List<ReceivedLetter> received,
            java.util.Map<Long, Decision.Kind> decided, LocalDate since, LocalDate toldSince, LocalDate today) {
        java.util.function.Predicate<LocalDate> inRun = day -> (since == null || !day.isBefore(since))
                && !day.isAfter(today);
        java.util.function.Predicate<LocalDate> inPeriod = day -> (toldSince == null || !day.isBefore(toldSince))
                && !day.isAfter(today);
        List<LocalDate> reported = sent.stream().filter(l -> l.isPosted() && l.kind().tellsTheCmsOfArrears()
                        && l.to().isTheCms())
                .map(SentLetter::written).filter(inPeriod).toList();
        // The complaint as the Where things stand page reads its letters, from the complaint letters of the period:
        // an escalation is not a complaint of its own, and the final response makes ICE the next step.
        List<ReceivedLetter> come = received.stream().filter(r -> !r.received().isAfter(today)).toList();
        ComplaintPosition complaint = ComplaintPosition.read(sent.stream()
                .filter(l -> l.kind() == LetterKind.COMPLAINT && inRun.test(l.written())).toList(), come);
        // Whether a review or an ICE complaint fits at all: any complaint, as the Where things stand page reads it.
        ComplaintPosition onRecord = ComplaintPosition.read(sent.stream()
                .filter(l -> l.kind() == LetterKind.COMPLAINT && !l.written().isAfter(today)).toList(), come);
        // Only a call the parent answered "Yes, I told them" about the missed payments counts as telling the CMS, by
        // who rang whom ("I told you by phone on", "when you phoned me on"); nothing written about a call is read as a
        // report, and a call with no answer is none.
        List<LocalDate> spoke = reportingCalls(calls, inPeriod, false);
        List<LocalDate> theyPhoned = reportingCalls(calls, inPeriod, true);
        Optional<LocalDate> proof = received.stream().filter(r -> CmsReports.asksForProof(r.summary()))
                .map(r -> r.dated().orElse(r.received())).filter(inPeriod).min(Comparator.naturalOrder());
        return new CmsReports(reported, spoke, complaint, proof, "", onRecord).withTheyPhoned(theyPhoned)
                .withLetters(postedReports(sent, calls, inPeriod), received.stream()
                        .filter(r -> EnforcementDetails.fromTheCms(r.from()))
                        .filter(r -> inPeriod.test(r.dated().orElse(r.received())) && !r.received().isAfter(today))
                        .map(r -> new CmsReports.CmsLetter(r.dated(), r.received(), r.summary(),
                                Optional.ofNullable(decided.get(r.id())))).toList())
                .withPromises(promisesNotKept(calls, inPeriod, today)).withOwedSince(since)
                .withComplaintLetters(complaintLetters(sent, inPeriod));
    }

    /**
     * The parent's complaint letters to the CMS posted in the period (the complaint and letters adding to it; not a
     * request for a senior manager's review, which is about how the complaint was handled, nor a complaint to ICE,
     * not sent to the CMS), by the day posted, with the proof of postage recorded: a complaint about the arrears is
     * a written report of them, often the first, so the letters list it among what the CMS was told.
     */
    static List<CmsReports.Posted> complaintLetters(List<SentLetter> sent,
            java.util.function.Predicate<LocalDate> inPeriod) {
        List<CmsReports.Posted> complaints = new java.util.ArrayList<>();
        for (SentLetter letter : sent) {
            if (!letter.isPosted() || !inPeriod.test(letter.written()) || !ComplaintPosition.stepOf(letter)
                    .equals(Optional.of(uk.cml.domain.standing.ComplaintStage.Step.COMPLAINT))) {
                continue;
            }
            boolean certificate = letter.method().filter(uk.cml.domain.correspondence.PostingMethod::byPost)
                    .isPresent() && !letter.proof().isEmpty();
            complaints.add(new CmsReports.Posted(letter.posted().orElseThrow(), Optional.empty(), certificate,
                    letter.subjectAsPrinted(), letter.method(), letter.trackedDelivery()));
        }
        return complaints;
    }

    /**
     * The promises the CMS made on the calls of the period whose day has passed with the promise not marked kept
     * ({@link Call#promiseLate}, the rule the Overview's to-do and the "Where it stands" page use): what went wrong,
     * by the parent's own record of each call.
     */
    static List<CmsReports.Promise> promisesNotKept(List<Call> calls, java.util.function.Predicate<LocalDate> inPeriod,
            LocalDate today) {
        return calls.stream().filter(c -> !c.promised().isEmpty() && c.promiseLate(today))
                .filter(c -> inPeriod.test(c.happenedAt().toLocalDate()))
                .map(c -> new CmsReports.Promise(c.happenedAt().toLocalDate(), c.direction(), c.spokeTo(), c.team(),
                        c.promised(), c.promisedBy().orElseThrow())).toList();
    }

    /**
     * The parent's posted letters to the CMS about the missed payments in the period, by the day posted: those of the
     * reporting kinds ({@link LetterKind#tellsTheCmsOfArrears}), and those following up a call that reported them
     * ({@link Call#reportsMissedPayments}): the call the letter's log entry names ({@link SentLetter#confirmsCall}),
     * set when the app made the letter from it or the parent chose it when logging the letter. A follow-up naming no
     * call is not counted: which call it followed up the records cannot tell, and a letter saying "following up my
     * call of" a guessed day could name the wrong call. The calls the parent answered Yes on are named from the calls
     * themselves. A certificate of posting is said only when one is recorded.
     */
    static List<CmsReports.Posted> postedReports(List<SentLetter> sent, List<Call> calls,
            java.util.function.Predicate<LocalDate> inPeriod) {
        List<CmsReports.Posted> posted = new java.util.ArrayList<>();
        for (SentLetter letter : sent) {
            if (!letter.isPosted() || !letter.to().isTheCms() || !inPeriod.test(letter.written())) {
                continue;
            }
            Optional<LocalDate> followsCall = Optional.empty();
            if (letter.kind() == LetterKind.FOLLOW_UP_TO_CALL) {
                Optional<Call> call = letter.confirmsCall()
                        .flatMap(id -> calls.stream().filter(c -> c.id() == id).findFirst());
                if (call.filter(Call::reportsMissedPayments).isEmpty()) {
                    continue;
                }
                followsCall = call.map(c -> c.happenedAt().toLocalDate());
            } else if (!letter.kind().tellsTheCmsOfArrears()) {
                continue;
            }
            boolean certificate = letter.method().filter(uk.cml.domain.correspondence.PostingMethod::byPost)
                    .isPresent() && !letter.proof().isEmpty();
            posted.add(new CmsReports.Posted(letter.posted().orElseThrow(), followsCall, certificate,
                    letter.subjectAsPrinted(), letter.method(), letter.trackedDelivery()));
        }
        return posted;
    }

    /** The days of calls reporting the missed payments in the period, made by the CMS or else by the parent. */
    private static List<LocalDate> reportingCalls(List<Call> calls, java.util.function.Predicate<LocalDate> inPeriod,
            boolean cmsCalled) {
        return calls.stream().filter(Call::reportsMissedPayments)
                .filter(c -> (c.direction() == uk.cml.domain.evidence.CallDirection.CMS_CALLED) == cmsCalled)
                .map(c -> c.happenedAt().toLocalDate()).filter(inPeriod).distinct().toList();
    }

    /**
     * The date of the latest posted report of missed payments ({@link LetterKind#ARREARS_REPORT}): the letter that
     * names the dues missed, as the app's "Report missed Direct Pay payments" lists them (one logged by hand is the
     * parent's own report of them). A request to collect or enforce ({@link LetterKind#COLLECTION_REQUEST}) tells the
     * CMS of the arrears too ({@link #reports}), but the enforcement request gives the total only and the request to
     * move lists the dues only when one of them is short, so it is not taken to have named them; nor is a call, whose
     * words the records do not hold. Counting too few reports lists more dues, which is never untrue; counting too
     * many would leave missed payments out of the letter. Empty when there is none.
     */
    static Optional<LocalDate> lastReportNamingDues(List<SentLetter> sent, LocalDate today) {
        return sent.stream().filter(l -> l.isPosted() && l.kind() == LetterKind.ARREARS_REPORT
                        && l.to().isTheCms())
                .map(SentLetter::written).filter(day -> !day.isAfter(today)).max(Comparator.naturalOrder());
    }

    /** The latest chase of each letter in the log that has one, as a chasing letter quotes it. */
    static java.util.Map<Long, ChaseOnRecord> chases(List<SentLetter> sent, uk.cml.domain.standing.Chases chases) {
        java.util.Map<Long, ChaseOnRecord> on = new java.util.HashMap<>();
        for (SentLetter letter : sent) {
            chases.latestOf(letter.id()).ifPresent(chase -> on.put(letter.id(), new ChaseOnRecord(chase.written(),
                    chase.posted().filter(p -> chase.isPosted()).orElse(null), chases.replyBy(chase).orElse(null))));
        }
        return on;
    }

    /**
     * The reports with what the parent's complaint letter says happened and the CMS did wrong, for a review request
     * or a complaint to ICE begun without typing them: read from the kept copy of the complaint letter the letters
     * read ({@link ComplaintPosition#complaint}), when the app made that letter ({@link PrintedComplaint}); each ""
     * when there is none, it was logged by hand, or its copy (or that part of it) cannot be read whole.
     */
    static CmsReports complaintWords(AppServices services, CmsReports reports) {
        Optional<String> printed = reports.complaint().complaint()
                .filter(l -> LetterTemplates.madeAs(l.subject()).filter(LetterTemplates.COLLECTION_COMPLAINT::equals)
                        .isPresent())
                .flatMap(SentLetter::copyDocumentId).flatMap(services.documents::find).flatMap(document -> {
                    try {
                        return Optional.of(PrintedText.of(services.documents.fileOf(document)));
                    } catch (java.io.IOException | RuntimeException unreadable) {
                        return Optional.empty();
                    }
                });
        return reports.withWentWrong(printed.flatMap(PrintedComplaint::wentWrong).orElse(""))
                .withWhatHappened(printed.flatMap(PrintedComplaint::whatHappened).orElse(""))
                .withEffect(printed.flatMap(PrintedComplaint::effect).orElse(""));
    }

    /**
     * The decision about the calculation a reconsideration request begun from the list asks about, with its date and
     * note ({@link LetterStarts#decision}): the one the records hold whose request is still to be sent. With several,
     * none: the parent begins the letter from the one they mean on "Where things stand", or fills it in.
     */
    static Optional<DecisionDetails> decisionOnRecord(List<Decision> open) {
        List<Decision> about = open.stream().filter(d -> d.kind() != Decision.Kind.WRITE_OFF).toList();
        return about.size() == 1 ? Optional.of(LetterStarts.decision(about.get(0))) : Optional.empty();
    }

    private static List<Decision> decided(AppServices services, long caseId) {
        return services.standing.decisions(caseId);
    }

    /**
     * The mandatory reconsideration requests the records show posted, each with the date of the decision it was
     * logged as answering: the letter warns against asking again for the same decision (reviewer rv7).
     */
    static List<uk.cml.letters.templates.ReconsiderationAsked> reconsiderationsAsked(List<Decision> decisions,
            List<SentLetter> sent) {
        java.util.Map<Long, LocalDate> dated = new java.util.HashMap<>();
        decisions.forEach(d -> dated.put(d.id(), d.dated()));
        return sent.stream().filter(l -> l.kind() == LetterKind.RECONSIDERATION_REQUEST && l.isPosted())
                .filter(l -> l.answersDecision().map(dated::get).isPresent())
                .map(l -> new uk.cml.letters.templates.ReconsiderationAsked(dated.get(l.answersDecision().get()),
                        l.posted().orElseThrow(), l.method().map(m -> m.label()).orElse(""))).toList();
    }

    /**
     * With no decision still waiting for its request ({@link #decisionOnRecord}), the one decision about the
     * calculation whose request is already posted: the letter is filled from it (and warns that it was asked), rather
     * than leaving "[the date on the decision letter]" to fill in. With several, none.
     */
    static Optional<DecisionDetails> decisionAsked(List<Decision> open, List<Decision> decisions,
            List<SentLetter> sent) {
        if (open.stream().anyMatch(d -> d.kind() != Decision.Kind.WRITE_OFF)) {
            return Optional.empty();
        }
        java.util.Set<Long> asked = new java.util.HashSet<>();
        sent.stream().filter(l -> l.kind() == LetterKind.RECONSIDERATION_REQUEST && l.isPosted())
                .forEach(l -> l.answersDecision().ifPresent(asked::add));
        List<Decision> about = decisions.stream().filter(d -> d.kind() != Decision.Kind.WRITE_OFF)
                .filter(d -> asked.contains(d.id())).toList();
        return about.size() == 1 ? Optional.of(LetterStarts.decision(about.get(0))) : Optional.empty();
    }

    /** The same for the proposal to write off arrears a reply begun from the list answers, with its amount. */
    static Optional<WriteOffDetails> writeOffOnRecord(List<Decision> open) {
        List<Decision> proposals = open.stream().filter(d -> d.kind() == Decision.Kind.WRITE_OFF).toList();
        return proposals.size() == 1 ? Optional.of(LetterStarts.writeOff(proposals.get(0))) : Optional.empty();
    }

    /** Letters count with the calendar and the facts table the "Where things stand" page counts with. */
    static Deadlines deadlines(AppServices services) {
        return new Deadlines(services.calendar, services.standing.facts());
    }

    /** The enforcement steps the parent ticked, oldest first, as the steps a letter says the CMS has taken. */
    static EnforcementDetails enforcement(List<EnforcementRecord> ticked) {
        return new EnforcementDetails(null, "", false, ticked.stream()
                .sorted(Comparator.comparing(EnforcementRecord::heardOn))
                .map(r -> new EnforcementDetails.Tried(EnforcementDetails.Step.of(r.step()), r.heardOn())).toList());
    }

    /**
     * The letters received and documents filed whose words (the parent's summary of a letter, the description of a
     * document) name an enforcement step, each with its date: a received letter by the date on it (else the day it
     * came), a document by the date on it (else the day it was added). A document that is a letter's copy, a proof
     * of postage, a received letter's scan or a payment's evidence is left out: the parent's own letters say what
     * was asked, not done, and a scan is its letter's.
     */
    static List<EnforcementDetails.Notice> notices(uk.cml.store.DocumentRecordStore documents, long caseId,
            List<ReceivedLetter> received, LocalDate today) {
        List<EnforcementDetails.Notice> notices = new java.util.ArrayList<>();
        for (ReceivedLetter letter : received) {
            List<EnforcementDetails.Step> about = EnforcementDetails.Step.namedIn(letter.summary());
            if (about.isEmpty() || letter.received().isAfter(today)) {
                continue;
            }
            boolean cms = EnforcementDetails.fromTheCms(letter.from());
            EnforcementDetails.Notice.Kind kind = !cms ? EnforcementDetails.Notice.Kind.LETTER_FROM_OTHER
                    : letter.dated().isPresent() ? EnforcementDetails.Notice.Kind.CMS_LETTER
                    : EnforcementDetails.Notice.Kind.CMS_LETTER_RECEIVED;
            notices.add(new EnforcementDetails.Notice(about, letter.dated().orElse(letter.received()), kind,
                    letter.from()));
        }
        for (var document : documents.documents(caseId)) {
            List<EnforcementDetails.Step> about = EnforcementDetails.Step.namedIn(document.description());
            if (about.isEmpty() || !documents.usesOf(document.id()).isEmpty()) {
                continue;
            }
            notices.add(new EnforcementDetails.Notice(about, document.datedOn().orElse(document.addedOn()),
                    document.datedOn().isPresent() ? EnforcementDetails.Notice.Kind.DOCUMENT
                            : EnforcementDetails.Notice.Kind.DOCUMENT_ADDED, ""));
        }
        return notices;
    }

    /**
     * The steps ticked with the letters, documents and calls on record that name a step: the one reading of
     * enforcement on record that the letters and the evidence pack both use, so they never disagree.
     */
    static EnforcementDetails enforcementOnRecord(uk.cml.store.StandingStore standing,
            uk.cml.store.ReceivedLetterStore receivedLetters, uk.cml.store.DocumentRecordStore documents,
            uk.cml.store.CallStore calls, long caseId, LocalDate today) {
        List<Call> logged = calls.calls(caseId);
        return enforcement(standing.enforcement(caseId)).withNotices(
                notices(documents, caseId, receivedLetters.letters(caseId), today),
                namedInCalls(logged)).withCalls(callsAboutEnforcement(logged, today));
    }

    /**
     * The logged calls about enforcement by {@code today}: with someone of a team the parent noted as an enforcement
     * one, or whose notes name a step. News the parent has of enforcement, as much as a letter's: the letters ask
     * what has happened since the latest of all of them.
     */
    static List<EnforcementDetails.CallNews> callsAboutEnforcement(List<Call> calls, LocalDate today) {
        List<EnforcementDetails.CallNews> news = new java.util.ArrayList<>();
        for (Call c : calls) {
            LocalDate on = c.happenedAt().toLocalDate();
            List<EnforcementDetails.Step> about = EnforcementDetails.Step.namedIn(String.join("\n", c.whatWasSaid(),
                    c.promised(), c.outcome()));
            if (on.isAfter(today) || (about.isEmpty() && !EnforcementDetails.CallNews.enforcementTeam(c.team()))) {
                continue;
            }
            news.add(new EnforcementDetails.CallNews(on, c.direction(), c.spokeTo(), c.team(), about, c.promised(),
                    c.promisedBy().orElse(null)));
        }
        return news;
    }

    /** The enforcement steps logged calls' notes name (free words: never said as a fact). */
    static List<EnforcementDetails.Step> namedInCalls(List<Call> calls) {
        return calls.stream().flatMap(c -> EnforcementDetails.Step.namedIn(String.join("\n", c.whatWasSaid(),
                c.promised(), c.outcome())).stream()).distinct().sorted().toList();
    }

    /** A logged call as the facts the confirming letter quotes. */
    static CallDetails callDetails(Call call) {
        return new CallDetails(call.happenedAt().toLocalDate(),
                call.happenedAt().toLocalTime().truncatedTo(ChronoUnit.MINUTES), call.direction(), call.spokeTo(),
                call.team(), call.staffId(), call.whatWasSaid(), call.promised(), call.promisedBy().orElse(null),
                call.promiseKept(), call.outcome(), Optional.of(call.id()));
    }

    /** A logged call as the writer's list of calls offers it: when, who called and who was spoken to. */
    static CallChoice callChoice(Call call) {
        return new CallChoice(call.id(), Messages.text("letters.writerView.callChoice",
                UkFormats.dateTime(call.happenedAt()), call.title()), callDetails(call));
    }

    /** Keeps the PDF with the case's documents and logs it as written, ready for its posting to be recorded. */
    static LetterKeeper keeper(AppServices services) {
        return new LetterKeeper() {
            @Override
            public String keep(long caseId, Path pdf, LetterTemplate template, LetterFacts facts,
                    Optional<Long> answering) throws Exception {
                return keep(caseId, pdf, template, facts, answering, Optional.empty());
            }

            @Override
            public String keep(long caseId, Path pdf, LetterTemplate template, LetterFacts facts,
                    Optional<Long> answering, Optional<Long> inPlaceOf) throws Exception {
                return keep(caseId, pdf, template, facts, answering, inPlaceOf, "", "");
            }

            @Override
            public void open(SentLetter letter) throws Exception {
                var copy = letter.copyDocumentId().flatMap(services.documents::find);
                if (copy.isPresent()) {
                    new SystemViewer().open(services.documents.copyToOpen(copy.get()));
                }
            }

            @Override
            public String keep(long caseId, Path pdf, LetterTemplate template, LetterFacts facts,
                    Optional<Long> answering, Optional<Long> inPlaceOf, String heading, String words)
                    throws Exception {
                String kept = Messages.text("app.letterWiring.aCopyIsKeptIn");
                Optional<SentLetter> earlier = inPlaceOf.flatMap(services.sentLetters::find);
                String day = earlier.map(l -> UkFormats.shortDate(l.written())).orElse("");
                SentLetterStore.Replaced done;
                try {
                    // One transaction: the copy added to Documents, the letter logged and, for a letter made again,
                    // the earlier one and its copy to the Bin. If any of it fails, none of it is kept.
                    done = allOrNothing(services, () -> {
                        // The copy in Documents is named as the letter is in the Letters list: by the heading
                        // printed. With the letter's date as the date on it, as the parent would give for any letter.
                        DocumentRecordStore.Added copy = services.documents.add(caseId, pdf,
                                Messages.text("app.letterWiring.letter", documentName(template, heading),
                                        UkFormats.shortDate(facts.letterDate())),
                                Optional.of(facts.letterDate()));
                        List<Decision> decisions = services.standing.decisions(caseId);
                        Optional<Long> decision = decision(template, facts, decisions);
                        SentLetter made = written(caseId, template, facts, copy.document().id(), PrintedText.of(pdf),
                                answering.or(() -> cameIn(decision, decisions))).answering(decision)
                                .madeWith(heading, words);
                        if (inPlaceOf.isEmpty()) {
                            return new SentLetterStore.Replaced(services.sentLetters.save(made), false, false);
                        }
                        return services.sentLetters.addInPlaceOf(made, inPlaceOf.get());
                    });
                } catch (StoreException e) {
                    if (inPlaceOf.isEmpty()) {
                        throw e;
                    }
                    throw new Problems.ParentMessage(Messages.text("app.letterWiring.notLoggedInPlaceOf",
                            pdf.getFileName().toString(), day), e);
                }
                if (inPlaceOf.isEmpty()) {
                    return kept;
                }
                boolean binned = done.earlierBinned();
                // The earlier letter's own PDF stays where it was saved, beside the new one: named, so the parent
                // posts the new one (both are often made the same day, so the day alone does not tell them apart).
                // Its copy in Documents went to the Bin with it, unless another record uses that file.
                Optional<String> earlierFile = earlier.flatMap(SentLetter::copyDocumentId)
                        .flatMap(services.documents::find).map(d -> d.originalName())
                        .filter(name -> !name.isBlank() && !name.equals(pdf.getFileName().toString()));
                return kept + " " + Messages.text(!binned ? "app.letterWiring.earlierKept"
                        : done.copyBinned() ? "app.letterWiring.earlierAndCopyInTheBin"
                        : "app.letterWiring.earlierInTheBin", day) + (binned ? earlierFile.map(name -> " "
                        + Messages.text("app.letterWiring.earlierFileStays", name)).orElse("") : "");
            }

            @Override
            public List<SentLetter> letters(long caseId) {
                return services.sentLetters.letters(caseId);
            }

            @Override
            public String fingerprint() {
                return services.safety.fingerprint().footerLine();
            }
        };
    }

    /**
     * Runs the keeping of a letter in one transaction of the records (the stores' own transactions join it): all of
     * it is saved, or none of it. A refusal of the file (not SQL) is thrown as it was.
     */
    static <T> T allOrNothing(AppServices services, java.util.concurrent.Callable<T> work) throws Exception {
        final class NotSql extends RuntimeException {
            private static final long serialVersionUID = 1L;

            NotSql(Exception cause) {
                super(cause);
            }
        }
        try {
            return services.database.inTransaction(c -> {
                try {
                    return work.call();
                } catch (RuntimeException | java.sql.SQLException e) {
                    throw e;
                } catch (Exception e) {
                    throw new NotSql(e);
                }
            });
        } catch (NotSql e) {
            throw (Exception) e.getCause();
        }
    }

    /**
     * The written letter as the log keeps it, watching the reply-by date the letter prints (the same calendar
     * call the template made). If the parent edited that date out of the letter, nothing is watched until the
     * posting is recorded, when the log suggests a date. A letter begun with "Write a reply" is logged as the reply
     * to the CMS letter it answers, so that letter shows its reply. A chasing letter is logged with the letter it
     * chases, when that came from the log, so the Overview knows it is made and then posted. A letter confirming a
     * call is logged with the call it was made from, so only a change to that call (or, while its promise is not
     * kept, a CMS letter) marks it "Records changed".
     */
    static SentLetter written(long caseId, LetterTemplate template, LetterFacts facts, long copyId,
            String printedText, Optional<Long> answering) {
        Optional<LocalDate> replyBy = template.draft(facts).replyBy()
                .filter(date -> printedText.contains(UkFormats.shortDate(date)));
        var lines = LetterFrame.recipientLines(template.recipientRole(facts), facts);
        Recipient to = new Recipient(Optional.empty(), lines.get(0), String.join("\n", lines.subList(1, lines.size())));
        return new SentLetter(0, caseId, facts.letterDate(), Optional.empty(), to, template.fileTitle(),
                ReplyDates.kind(template), Optional.of(copyId), Optional.empty(), ProofOfPostage.NONE, "", replyBy,
                answering, Optional.empty(), replyBy).chasing(LetterTemplates.chases(template, facts))
                .confirming(LetterTemplates.confirms(template, facts));
    }

    /**
     * The decision a reconsideration request or write-off reply answers: the case's one decision of that kind with
     * the date the letter quotes (set when the letter was begun from the decision's limit or from its CMS letter).
     * None when the letter quotes no date, or two decisions share it: the page then reads the letter as one logged
     * by hand, and asks the parent to choose if it could answer more than one.
     */
    static Optional<Long> decision(LetterTemplate template, LetterFacts facts, List<Decision> decisions) {
        LetterKind kind = ReplyDates.kind(template);
        Optional<LocalDate> quoted = kind == LetterKind.WRITE_OFF_REPLY
                ? facts.writeOff().map(WriteOffDetails::proposalDate)
                : kind == LetterKind.RECONSIDERATION_REQUEST ? facts.decision().map(DecisionDetails::decisionDate)
                : Optional.empty();
        return DecisionAnswers.quoted(decisions, kind, quoted);
    }

    /**
     * The CMS letter a decision came in, when it was logged with it: a reply begun from the decision's limit (on the
     * Overview or "Where things stand") is that letter's reply too, so the Letters page shows it answered.
     */
    static Optional<Long> cameIn(Optional<Long> decision, List<Decision> decisions) {
        return decision.flatMap(id -> decisions.stream().filter(d -> d.id() == id).findFirst())
                .flatMap(Decision::fromLetter);
    }

    /**
     * What the copy in Documents is called after "Letter:": the letter's name, as its row, file and the pack call it
     * ({@link uk.cml.domain.correspondence.LetterName}: a heading in capitals, as the complaints' "COMPLAINT" was, is
     * named by the letter's plain name, "Complaint to CMS").
     */
    static String documentName(uk.cml.letters.templates.LetterTemplate template, String heading) {
        return template.nameFor(heading);
    }

    /** Where the letters of these records are saved until the parent picks a folder of their own. */
    static Path lettersFolder(Path dataFolder) {
        return savesFolder(dataFolder, DataFolder.forThisRun(Optional.empty()), DataFolder.home(System.getenv(),
                System.getProperty("os.name"), System.getProperty("user.home"))).resolve("Letters");
    }

    /**
     * Documents/Child Maintenance Log for the records the app opens by itself; for any other data folder (another
     * case run with --data-dir) a folder of that name inside it, so two sets of records never start in one folder.
     */
    static Path savesFolder(Path dataFolder, Path usualDataFolder, Path home) {
        Path apps = home.resolve("Documents").resolve("Child Maintenance Log");
        Path name = dataFolder.toAbsolutePath().normalize().getFileName();
        return dataFolder.toAbsolutePath().normalize().equals(usualDataFolder.toAbsolutePath().normalize())
                || name == null ? apps : apps.resolve(name.toString());
    }

    /** The folder these records' letters were last saved into, kept in their own settings. */
    static uk.cml.ui.common.FolderMemory lettersMemory(AppServices services, Background background) {
        return memory(services, background, LETTERS_FOLDER_SETTING);
    }

    static uk.cml.ui.common.FolderMemory memory(AppServices services, Background background, String setting) {
        return new uk.cml.ui.common.FolderMemory(background, () -> services.settings.get(setting),
                folder -> services.settings.put(setting, folder));
    }

    static final String LETTERS_FOLDER_SETTING = "save.lettersFolder";
    static final String SAVES_FOLDER_SETTING = "save.folder";
}
