package uk.cml.letters.pack;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.CmsDifference;
import uk.cml.domain.arrears.MoneyReceived;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.Correction;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.standing.StandingReport;
import uk.cml.domain.timeline.Recorded;
import uk.cml.domain.timeline.TimelineEntry;

/**
 * Everything one evidence pack prints, already chosen and filtered to the period: the builder only lays it out.
 * Sections not chosen are simply not in {@link #sections()}; their lists may still hold data and are ignored.
 *
 * @param received       each payment received in the period, once, and where that money went
 * @param standing       complaints, challenges and enforcement as on the day the pack is made; there whenever the
 *                       "Where things stand" section is chosen
 * @param seal           the records' fingerprint and what Check records found, for the last page, when the
 *                       app has them
 * @param contactsMasked the parent's address, phone and email are hidden, and attached copies and scans left out
 * @param recorded       when each call and note was first recorded and, if corrected, last changed
 * @param documents      the documents kept in the period (by the date on each, or the day it was added when it has
 *                       none), oldest first
 * @param enforcement    the steps ticked with the letters and documents on record about enforcement, as the letters
 *                       read them ({@code LetterWiring}), for the "Where it stands" section's enforcement list
 * @param madeFor        who the pack is for: whether it gives the parent's own limits ({@link PackFor})
 */
