package uk.cml.letters.pack;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.UkFormats;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.standing.ComplaintStage;
import uk.cml.domain.standing.ComplaintThread;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.PassedLimits;
import uk.cml.domain.standing.PromisesRaised;
import uk.cml.domain.standing.StandingReport;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.PageWriter;
import uk.cml.letters.TableColumn;

/**
 * The pack's "Where things stand" page: the complaint's stages and next deadline, the promises noted on calls and not
 * recorded as done by their date, the limits for challenging each decision (and, for a reader given them, those passed), and the enforcement
 * steps heard of. Every date is the one the "Where things stand" page shows: both come
 * from the same {@link StandingReport}, so nothing is counted here. A long case simply runs on to the next page.
 */
final class StandingSummary {

    private final PageWriter writer;
    private final StandingReport report;
    private final LocalDate today;
    /** False for a case only ever under a private arrangement, which the CMS has had no part in. */
    private final boolean cmsInvolved;
    /** The letters and documents on record about enforcement, as the letters to the CMS read them. */
    private final List<String> onRecord;
    /**
     * Whether the parent's own limits are given (a pack for an MP): for the CMS, a tribunal or the ICE they are left
     * out, decisions and the CMS's targets kept ({@link PackFor}).
     */
    private final boolean ownLimits;

    StandingSummary(PageWriter writer, StandingReport report, LocalDate today, boolean cmsInvolved) {
        this(writer, report, today, cmsInvolved, List.of(), true);
    }

    /**
     * @param onRecord the letters and documents about enforcement steps not ticked, said as the letters choose them
     *                 ({@link uk.cml.letters.templates.EnforcementDetails#onRecordSentences})
     */
    StandingSummary(PageWriter writer, StandingReport report, LocalDate today, boolean cmsInvolved,
            List<String> onRecord) {
        this(writer, report, today, cmsInvolved, onRecord, true);
    }

    /** @param ownLimits give the parent's own limits and when to post by ({@link PackFor#showsParentsOwnLimits}) */
    StandingSummary(PageWriter writer, StandingReport report, LocalDate today, boolean cmsInvolved,
            List<String> onRecord, boolean ownLimits) {
        this.writer = writer;
        this.report = report;
        this.today = today;
        this.cmsInvolved = cmsInvolved;
        this.onRecord = List.copyOf(onRecord);
        this.ownLimits = ownLimits;
    }

    void write() throws IOException {
        writer.title(PackSection.STANDING.title());
        ComplaintThread complaint = report.complaint();
        if (!cmsInvolved && !report.holdsCmsRecords()) {
            // Seed 000: the CMS cannot collect arrears built up under a private arrangement; it can arrange
            // maintenance from now on.
            writer.block(paragraph("Maintenance is paid under a private arrangement, so the CMS is not involved: "
                    + "there is no complaint to the CMS, decision to challenge or enforcement step. The CMS cannot "
                    + "collect what was missed under a private arrangement; the parent can ask it to arrange "
                    + "maintenance from now on."));
            letterReplies();
            promisesNotKept();
            return;
        }
        if (complaint.stages().isEmpty() && report.decisions().isEmpty() && report.enforcement().isEmpty()
                && report.letterReplies().isEmpty() && report.promisesNotKept().isEmpty()) {
            writer.block(paragraph("No complaint to the CMS, decision to challenge or enforcement step is recorded "
                    + "for this case on " + UkFormats.shortDate(today) + "."));
            return;
        }
        writer.block(paragraph("As on " + UkFormats.shortDate(today) + ", the day this pack was made. Dates are "
                + "counted from the letters recorded, in working days (Monday to Friday, less bank holidays in "
                + "England and Wales) or calendar months, as the CMS's rules say. A letter counts as delivered on "
                + "the delivery date its tracking shows, where one is recorded, or else on the usual count (for "
                + "example the " + ordinal(report.facts().deliveryWorkingDays(PostingMethod.FIRST_CLASS))
                + " working day after posting by 1st class, the "
                + ordinal(report.facts().deliveryWorkingDays(PostingMethod.SECOND_CLASS)) + " by 2nd class): a "
                + "count, not proof of delivery."));
        complaint(complaint);
        letterReplies();
        promisesNotKept();
        decisions();
        enforcement();
    }

