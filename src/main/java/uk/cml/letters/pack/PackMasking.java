package uk.cml.letters.pack;

import java.util.List;
import uk.cml.domain.caseinfo.ContactMask;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.standing.Decision;
import uk.cml.letters.templates.EnforcementDetails;
import uk.cml.domain.standing.StandingReport;
import uk.cml.domain.timeline.TimelineEntry;

/**
 * A pack with the parent's address, phone and email hidden, for one that may reach the other parent (a tribunal
 * shares its papers). Names, the CMS reference and the other parent's address stay as recorded: the cover prints the
 * parent's own address as withheld, and the parent's typed words lose only their home, postcode, phone and email
 * (see {@link ContactMask}), never a town or street they share with anyone else. Attached copies and scans are left out, not masked: the app
 * cannot see inside a photo or another's PDF, and a CMS letter shows the parent's address at its top.
 */
final class PackMasking {

    static final String ADDRESS_WITHHELD = "Withheld to keep it private";

    private PackMasking() {
    }

    static PackContents mask(PackContents c, ContactMask mask) {
        PackContents.Cover cover = c.cover();
        PackContents.Cover masked = new PackContents.Cover(cover.parentName(),
                cover.parentAddress().isEmpty() ? List.of() : List.of(ADDRESS_WITHHELD), cover.otherParentName(),
                cover.otherParentAddress(), cover.cmsReference(), cover.arrangement(), cover.cmsInvolved(),
                cover.madeOn());
        return new PackContents(masked, c.period(), c.sections(), c.summary(), c.schedule(), c.received(),
                c.chronology().stream().map(e -> entry(e, mask)).toList(),
                c.calls().stream().map(call -> call(call, mask)).toList(),
                c.lettersSent().stream().map(l -> new PackContents.SentItem(l.date(), mask.apply(l.title()),
                        mask.apply(l.to()), mask.apply(l.how()), mask.apply(l.proofDetails()), l.copy(), l.proof(), l.recordedAsSent()))
                        .toList(),
                c.lettersReceived().stream().map(l -> new PackContents.ReceivedItem(l.received(), l.dated(),
                        mask.apply(l.from()), mask.apply(l.summary()), l.scan())).toList(),
                c.notes().stream().map(n -> new Note(n.id(), n.caseId(), n.happenedOn(), n.category(),
                        mask.apply(n.text()), n.recordedAt())).toList(),
                c.standing().map(r -> standing(r, mask)), c.seal(), true, c.recorded(),
                c.documents().stream().map(d -> new PackContents.DocumentItem(d.id(), d.datedOn(),
                        mask.apply(d.description()), d.addedOn(), mask.apply(d.name()), d.file(), d.copyOfLetterNotSent()))
                        .toList(),
                // A sender's name as the parent logged it is their own words, so it may hold an address.
                c.enforcement().withNotices(c.enforcement().notices().stream().map(n -> new EnforcementDetails.Notice(
                        n.about(), n.dated(), n.kind(), mask.apply(n.from()))).toList(), c.enforcement().inCalls()),
                c.madeFor());
    }

    /** A decision's note is the parent's own words, so it may hold an address; dates and step names cannot. */
    private static StandingReport standing(StandingReport r, ContactMask mask) {
        List<StandingReport.DecisionDeadlines> decisions = r.decisions().stream().map(d -> {
            Decision x = d.decision();
            return new StandingReport.DecisionDeadlines(new Decision(x.id(), x.caseId(), x.kind(), x.dated(),
                    mask.apply(x.note()), x.reconsideredOn(), x.fromLetter()), d.deadlines(), d.unclear());
        }).toList();
        return new StandingReport(r.complaint(), decisions, r.enforcement(), r.currentStep(), r.daysAtCurrentStep(),
                r.enforcementNudge(), r.facts(), r.calendar(), r.letterReplies().stream().map(d -> reply(d, mask))
                .toList(), r.callDates(), r.chasesHeldBack(), r.promisesNotKept().stream()
                .map(p -> new uk.cml.domain.standing.PromisesRaised.NotKept(call(p.call(), mask), p.by(),
                        p.raisedIn())).toList(), r.raisedOrKept());
    }

    /** A letter's subject, heading and addressee are the parent's own words, so they may hold an address. */
    private static uk.cml.domain.standing.Deadline reply(uk.cml.domain.standing.Deadline d, ContactMask mask) {
        if (!(d.from() instanceof uk.cml.domain.standing.Deadline.From.Sent sent)) {
            return d;
        }
        uk.cml.domain.correspondence.SentLetter l = sent.letter();
        uk.cml.domain.correspondence.SentLetter masked = new uk.cml.domain.correspondence.SentLetter(l.id(),
                l.caseId(), l.written(), l.posted(), new uk.cml.domain.correspondence.Recipient(
                l.to().addressBookId(), mask.apply(l.to().name()), mask.apply(l.to().address()), l.to().cmsAddress()),
                mask.apply(l.subject()), l.kind(), l.copyDocumentId(), l.method(), l.proof(), l.trackingNumber(),
                l.replyBy(), l.inReplyTo(), l.trackedDelivery(), l.printedReplyBy(), l.answersDecision(), l.chases(),
                l.confirmsCall(), mask.apply(l.heading()), l.madeWords());
        return new uk.cml.domain.standing.Deadline(mask.apply(d.what()), d.action(), d.letter(), d.due(), d.done(),
                new uk.cml.domain.standing.Deadline.From.Sent(masked), d.timing(), d.late());
    }

    private static TimelineEntry entry(TimelineEntry e, ContactMask mask) {
        return e.withWords(mask.apply(e.title()), mask.apply(e.detail()));
    }

    private static Call call(Call c, ContactMask mask) {
        return new Call(c.id(), c.caseId(), c.happenedAt(), c.direction(), mask.apply(c.number()),
                mask.apply(c.spokeTo()), mask.apply(c.team()), mask.apply(c.staffId()), mask.apply(c.whatWasSaid()),
                mask.apply(c.promised()), c.promisedBy(), mask.apply(c.outcome()), c.followUpOn(), c.followUpDone(),
                c.promiseKept(), c.recordedAt(), c.toldMissedPayments());
    }
}