public record PackContents(Cover cover, PackPeriod period, Set<PackSection> sections, Summary summary,
                           List<ScheduleLine> schedule, MoneyReceived received, List<TimelineEntry> chronology,
                           List<Call> calls,
                           List<SentItem> lettersSent, List<ReceivedItem> lettersReceived, List<Note> notes,
                           Optional<StandingReport> standing, Optional<RecordsSeal> seal, boolean contactsMasked,
                           Recordings recorded, List<DocumentItem> documents,
                           uk.cml.letters.templates.EnforcementDetails enforcement, PackFor madeFor) {

    /** A pack for the CMS, the recipient a pack is made for unless another is chosen. */
    public PackContents(Cover cover, PackPeriod period, Set<PackSection> sections, Summary summary,
                        List<ScheduleLine> schedule, MoneyReceived received, List<TimelineEntry> chronology,
                        List<Call> calls, List<SentItem> lettersSent, List<ReceivedItem> lettersReceived,
                        List<Note> notes, Optional<StandingReport> standing, Optional<RecordsSeal> seal,
                        boolean contactsMasked, Recordings recorded, List<DocumentItem> documents,
                        uk.cml.letters.templates.EnforcementDetails enforcement) {
        this(cover, period, sections, summary, schedule, received, chronology, calls, lettersSent, lettersReceived,
                notes, standing, seal, contactsMasked, recorded, documents, enforcement, PackFor.CMS);
    }

    /** A pack with no letters or documents about enforcement beyond the steps ticked. */
    public PackContents(Cover cover, PackPeriod period, Set<PackSection> sections, Summary summary,
                        List<ScheduleLine> schedule, MoneyReceived received, List<TimelineEntry> chronology,
                        List<Call> calls, List<SentItem> lettersSent, List<ReceivedItem> lettersReceived,
                        List<Note> notes, Optional<StandingReport> standing, Optional<RecordsSeal> seal,
                        boolean contactsMasked, Recordings recorded, List<DocumentItem> documents) {
        this(cover, period, sections, summary, schedule, received, chronology, calls, lettersSent, lettersReceived,
                notes, standing, seal, contactsMasked, recorded, documents, null);
    }

    /** A pack without a list of documents. */
    public PackContents(Cover cover, PackPeriod period, Set<PackSection> sections, Summary summary,
                        List<ScheduleLine> schedule, MoneyReceived received, List<TimelineEntry> chronology,
                        List<Call> calls, List<SentItem> lettersSent, List<ReceivedItem> lettersReceived,
                        List<Note> notes, Optional<StandingReport> standing, Optional<RecordsSeal> seal,
                        boolean contactsMasked, Recordings recorded) {
        this(cover, period, sections, summary, schedule, received, chronology, calls, lettersSent, lettersReceived,
                notes, standing, seal, contactsMasked, recorded, List.of());
    }

    public PackContents(Cover cover, PackPeriod period, Set<PackSection> sections, Summary summary,
                        List<ScheduleLine> schedule, MoneyReceived received, List<TimelineEntry> chronology,
                        List<Call> calls, List<SentItem> lettersSent, List<ReceivedItem> lettersReceived,
                        List<Note> notes, Optional<StandingReport> standing, Optional<RecordsSeal> seal) {
        this(cover, period, sections, summary, schedule, received, chronology, calls, lettersSent, lettersReceived,
                notes, standing, seal, false, Recordings.NONE);
    }

    public PackContents {
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(summary, "summary");
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        schedule = List.copyOf(schedule);
        Objects.requireNonNull(received, "received");
        chronology = List.copyOf(chronology);
        calls = List.copyOf(calls);
        lettersSent = List.copyOf(lettersSent);
        lettersReceived = List.copyOf(lettersReceived);
        notes = List.copyOf(notes);
        if (sections.contains(PackSection.STANDING) && standing.isEmpty()) {
            throw new IllegalArgumentException("The \"Where it stands\" section needs its report.");
        }
        seal = seal.filter(f -> !f.fingerprint().isBlank());
        Objects.requireNonNull(recorded, "recorded");
        documents = List.copyOf(documents);
        enforcement = enforcement == null ? new uk.cml.letters.templates.EnforcementDetails(null, "", false, List.of())
                : enforcement;
        Objects.requireNonNull(madeFor, "madeFor");
    }

    /**
     * When the calls and notes were first recorded and last changed, by id. A call or note not in it (a pack made
     * by hand in a test) was saved once, at its {@code recordedAt}.
     */
    public record Recordings(Map<Long, Recorded> calls, Map<Long, Recorded> notes,
                             Map<Long, List<Correction>> callCorrections, Map<Long, List<Correction>> noteCorrections) {
        static final Recordings NONE = new Recordings(Map.of(), Map.of());

        public Recordings {
            calls = Map.copyOf(calls);
            notes = Map.copyOf(notes);
            callCorrections = Map.copyOf(callCorrections);
            noteCorrections = Map.copyOf(noteCorrections);
        }

        /** When each was recorded and changed, without what each correction changed. */
        public Recordings(Map<Long, Recorded> calls, Map<Long, Recorded> notes) {
            this(calls, notes, Map.of(), Map.of());
        }

        /** What each correction of the call changed, oldest first; none if it was never corrected. */
        public List<Correction> correctionsOf(Call call) {
            return callCorrections.getOrDefault(call.id(), List.of());
        }

        /** What each correction of the note changed, oldest first; none if it was never corrected. */
        public List<Correction> correctionsOf(Note note) {
            return noteCorrections.getOrDefault(note.id(), List.of());
        }

        public Recorded of(Call call) {
            return calls.getOrDefault(call.id(), Recorded.once(call.recordedAt()));
        }

        public Recorded of(Note note) {
            return notes.getOrDefault(note.id(), Recorded.once(note.recordedAt()));
        }
    }

    public boolean has(PackSection section) {
        return sections.contains(section);
    }

    /** The cover page: who the case is between and which CMS case it is. */
    /**
     * @param arrangement how maintenance has been paid, with the dates of each move ("CMS Direct Pay until ...")
     * @param cmsInvolved false for a case that has only ever been a private arrangement: the CMS has had no part in it,
     *                    so the pack says nothing of its fees, figures, complaints or steps
     */
    public record Cover(String parentName, List<String> parentAddress, String otherParentName,
                        List<String> otherParentAddress, Optional<String> cmsReference, String arrangement,
                        boolean cmsInvolved, LocalDate madeOn) {
        public Cover {
            parentAddress = List.copyOf(parentAddress);
            otherParentAddress = List.copyOf(otherParentAddress);
        }

        /** A cover for a case the CMS has had a part in. */
        public Cover(String parentName, List<String> parentAddress, String otherParentName,
                     List<String> otherParentAddress, Optional<String> cmsReference, String arrangement,
                     LocalDate madeOn) {
            this(parentName, parentAddress, otherParentName, otherParentAddress, cmsReference, arrangement, true,
                    madeOn);
        }

        /** The footer on every page: "CMS ref 1212 3456 7890" or, without one, the other parent's name. */
        public String caseReference() {
            return cmsReference.map(ref -> "CMS ref " + ref).orElse("Case: owed by " + otherParentName);
        }
    }

    /**
     * The arrears figures for the period.
     *
     * @param owedAtStart what was owed at the end of the day before the period
     * @param owedSince   the day since which the balance has been above zero at the period's end, if it is
     * @param cmsFigure   the latest CMS figure recorded on or before the period's end, compared with this record
     * @param owedOlderThanMonths what is still owed on dues more than 1, 3, 6 and 12 months old, as the schedule's
     *                    Short column shows it ({@link uk.cml.domain.arrears.ArrearsSchedule#owedOnDuesUpToAsShown});
     *                    an age is missing when those figures cannot say it exactly
     * @param owedAtEnd   what is owed at the end of the period on dues whose day is over
     *                    ({@link uk.cml.domain.arrears.ArrearsSchedule#owedOn}): the figure a letter of the same day gives
     * @param dueToday    when the period ends today, the due whose day is not over yet and what is still to arrive of
     *                    it ({@link uk.cml.domain.arrears.ArrearsSchedule#dueNow()}): listed in the schedule, named
     *                    apart in the summary, and not counted in {@code owedAtEnd}
     * @param amounts     the plan in force when the period began and each plan in the period that changed the amount
     *                    due or how often, oldest first, so the schedule names each amount and where it came from
     * @param scheduleNotes the schedule's lines in the period that are not dues (each CMS figure, on its own date:
     *                    {@link uk.cml.domain.arrears.ArrearsSchedule#notes()}), placed among the dues by date
     */
    public record Summary(Money owedAtStart, Money owedAtEnd, Money dueInPeriod, Money receivedInPeriod,
                          Optional<LocalDate> owedSince, Optional<CmsDifference> cmsFigure,
                          java.util.Map<Integer, Money> owedOlderThanMonths, Optional<DueToday> dueToday,
                          List<PaymentPlan> amounts, List<uk.cml.domain.arrears.ScheduleNote> scheduleNotes) {
        public Summary {
            owedOlderThanMonths = java.util.Map.copyOf(owedOlderThanMonths);
            amounts = amounts == null ? List.of() : List.copyOf(amounts);
            scheduleNotes = scheduleNotes == null ? List.of() : List.copyOf(scheduleNotes);
        }

        /** A summary whose schedule has no line but its dues. */
        public Summary(Money owedAtStart, Money owedAtEnd, Money dueInPeriod, Money receivedInPeriod,
                       Optional<LocalDate> owedSince, Optional<CmsDifference> cmsFigure,
                       java.util.Map<Integer, Money> owedOlderThanMonths, Optional<DueToday> dueToday,
                       List<PaymentPlan> amounts) {
            this(owedAtStart, owedAtEnd, dueInPeriod, receivedInPeriod, owedSince, cmsFigure, owedOlderThanMonths,
                    dueToday, amounts, List.of());
        }

        /** A summary with no plans named. */
        public Summary(Money owedAtStart, Money owedAtEnd, Money dueInPeriod, Money receivedInPeriod,
                       Optional<LocalDate> owedSince, Optional<CmsDifference> cmsFigure,
                       java.util.Map<Integer, Money> owedOlderThanMonths, Optional<DueToday> dueToday) {
            this(owedAtStart, owedAtEnd, dueInPeriod, receivedInPeriod, owedSince, cmsFigure, owedOlderThanMonths,
                    dueToday, List.of());
        }

        /** A summary for a period with no due awaited today. */
        public Summary(Money owedAtStart, Money owedAtEnd, Money dueInPeriod, Money receivedInPeriod,
                       Optional<LocalDate> owedSince, Optional<CmsDifference> cmsFigure,
                       java.util.Map<Integer, Money> owedOlderThanMonths) {
            this(owedAtStart, owedAtEnd, dueInPeriod, receivedInPeriod, owedSince, cmsFigure, owedOlderThanMonths,
                    Optional.empty());
        }
    }

    /**
     * The due whose day is not over when the pack is made (today's, or a weekend's on time by today).
     *
     * @param date       the day it fell due
     * @param onTimeBy   the last day it is on time: its date, or the next working day after a weekend or bank holiday
     * @param stillToCome what of it has not arrived yet
     */
    public record DueToday(LocalDate date, LocalDate onTimeBy, Money stillToCome) {
    }

    /**
     * A letter of the parent's, with its copy and its proof of postage when they are kept.
     *
     * @param recordedAsSent its sending is recorded: only such a letter is copied in full under the letters sent; one
     *                       made but not recorded as sent may say what was never posted, or what the records no longer
     *                       say, so it is only listed, apart
     */
    public record SentItem(LocalDate date, String title, String to, String how, String proofDetails,
                           Optional<PackFile> copy, Optional<PackFile> proof, boolean recordedAsSent) {
    }

    /** The letters recorded as sent: copied in full, with their proof of postage. */
    public List<SentItem> lettersRecordedAsSent() {
        return lettersSent.stream().filter(SentItem::recordedAsSent).toList();
    }

    /** The letters made or logged but not recorded as sent: listed apart, never copied in. */
    public List<SentItem> lettersNotRecordedAsSent() {
        return lettersSent.stream().filter(l -> !l.recordedAsSent()).toList();
    }

    /** A letter received, with its scan when it is kept; {@code from} is the sender as logged (empty if none). */
    public record ReceivedItem(LocalDate received, Optional<LocalDate> dated, String from, String summary,
                               Optional<PackFile> scan) {
    }

    /**
     * A document the parent keeps (a CMS letter's scan, a bank statement, a proof of postage), with its file when the
     * stored copy is still there.
     *
     * @param datedOn     the date printed on it, when the parent gave it
     * @param description what it is, in the parent's words (may be empty)
     * @param addedOn     the day it was added to the app
     * @param name        its file's name
     * @param copyOfLetterNotSent it is the copy (or proof of postage) of a letter made but not recorded as sent, by
     *                    that letter's own link to it: listed, never copied in, as the letters part says
     */
    public record DocumentItem(long id, Optional<LocalDate> datedOn, String description, LocalDate addedOn,
                               String name, Optional<PackFile> file, boolean copyOfLetterNotSent) {

        public DocumentItem(long id, Optional<LocalDate> datedOn, String description, LocalDate addedOn, String name,
                            Optional<PackFile> file) {
            this(id, datedOn, description, addedOn, name, file, false);
        }

        public DocumentItem {
            Objects.requireNonNull(datedOn, "datedOn");
            Objects.requireNonNull(addedOn, "addedOn");
            Objects.requireNonNull(file, "file");
            description = description == null ? "" : description;
            name = name == null ? "" : name;
        }

        /** The day it is listed by: the date on it, or the day it was added when it has none. */
        public LocalDate listedOn() {
            return datedOn.orElse(addedOn);
        }

        /** The same document, marked as the copy of a letter made but not recorded as sent. */
        DocumentItem asCopyOfLetterNotSent() {
            return new DocumentItem(id, datedOn, description, addedOn, name, file, true);
        }
    }
}