    /**
     * The replies the parent's other letters wait for (a request for a breakdown, a report of missed payments),
     * earliest first: the letters and dates the "Where things stand" page lists among its dates to watch, from the
     * same list ({@link StandingReport#letterReplies}: posted, with a reply date, not answered, not the complaint's),
     * so the pack and the page never name different letters or dates. Not a limit of the parent's, so in every pack.
     */
    private void letterReplies() throws IOException {
        List<Deadline> replies = report.letterReplies().stream()
                .filter(d -> d.from() instanceof Deadline.From.Sent)
                .sorted(java.util.Comparator.comparing(Deadline::date)).toList();
        if (replies.isEmpty()) {
            return;
        }
        writer.block(new LetterBlock.SubHeading("Letters waiting for a reply"));
        List<List<String>> rows = new ArrayList<>();
        for (Deadline d : replies) {
            var letter = ((Deadline.From.Sent) d.from()).letter();
            rows.add(List.of(letter.title(), date(letter.posted()), UkFormats.shortDate(d.date()),
                    d.waitedForAndPassed(today) ? "Passed; no reply recorded" : "Waiting"));
        }
        writer.block(new LetterBlock.Table(List.of(TableColumn.left("Letter", 3.2), TableColumn.left("Posted", 1.2),
                TableColumn.left("Reply expected by", 1.3), TableColumn.left("Status", 2.0)), rows));
        writer.block(paragraph("Each reply date is the one kept with the parent's record of the letter. A letter "
                + "stays on this list until a reply to it is recorded."));
    }

    /**
     * The promises noted on calls whose date passed without them being recorded as done: those the Calls list marks
     * "Promised date passed", and those it marks "Raised in letter of ..." (a posted letter raised them), from the one rule ({@link
     * uk.cml.domain.standing.PromisesRaised#notKept}), oldest call first. What the CMS said it would do is the CMS's
     * and not a limit of the parent's, so it is in every pack. Unmarked is only "not known to be kept", so it says no
     * more than that the records do not show it done, as the letters do. The words and the date are the parent's
     * notes of the call (the date may be her count of "10 working days"), so neither is quoted as the CMS's
     * (reviewer 7: the heading said "not kept", which the parent cannot know).
     */
    private void promisesNotKept() throws IOException {
        List<PromisesRaised.NotKept> promises = report.promisesNotKept();
        if (promises.isEmpty()) {
            return;
        }
        writer.block(new LetterBlock.SubHeading("Promises noted on calls, not recorded as done by their date"));
        List<List<String>> rows = new ArrayList<>();
        for (PromisesRaised.NotKept p : promises) {
            Call call = p.call();
            String who = call.spokeTo().isEmpty() ? "Not noted"
                    : call.spokeTo() + (call.team().isEmpty() ? "" : " (" + call.team() + ")");
            String what = call.promised().isEmpty() ? "Not noted" : call.promised();
            String status = p.raisedIn().map(letter -> "Raised in the parent's letter of "
                    + UkFormats.shortDate(letter.written()) + letter.posted().map(on -> " (posted "
                    + UkFormats.shortDate(on) + ")").orElse("") + "; the records do not show that it was done")
                    .orElse("The parent's records do not show that it was done");
            rows.add(List.of(UkFormats.shortDate(call.happenedAt().toLocalDate()), who, what,
                    UkFormats.shortDate(p.by()), status));
        }
        writer.block(new LetterBlock.Table(List.of(TableColumn.left("Call", 1.1), TableColumn.left("Spoke to", 1.4),
                TableColumn.left("What was promised, as noted", 2.6), TableColumn.left("To be done by", 1.1),
                TableColumn.left("What the records show", 2.0)), rows));
        writer.block(paragraph("Each is a promise the parent noted on a call, in the parent's words, with the date the "
                + "parent noted for it: the date given on the call, or the parent's own count of it (such as 10 "
                + "working days from the call). That date has passed, and the parent has not recorded it as done or as "
                + "followed up."));
    }

