package uk.cml.app;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.standing.Deadline;
import uk.cml.letters.templates.ComplaintDetails;
import uk.cml.letters.templates.ComplaintDetails.Remedy;
import uk.cml.letters.templates.DecisionDetails;
import uk.cml.letters.templates.EnforcementDetails;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.LossItem;
import uk.cml.letters.templates.SettlementDetails;
import uk.cml.letters.templates.WriteOffDetails;

/**
 * The sample case's letters, made as the app makes them: the case's facts from its records
 * ({@link LetterWiring#facts}), each letter started from the record the app starts it from (the latest call, the
 * letter with no reply, a date on "Where things stand", a letter received: {@link LetterStarts}), then the words a
 * parent types in the writer, which say nothing the sample records in {@link SampleData} do not. A fact no record
 * holds (the CMS has sent no final response) stays marked as missing, as the app would show it.
 */
final class SampleLetterFacts {

    private final LetterFacts base;
    private final List<Call> calls;
    private final List<SentLetter> sent;
    private final Set<Long> answered;
    private final List<ReceivedLetter> received;
    private final List<Deadline> deadlines;
    private final Money offer;
    private final uk.cml.domain.calendar.UkCalendar calendar;

    SampleLetterFacts(AppServices services, CaseFile caseFile, LocalDate today) {
        long id = caseFile.id();
        base = LetterWiring.facts(services, caseFile);
        calls = services.calls.calls(id);
        sent = services.sentLetters.letters(id);
        answered = services.sentLetters.answered(id);
        received = services.receivedLetters.letters(id);
        deadlines = services.standing.report(id, today).allDeadlines();
        offer = SampleStanding.settlementOffer(services.payments.schedule(id, today));
        calendar = services.calendar;
    }

    /** The facts of one template's letter, before the recipient is chosen. */
    LetterFacts forTemplate(LetterTemplate template) {
        LetterFacts typed = typedFirst(base.toBuilder()).build();
        return typedAfter(start(template).preset().apply(typed));
    }

    /** Where the app would start this letter from in the sample records. */
    LetterStarts.Start start(LetterTemplate template) {
        if (template == LetterTemplates.CONFIRM_CALL) {
            return calls.stream().max(Comparator.comparing(Call::happenedAt)).map(call -> new LetterStarts.Start(
                    template, f -> f.toBuilder().call(LetterWiring.callDetails(call)).build()))
                    .orElse(new LetterStarts.Start(template));
        }
        if (template == LetterTemplates.CHASE_REPLY) {
            return sent.stream().filter(l -> l.isPosted() && !answered.contains(l.id()))
                    .min(Comparator.comparing(SentLetter::written))
                    .map(l -> LetterStarts.forDeadline(template, new Deadline.From.Sent(l)))
                    .orElse(new LetterStarts.Start(template));
        }
        Optional<LetterStarts.Start> forDate = deadlines.stream()
                .filter(d -> !d.done() && d.letter().equals(Optional.of(template.key())))
                .findFirst().map(d -> LetterStarts.forDeadline(template, d.from()));
        return forDate.or(() -> received.stream().map(r -> LetterStarts.replyTo(r, answers(r)))
                .flatMap(Optional::stream).filter(s -> s.template() == template).findFirst())
                .orElse(new LetterStarts.Start(template));
    }

    private Optional<SentLetter> answers(ReceivedLetter letter) {
        return letter.inReplyTo().flatMap(id -> sent.stream().filter(s -> s.id() == id).findFirst());
    }

    /** What the parent types about the complaint and the money lost; the records give the dates. */
    private LetterFacts.Builder typedFirst(LetterFacts.Builder facts) {
        String other = base.caseDetails().otherParentName();
        List<EnforcementDetails.Tried> tried = base.enforcement().map(EnforcementDetails::tried).orElse(List.of());
        String notice = tried.size() != 1 || tried.get(0).step() != EnforcementDetails.Step.ARREARS_NOTICE ? ""
                : " The only step I know of is the arrears notice I was told of on "
                + UkFormats.shortDate(tried.get(0).on());
        // What the latest call with the enforcement team said of the decision, so the review's reason is true of the
        // reply and does not hide what the parent was told since (reviewer, rv8).
        String onThePhone = calls.stream().filter(c -> EnforcementDetails.CallNews.enforcementTeam(c.team())
                        && c.promisedBy().isPresent()).max(Comparator.comparing(Call::happenedAt))
                .map(c -> " (only on the phone, on " + UkFormats.shortDate(c.happenedAt().toLocalDate())
                        + ", was I told it would be decided by " + UkFormats.shortDate(c.promisedBy().get()) + ")")
                .orElse("");
        return facts
                .complaint(new ComplaintDetails(null,
                        other + " has missed payments, and I have told the CMS about them by letter and by phone",
                        "The arrears are still owed." + notice,
                        EnumSet.allOf(Remedy.class),
                        "Take the arrears from " + other + "'s wages with a deduction from earnings order",
                        null, null, null, "by email, or by phone on weekdays after 3pm", "none",
                        "The reply does not say when you will decide whether to take the arrears from " + other
                                + "'s wages" + onThePhone + ", or what you will do if " + other
                                + " still does not pay"))
                .losses(List.of(new LossItem("Late payment fee on my rent", Money.ofPence(2500),
                        "One fee of £25.00 from my landlord")));
    }

    /** The parent's answer to a CMS letter, on the date the records give for it (none: left missing). */
    private LetterFacts typedAfter(LetterFacts facts) {
        String other = base.caseDetails().otherParentName();
        // A day to pay by is a working day, from the one calendar (reviewer, rv8: 4 weeks on was a Sunday).
        LocalDate payBy = calendar.onOrBefore(base.letterDate().plusDays(28));
        LocalDate offerDate = facts.settlement().map(SettlementDetails::offerDate).orElse(null);
        return facts.toBuilder()
                .writeOff(new WriteOffDetails(facts.writeOff().map(WriteOffDetails::proposalDate).orElse(null),
                        SampleStanding.WRITE_OFF, "The arrears would help me clear my rent arrears and pay for what "
                        + "the children have gone without", ""))
                .settlement(new SettlementDetails(offerDate, offer, SettlementDetails.Decision.ACCEPT,
                        List.of("The whole amount is paid into my bank account by " + UkFormats.shortDate(
                                payBy))))
                .decision(new DecisionDetails(facts.decision().map(DecisionDetails::decisionDate).orElse(null),
                        "the amount of child maintenance " + other + " pays",
                        "The calculation uses " + other + "'s income from the tax year two years ago. I ask you to "
                                + "use " + other + "'s income now", "",
                        facts.decision().map(DecisionDetails::letterKept).orElse(false)))
                .build();
    }
}
