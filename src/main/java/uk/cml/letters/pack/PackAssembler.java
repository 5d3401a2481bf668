package uk.cml.letters.pack;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.CmsDifference;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.MoneyReceived;
import uk.cml.domain.arrears.RunningBalance;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.ContactMask;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.ChangedSinceMade;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.standing.StandingReport;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;

/** Reads one case's records and picks out what falls in the period: the {@link PackContents}. */
public final class PackAssembler {

    private final PackRecords stores;
    private final Clock clock;

    public PackAssembler(PackRecords stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * From the earliest of the case's first payment due and its first record (or today, if it has neither) to today.
     * The first due counts though it is no record: reviewer rv9's pack began at the first money received (26 Aug),
     * two days after the first due (24 Aug), which was then missing from its schedule, and the total due appeared
     * nowhere.
     */
    public PackPeriod wholeHistory(long caseId) {
        LocalDate today = LocalDate.now(clock);
        java.util.stream.Stream<LocalDate> firstDue = stores.schedule(caseId, today).lines().stream()
                .map(ScheduleLine::date).limit(1);
        LocalDate first = java.util.stream.Stream.concat(firstDue,
                chronologyOf(caseId, today).stream().map(e -> e.happenedAt().toLocalDate()))
                .min(Comparator.naturalOrder()).orElse(today);
        return new PackPeriod(first.isAfter(today) ? today : first, today);
    }

    public PackContents assemble(long caseId, PackPeriod period, Set<PackSection> sections,
                                 Optional<RecordsSeal> seal) {
        return assemble(caseId, period, sections, seal, false);
    }

    /** @param maskMyContacts hide the parent's address, phone and email (see {@link PackMasking}) */
    public PackContents assemble(long caseId, PackPeriod period, Set<PackSection> sections,
                                 Optional<RecordsSeal> seal, boolean maskMyContacts) {
        return assemble(caseId, period, sections, seal, maskMyContacts, PackFor.CMS);
    }

    /**
     * @param maskMyContacts hide the parent's address, phone and email (see {@link PackMasking})
     * @param madeFor        who the pack is for, which decides whether it gives the parent's own limits
     */
    public PackContents assemble(long caseId, PackPeriod period, Set<PackSection> sections,
                                 Optional<RecordsSeal> seal, boolean maskMyContacts, PackFor madeFor) {
        PackContents contents = gather(caseId, period, sections, seal, madeFor);
        if (!maskMyContacts) {
            return contents;
        }
        ContactMask mask = stores.myDetails().map(ContactMask::of)
                .orElseGet(() -> ContactMask.of(new MyDetails("", PostalAddress.of("", ""), "", "", Optional.empty())));
        return PackMasking.mask(contents, mask);
    }

    private PackContents gather(long caseId, PackPeriod period, Set<PackSection> sections,
                                Optional<RecordsSeal> seal, PackFor madeFor) {
        // The last gate of the one rule the page and export-pack keep: no pack lists dues not yet fallen due.
        PackPeriod.refusal(period.until(), LocalDate.now(clock)).ifPresent(refused -> {
            throw new IllegalArgumentException(refused);
        });
        CaseFile caseFile = stores.caseFile(caseId).orElseThrow(() -> new IllegalArgumentException(
                "That case could not be found. Choose a case and try again."));
        ArrearsSchedule schedule = stores.schedule(caseId, period.until());
        // A due of a weekend or bank holiday just before the period, still on time on its first day, is not owed at
        // the start (ArrearsSchedule#owedOn): it belongs to the period, so the period's totals still add up.
        LocalDate firstListed = schedule.stillOnTimeOn(period.from()).orElse(period.from());
        List<ScheduleLine> lines = schedule.lines(firstListed, period.until(), EnumSet.allOf(LineStatus.class));
        // A letter posted though out of date: its copy follows as it went, and the pack says why it may not match.
        Map<Long, ChangedSinceMade> postedOutOfDate = stores.changedBeforePosting(caseId);
        List<TimelineEntry> chronology = sections.contains(PackSection.CHRONOLOGY)
                ? chronologyOf(caseId, period.until()).stream().filter(e -> period.contains(e.happenedAt()))
                        .map(e -> e.kind() == TimelineKind.LETTER_SENT && postedOutOfDate.containsKey(e.sourceId())
                                ? e.withWords(e.title(), e.detail() + " "
                                + sentence(postedOutOfDateNote(postedOutOfDate.get(e.sourceId()),
                                madeHere(caseId, e.sourceId())))) : e).toList()
                : List.of();
        List<Call> calls = stores.calls(caseId).stream().filter(c -> period.contains(c.happenedAt()))
                .sorted(Comparator.comparing(Call::happenedAt).thenComparing(Call::id)).toList();
        List<Note> notes = stores.notes(caseId).stream().filter(n -> period.contains(n.happenedOn()))
                .sorted(Comparator.comparing(Note::happenedOn).thenComparing(Note::id)).toList();
        // Where things stand is as on the day the pack is made, whatever the period: it is about what happens next.
        Optional<StandingReport> standing = sections.contains(PackSection.STANDING)
                ? Optional.of(stores.standing(caseId, LocalDate.now(clock))) : Optional.empty();
        MoneyReceived received = MoneyReceived.of(schedule, period.from(), firstListed);
        return new PackContents(cover(caseFile), period, sections, summary(schedule, lines, received, period), lines,
                received, chronology, calls, lettersSent(caseId, period, postedOutOfDate), lettersReceived(caseId, period), notes, standing,
                seal, false, new PackContents.Recordings(sections.contains(PackSection.CALLS)
                        ? stores.callsRecorded(caseId) : Map.of(), sections.contains(PackSection.NOTES)
                        ? stores.notesRecorded(caseId) : Map.of(), sections.contains(PackSection.CALLS)
                        ? stores.callCorrections(caseId) : Map.of(), sections.contains(PackSection.NOTES)
                        ? stores.noteCorrections(caseId) : Map.of()), documents(caseId, period, sections),
                // The letters' own reading of enforcement on record, so the pack and the letters never disagree.
                sections.contains(PackSection.STANDING) ? stores.enforcementOnRecord(caseId, LocalDate.now(clock))
                        : null, madeFor);
    }

    /**
     * The documents kept in the period, by the date on each (or the day it was added, when it has none). A document
     * a letter not recorded as sent links to as its copy or proof of postage is marked so, whatever the period or
     * sections: the letters part never copies such a letter in, so the Documents section must not either. The copy of
     * such a letter in the Bin (made again; its PDF goes with it unless another record uses it) is left out, as the
     * letters part leaves the letter out: listed, it read as one more letter beside the one that replaced it.
     */
    private List<PackContents.DocumentItem> documents(long caseId, PackPeriod period, Set<PackSection> sections) {
        if (!sections.contains(PackSection.DOCUMENTS)) {
            return List.of();
        }
        java.util.Set<Long> ofLettersNotSent = stores.documentsOfLettersNotSent(caseId);
        java.util.Set<Long> ofLettersInBin = stores.documentsOfLettersInBin(caseId);
        return stores.documents(caseId).stream().filter(d -> period.contains(d.listedOn()))
                .filter(d -> !ofLettersInBin.contains(d.id()))
                .map(d -> ofLettersNotSent.contains(d.id()) ? d.asCopyOfLetterNotSent() : d)
                .sorted(Comparator.comparing(PackContents.DocumentItem::listedOn)
                        .thenComparing(PackContents.DocumentItem::addedOn)
                        .thenComparingLong(PackContents.DocumentItem::id)).toList();
    }

    /**
     * Every area's entries as they stood at the end of {@code until} (the pack's last day, as the schedule is worked
     * to it), ordered by when they happened, then by when they were recorded.
     */
    private List<TimelineEntry> chronologyOf(long caseId, LocalDate until) {
        List<TimelineEntry> all = new ArrayList<>();
        for (TimelineSource source : stores.timeline()) {
            all.addAll(source.timeline(caseId, until));
        }
        // The copy of a letter made again, in the Bin with it, is left out as the Documents section leaves it out.
        java.util.Set<Long> ofLettersInBin = stores.documentsOfLettersInBin(caseId);
        all.removeIf(e -> e.kind() == uk.cml.domain.timeline.TimelineKind.DOCUMENT
                && ofLettersInBin.contains(e.sourceId()));
        all.sort(Comparator.comparing(TimelineEntry::happenedAt).thenComparing(TimelineEntry::recordedAt));
        return all;
    }

    private PackContents.Cover cover(CaseFile caseFile) {
        Optional<MyDetails> me = stores.myDetails();
        ArrangementHistory arrangements = stores.arrangements(caseFile.id());
        return new PackContents.Cover(me.map(MyDetails::fullName).orElse(""),
                me.map(d -> d.address().printedLines()).orElse(List.of()), caseFile.otherParentName(),
                caseFile.otherParentAddress().map(PostalAddress::printedLines).orElse(List.of()),
                caseFile.cmsReference().map(r -> r.grouped()), arrangements.describe(), arrangements.everWithCms(),
                LocalDate.now(clock));
    }

    private static PackContents.Summary summary(ArrearsSchedule schedule, List<ScheduleLine> lines,
            MoneyReceived received, PackPeriod period) {
        long due = 0;
        for (ScheduleLine line : lines) {
            due += line.due().pence();
            // A due listed from before the period, still on time at its start: what had arrived for it by then is
            // not owed at the start either, so the period counts only what was still to come of it.
            due -= line.date().isBefore(period.from()) ? line.arrivedBefore(period.from()).pence() : 0;
        }
        Optional<CmsDifference> cms = schedule.cmsDifferences().stream()
                .filter(d -> !d.date().isAfter(period.until())).reduce((first, second) -> second);
        // How old the money owed is, as the schedule's Short column shows it (the pack's schedule prints those same
        // figures, and says the CMS may match payments differently): an age is left out when those figures cannot
        // say it exactly. A least age from totals ("at least £47.08", all that is owed less every due since) was
        // read as the whole of what is that old, beside a schedule showing far more owed on older dues.
        Map<Integer, Money> older = new LinkedHashMap<>();
        LocalDate firstListed = lines.isEmpty() ? period.from() : lines.get(0).date();
        for (int months : new int[] {1, 3, 6, 12}) {
            schedule.owedOnDuesUpToAsShown(ArrearsSchedule.olderThanMonthsBefore(schedule.asOf(), months)
                    .minusDays(1), firstListed).ifPresent(owed -> older.put(months, owed));
        }
        // Owed leaves out a due whose day is not over (only when the period ends today: the schedule is seen on the
        // real today), as the letters and the Overview do; the summary names it apart.
        Optional<PackContents.DueToday> dueToday = schedule.dueNow()
                .map(line -> new PackContents.DueToday(line.date(), line.onTimeBy(), line.shortBy()));
        return new PackContents.Summary(schedule.owedOn(period.from().minusDays(1)),
                schedule.owedOn(period.until()), Money.ofPence(due), received.counted(),
                RunningBalance.owedWithoutBreakSinceDue(schedule), cms, older, dueToday, amounts(schedule, period),
                schedule.notes(period.from(), period.until()));
    }

    /** The plan in force when the period began, then each plan in it that changed the amount due or how often. */
    private static List<PaymentPlan> amounts(ArrearsSchedule schedule, PackPeriod period) {
        List<PaymentPlan> amounts = new ArrayList<>();
        schedule.planOn(period.from()).ifPresent(amounts::add);
        for (ArrearsSchedule.PlanChange change : schedule.planChanges()) {
            if (change.from().isAfter(period.from()) && !change.from().isAfter(period.until())) {
                amounts.add(change.plan());
            }
        }
        return amounts;
    }

    /**
     * Beside a letter posted after the records it was made from changed: its copy's figures are as they were when it
     * was made, and may differ from the pack's own.
     */
    private static String postedOutOfDateNote(ChangedSinceMade changed, boolean madeHere) {
        return madeHere ? "the records changed after it was made: its figures are as they were on "
                + UkFormats.shortDate(changed.made().toLocalDate()) + "; this pack's figures are as the records are now"
                : "the records changed after it was logged and before it was recorded as sent, so it may not match "
                + "them; this pack's figures are as the records are now";
    }

    private static String sentence(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }

    private boolean madeHere(long caseId, long letterId) {
        return stores.sentLetters(caseId).stream().filter(l -> l.id() == letterId).findFirst()
                .map(stores::madeHere).orElse(true);
    }

    private List<PackContents.SentItem> lettersSent(long caseId, PackPeriod period,
                                                    Map<Long, ChangedSinceMade> postedOutOfDate) {
        List<PackContents.SentItem> items = new ArrayList<>();
        Map<Long, ChangedSinceMade> changed = stores.changedSinceMade(caseId);
        for (SentLetter l : stores.sentLetters(caseId)) {
            LocalDate when = l.posted().orElse(l.written());
            if (!period.contains(when)) {
                continue;
            }
            String how = l.method().map(m -> "Sent by " + m.label() + " on " + UkFormats.shortDate(when)
                            // Its copy follows as it went; the note says why it may not match the pack's figures.
                            + (postedOutOfDate.containsKey(l.id()) ? " (" + postedOutOfDateNote(
                            postedOutOfDate.get(l.id()), stores.madeHere(l)) + ")" : ""))
                    .orElse("Written on " + UkFormats.shortDate(l.written()) + ", not recorded as sent"
                            // Its copy follows as it was made: a reader must not take its figures as the records'.
                            // One typed in was logged here, not made: the pack says so, as the Letters page does.
                            + (changed.containsKey(l.id()) ? "; the records changed after it was "
                            + (stores.madeHere(l) ? "made" : "logged") + ", so it may not match them" : ""));
            List<String> proof = new ArrayList<>();
            // Kept before the form refused it: both dates are printed as kept, and the pack says they disagree.
            // A date with no photo of the certificate is what the records hold, not a certificate the pack can show:
            // it says so, rather than reading as if the certificate were in the pack.
            boolean photo = l.proof().photoDocumentId().isPresent();
            l.proof().certificateDate().ifPresent(d -> proof.add("certificate of posting "
                    + (photo ? "" : "recorded, ") + "dated " + UkFormats.shortDate(d)
                    + (l.certificateDateDiffers() && l.posted().isPresent() ? ", not the day it was posted ("
                    + UkFormats.shortDate(l.posted().get()) + "): a certificate is dated the day the letter is handed "
                    + "in, so one of these dates is wrong in the records" : "")
                    + (photo ? "" : " (no photo of it attached)")));
            if (!l.proof().branch().isEmpty()) {
                proof.add("Post Office branch " + l.proof().branch());
            }
            if (!l.proof().reference().isEmpty()) {
                proof.add("reference " + l.proof().reference());
            }
            if (!l.trackingNumber().isEmpty()) {
                proof.add("tracking " + l.trackingNumber());
            }
            items.add(new PackContents.SentItem(when, l.title(), l.to().name(), how, String.join(", ", proof),
                    file(l.copyDocumentId()), file(l.proof().photoDocumentId()), l.isPosted()));
        }
        items.sort(Comparator.comparing(PackContents.SentItem::date));
        return items;
    }

    private List<PackContents.ReceivedItem> lettersReceived(long caseId, PackPeriod period) {
        List<PackContents.ReceivedItem> items = new ArrayList<>();
        for (ReceivedLetter l : stores.receivedLetters(caseId)) {
            if (period.contains(l.received())) {
                items.add(new PackContents.ReceivedItem(l.received(), l.dated(), l.from(), l.summary(),
                        file(l.scanDocumentId())));
            }
        }
        items.sort(Comparator.comparing(PackContents.ReceivedItem::received));
        return items;
    }

    private Optional<PackFile> file(Optional<Long> documentId) {
        return documentId.flatMap(stores::file);
    }
}