    private void complaint(ComplaintThread complaint) throws IOException {
        writer.block(new LetterBlock.SubHeading("Complaint"));
        if (complaint.stages().isEmpty()) {
            writer.block(paragraph("No complaint to the CMS is recorded."));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ComplaintStage s : complaint.stages()) {
            rows.add(List.of(s.step().label(), sent(s), date(s.delivered()), date(s.acknowledgeDue()),
                    !s.dateIsParentsLimit() ? date(s.replyDue()) : ownLimits && s.replyDue().isPresent()
                            ? "Ask by " + date(s.replyDue()) : date(Optional.empty()), date(s.replyReceived())));
        }
        writer.block(new LetterBlock.Table(List.of(TableColumn.left("Stage", 1.9),
                TableColumn.left("Sent or dated", 1.2), TableColumn.left("Counts as delivered", 1.2),
                TableColumn.left("CMS target to acknowledge", 1.4), TableColumn.left("Reply expected by", 1.2),
                TableColumn.left("Reply received", 1.2)), rows));
        printedDates(complaint);
        mpGuide(complaint);
        // A limit, not a day the app suggests acting from (keeping the final response, posting a letter written) nor
        // a CMS target (the table shows those): a target is not a deadline.
        Optional<Deadline> next = complaint.deadlines().stream()
                .filter(d -> !d.done() && d.timing() == Deadline.Timing.BY).findFirst();
        if (ownLimits) {
            writer.block(paragraph(next.map(d -> "Next deadline: " + d.what() + ", " + due(d)
                    + " (" + d.due().rule() + ")." + (d.date().isBefore(today) ? " That date has passed." : ""))
                    .orElse("No time limit of the parent's is open on this complaint.")));
        }
        for (Deadline target : complaint.deadlines()) {
            if (!target.done() && target.isTarget() && target.date().isBefore(today)) {
                // Overtaken: the complaint went on to a later stage, so the reply is not chased; the missed date
                // stays a fact worth showing.
                writer.block(paragraph(target.what() + ": " + UkFormats.shortDate(target.date()) + ". That date has "
                        + "passed and nothing is recorded as received"
                        + (complaint.overtaken(target) ? "; the complaint has since moved on to a later stage." : ".")));
            }
            // Answered only after the target: not met, said as the Where it stands page says it (its words).
            if (target.late()) {
                writer.block(paragraph(target.what() + " (the target was " + UkFormats.shortDate(target.date())
                        + ")."));
            }
        }
    }

    /**
     * The MP's "Ask by" is the app's own count from the final response (cms-facts gives the Ombudsman's "normally
     * within 12 months" no start): said how it is counted, and that it is a guide, for a reader given it.
     */
    private void mpGuide(ComplaintThread complaint) throws IOException {
        Optional<LocalDate> askBy = complaint.stage(ComplaintStage.Step.MP_OMBUDSMAN)
                .flatMap(ComplaintStage::replyDue);
        Optional<LocalDate> from = complaint.stage(ComplaintStage.Step.FINAL_RESPONSE)
                .flatMap(s -> s.sent().or(s::replyReceived));
        if (!ownLimits || askBy.isEmpty() || from.isEmpty()) {
            return;
        }
        int months = report.facts().ombudsmanMonths();
        writer.block(paragraph("\u201cAsk by " + UkFormats.shortDate(askBy.get()) + "\u201d is a guide, not a date "
                + "anyone has set: the Ombudsman normally looks at a complaint within " + months + " months, and "
                + "this pack counts them from the date on the CMS's final response (" + UkFormats.shortDate(from.get())
                + ")."));
    }

    /**
     * A letter made in the app prints the CMS's targets as they fall for 1st class post on its date (or the first day
     * after it that Post Offices open, for one dated when they are closed); posted later
     * or by 2nd class, the table's dates (from the real posting) are later. Said beside the table, so a reader who
     * sees the letter's dates and the table's knows which is which and why they differ: the table's are the ones
     * the CMS's targets give.
     */
    private void printedDates(ComplaintThread complaint) throws IOException {
        UkCalendar calendar = report.calendar();
        for (Deadline d : complaint.deadlines()) {
            if (!d.letter().equals(Optional.of("chase-reply")) || !(d.from() instanceof Deadline.From.Sent sent)) {
                continue;
            }
            var letter = sent.letter();
            Optional<LocalDate> printed = letter.printedReplyBy();
            if (!letter.isPosted() || letter.method().isEmpty() || printed.isEmpty()
                    || printed.get().equals(d.date())) {
                continue;
            }
            // The letter counted its dates from posting it 1st class on the first day Post Offices open from its
            // date (its date itself, unless they are closed then), as the letters do (UkCalendar#postingDay).
            LocalDate postable = calendar.postingDay(letter.written(),
                    uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS);
            LocalDate assumed = calendar.deemedDelivery(postable,
                    uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS);
            LocalDate delivered = calendar.deemedDelivery(letter.posted().get(), letter.method().get(),
                    letter.trackedDelivery());
            boolean acknowledge = complaint.deadlines().stream().anyMatch(a -> a != d && a.isTarget()
                    && !a.letter().isPresent() && a.from() instanceof Deadline.From.Sent same
                    && same.letter().id() == letter.id());
            String printedAck = acknowledge ? "acknowledge by " + UkFormats.shortDate(calendar.workingDaysAfter(
                    assumed, report.facts().complaintAcknowledgeWorkingDays())) + ", " : "";
            String realAck = acknowledge ? "acknowledge by " + UkFormats.shortDate(calendar.workingDaysAfter(
                    delivered, report.facts().complaintAcknowledgeWorkingDays())) + ", " : "";
            writer.block(paragraph("Which dates count: the letter \u201c" + letter.subjectAsPrinted() + "\u201d dated "
                    + UkFormats.shortDate(letter.written()) + " prints the CMS's targets as they fall if it is "
                    + "posted 1st class " + (postable.equals(letter.written()) ? "on that day"
                            : "on " + UkFormats.shortDate(postable) + ", the first day Post Offices open after it")
                    + " (counts as delivered " + UkFormats.shortDate(assumed) + ": "
                    + printedAck + "reply by " + UkFormats.shortDate(printed.get()) + "). It was posted on "
                    + UkFormats.shortDate(letter.posted().get()) + " by " + letter.method().get().label()
                    + ", so it counts as delivered on " + UkFormats.shortDate(delivered) + ", and the CMS's targets "
                    + "run from that day: " + realAck + "reply by " + UkFormats.shortDate(d.date()) + ". The table "
                    + "gives these later dates; the letter itself is kept as it was sent."));
        }
    }

    /**
     * The date a stage was sent, or for the parent's letter written and not posted yet, the date it is dated with
     * "not posted" (a reader must not take it as sent).
     */
    private static String sent(ComplaintStage s) {
        return s.writtenNotPosted() ? date(s.sent()) + " (not posted)" : date(s.sent());
    }

    private void decisions() throws IOException {
        writer.block(new LetterBlock.SubHeading(ownLimits ? "Challenges to CMS decisions" : "CMS decisions"));
        if (report.decisions().isEmpty()) {
            writer.block(paragraph("No CMS decision to challenge is recorded."));
            return;
        }
        if (!ownLimits) {
            decisionsOnly();
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (StandingReport.DecisionDeadlines d : report.decisions()) {
            String decision = d.decision().kind().label()
                    + (d.decision().note().isEmpty() ? "" : "\n" + d.decision().note());
            for (Deadline deadline : d.deadlines()) {
                rows.add(List.of(decision, UkFormats.shortDate(d.decision().dated()), deadline.what() + "\n"
                        + deadline.due().rule(),
                        due(deadline), status(deadline)));
                decision = "";
            }
        }
        writer.block(new LetterBlock.Table(List.of(TableColumn.left("Decision", 2.2),
                TableColumn.left("Letter dated", 1.1), TableColumn.left("What is due", 2.6),
                TableColumn.left("Limit", 1.2), TableColumn.left("Status", 1)), rows));
        passedLimits();
        onReceipt(report.decisions().stream().flatMap(d -> d.deadlines().stream()).toList());
    }

    /**
     * The decisions as the CMS made them, for a reader who is not the parent's helper: each with the date on its
     * letter and, once it came, the date of the mandatory reconsideration notice. The parent's limits for challenging
     * them, and whether they have passed, are the parent's own working notes, not the reader's business.
     */
    private void decisionsOnly() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> writeOffs = new ArrayList<>();
        for (StandingReport.DecisionDeadlines d : report.decisions()) {
            String decision = d.decision().kind().label() + (d.decision().note().isEmpty() ? ""
                    : "\n" + d.decision().note());
            if (d.decision().kind() == uk.cml.domain.standing.Decision.Kind.WRITE_OFF) {
                // A write-off proposal is not reconsidered or appealed (cms-facts: "No appeal, but a complaint is
                // possible"): its own table, saying what applies, not a "–" under the reconsideration notice.
                writeOffs.add(List.of(decision, UkFormats.shortDate(d.decision().dated()), "Reply with reasons within "
                        + report.facts().writeOffReplyDays() + " days (no reconsideration or appeal)"));
            } else {
                rows.add(List.of(decision, UkFormats.shortDate(d.decision().dated()),
                        date(d.decision().reconsideredOn())));
            }
        }
        if (!rows.isEmpty()) {
            writer.block(new LetterBlock.Table(List.of(TableColumn.left("Decision", 4.4),
                    TableColumn.left("Letter dated", 1.3), TableColumn.left("Mandatory reconsideration notice", 2.4)),
                    rows));
        }
        if (!writeOffs.isEmpty()) {
            writer.block(new LetterBlock.SubHeading("Proposals to write off arrears"));
            writer.block(new LetterBlock.Table(List.of(TableColumn.left("Proposal", 4.4),
                    TableColumn.left("Letter dated", 1.3), TableColumn.left("What applies", 2.4)), writeOffs));
        }
    }

    /**
     * The mandatory reconsiderations whose limit has passed with no request recorded, said in words beside the
     * table's "Date passed", as Where it stands says it: by the one rule ({@link PassedLimits#optionGone}, {@link
     * PassedLimits#lateStillPossible}), each decision with its limit, and while the CMS may still accept a late request
     * (the facts table's months from the decision), that it may, if the parent says why it is late. Those still open
     * to a late request are said first, in one sentence, however many there are. A decision that raised the amount
     * or kept it ({@link StandingReport#passedQuietly}) is said plainly, last: the time to ask ended on its limit.
     */
    private void passedLimits() throws IOException {
        List<Passed> late = new ArrayList<>();
        List<Passed> gone = new ArrayList<>();
        List<Passed> quietly = new ArrayList<>();
        for (StandingReport.DecisionDeadlines d : report.decisions()) {
            for (Deadline deadline : d.deadlines()) {
                if (report.passedQuietly(deadline, today)) {
                    // A decision that raised the amount or kept it: said plainly, as Where it stands says it.
                    quietly.add(new Passed(d.decision().dated(), deadline.due().counted()));
                } else if (PassedLimits.optionGone(deadline, today)) {
                    (PassedLimits.lateStillPossible(deadline, today, report.facts()) ? late : gone).add(
                            new Passed(d.decision().dated(), deadline.due().counted()));
                }
            }
        }
        if (!late.isEmpty()) {
            writer.block(paragraph(passed(late) + " The CMS may still accept a late request, up to "
                    + report.facts().lateReconsiderationMonths() + " months after " + (late.size() == 1
                    ? "the decision" : "each decision") + ", if the parent says why it is late."));
        }
        if (!gone.isEmpty()) {
            writer.block(paragraph(passed(gone)));
        }
        for (Passed one : quietly) {
            writer.block(paragraph("The time to ask for a reconsideration of the decision of "
                    + UkFormats.shortDate(one.decided()) + " ended on " + UkFormats.shortDate(one.limit()) + "."));
        }
    }

    /** A decision's date and the limit, now passed, to ask for its mandatory reconsideration. */
    private record Passed(LocalDate decided, LocalDate limit) {
    }

    /**
     * "The limit to ask for a mandatory reconsideration of the decision of 1 Sep 2026 was 1 Oct 2026, and it has
     * passed.", or for more than one decision, each with its limit in one sentence.
     */
    private static String passed(List<Passed> decisions) {
        if (decisions.size() == 1) {
            Passed one = decisions.get(0);
            return "The limit to ask for a mandatory reconsideration of the decision of "
                    + UkFormats.shortDate(one.decided()) + " was " + UkFormats.shortDate(one.limit())
                    + ", and it has passed.";
        }
        List<String> each = decisions.stream().map(d -> UkFormats.shortDate(d.decided()) + " (limit "
                + UkFormats.shortDate(d.limit()) + ")").toList();
        return "The limits to ask for a mandatory reconsideration of the decisions of "
                + String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.get(each.size() - 1)
                + " have passed.";
    }

    /**
     * Every open limit met when the CMS receives the letter (a mandatory reconsideration, a reply to a write-off
     * proposal): each counts on receipt, so the last day to post it 1st class is said for each, from the one calendar,
     * as the Overview and Where it stands say it (the pack once named only the first, so two limits read two ways).
     */
    private void onReceipt(List<Deadline> deadlines) throws IOException {
        List<String> each = deadlines.stream().filter(d -> !d.done() && d.countsOnReceipt()
                && !d.date().isBefore(today))
                .map(d -> "for \u201c" + d.what() + "\u201d: "
                        + d.limitAndPostBy(report.calendar()).orElseThrow())
                .toList();
        if (!each.isEmpty()) {
            writer.block(paragraph("These limits count when the CMS receives the letter, not when it is posted. A "
                    + "letter posted 1st class counts as delivered on the "
                    + ordinal(report.facts().deliveryWorkingDays(PostingMethod.FIRST_CLASS))
                    + " working day after posting, so "
                    + String.join("; ", each) + "."));
        }
    }

    /**
     * 2 as "2nd", 4 as "4th", 11 as "11th": the working day on which a letter counts as delivered, from the facts
     * table's row for the service (as the parent may have corrected it), never a figure of the pack's own.
     */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String ending = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + ending;
    }

    private void enforcement() throws IOException {
        writer.block(new LetterBlock.SubHeading("Enforcement"));
        if (report.enforcement().isEmpty()) {
            // A letter or document about a step counts as much as a tick: the letters to the CMS name them too.
            writer.block(paragraph(onRecord.isEmpty() ? "No enforcement step is recorded."
                    : "No step is ticked as taken. Letters and documents on record about enforcement:"));
            for (String sentence : onRecord) {
                writer.block(paragraph(sentence));
            }
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (EnforcementRecord r : report.enforcement()) {
            rows.add(List.of(report.facts().stepName(r.step()), UkFormats.shortDate(r.heardOn())));
        }
        writer.block(new LetterBlock.Table(List.of(TableColumn.left("Step the CMS has taken", 5),
                TableColumn.left("Heard of on", 1.3)), rows));
        if (report.currentStep().isPresent()) {
            EnforcementRecord r = report.currentStep().get();
            writer.block(paragraph("Current step: " + report.facts().stepName(r.step()) + ", for "
                    + days(report.daysAtCurrentStep()) + " since " + UkFormats.shortDate(r.heardOn()) + "."));
        }
        if (!onRecord.isEmpty()) {
            writer.block(paragraph("Letters and documents on record about other enforcement steps:"));
            for (String sentence : onRecord) {
                writer.block(paragraph(sentence));
            }
        }
    }

    /**
     * The date a deadline is due by; for a limit that ends on a weekend or bank holiday, the limit as the limit and
     * the working day before as the day to act by, as the "Where things stand" page says it.
     */
    private String due(Deadline d) {
        // A limit met when the letter is received is said as the limit itself: the day before it to act by is not
        // the working day before but the last day to post, said once below the table ({@link #onReceipt}).
        if (d.countsOnReceipt()) {
            return UkFormats.shortDate(d.due().counted());
        }
        return d.due().limitAndActBy(report.calendar().holidays())
                .orElse(UkFormats.shortDate(d.date()));
    }

    private String status(Deadline d) {
        if (d.done()) {
            return "Done";
        }
        return d.date().isBefore(today) ? "Date passed" : "Open";
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(UkFormats::shortDate).orElse("\u2013");
    }

    private static LetterBlock.Paragraph paragraph(String text) {
        return new LetterBlock.Paragraph(text);
    }
}
