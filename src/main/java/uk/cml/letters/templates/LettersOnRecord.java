package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;

/**
 * The dates of the letters and decisions the records hold, so a reply can tell whether what it answers is logged
 * ({@link AnsweredOnRecord}). Facts not read from the records ({@link #UNKNOWN}: a test, the sample letters) say
 * nothing either way.
 *
 * @param known             read from the records; when false, nothing is said to be missing
 * @param cmsLetters        the date printed on each letter received that has one
 * @param undatedReceived   the day each letter logged without its printed date arrived
 * @param writeOffProposals the date of each proposal to write off arrears logged on "Where things stand"
 * @param decisions         the date of each other decision logged there (a calculation, a refusal)
 * @param ownLetters        the date each of the parent's own letters was written
 * @param writeOffLetters   the date (printed, else the day it came) of each letter received that a reply reads as a
 *                          proposal to write off arrears, logged without saying it is that decision
 */
public record LettersOnRecord(boolean known, List<LocalDate> cmsLetters, List<LocalDate> undatedReceived,
        List<LocalDate> writeOffProposals, List<LocalDate> decisions, List<LocalDate> ownLetters,
        List<LocalDate> writeOffLetters) {

    public static final LettersOnRecord UNKNOWN = new LettersOnRecord(false, List.of(), List.of(), List.of(),
            List.of(), List.of());

    public LettersOnRecord {
        cmsLetters = sorted(cmsLetters);
        undatedReceived = sorted(undatedReceived);
        writeOffProposals = sorted(writeOffProposals);
        decisions = sorted(decisions);
        ownLetters = sorted(ownLetters);
        writeOffLetters = sorted(writeOffLetters);
    }

    /** As the records hold them, with no letter received read as a proposal to write off arrears. */
    public LettersOnRecord(boolean known, List<LocalDate> cmsLetters, List<LocalDate> undatedReceived,
            List<LocalDate> writeOffProposals, List<LocalDate> decisions, List<LocalDate> ownLetters) {
        this(known, cmsLetters, undatedReceived, writeOffProposals, decisions, ownLetters, List.of());
    }

    /** The same, with these letters received read as proposals to write off arrears ({@link #writeOffLetters}). */
    public LettersOnRecord withWriteOffLetters(List<LocalDate> dates) {
        return new LettersOnRecord(known, cmsLetters, undatedReceived, writeOffProposals, decisions, ownLetters,
                dates);
    }

    /**
     * Whether the records hold a proposal to write off arrears for a reply to answer: one logged as that decision,
     * or a letter received that reads as one. Facts not read from the records count as holding one.
     */
    public boolean holdWriteOffProposal() {
        return !known || !writeOffProposals.isEmpty() || !writeOffLetters.isEmpty();
    }

    /** What the case's records hold: its received letters, its decisions and the parent's own letters. */
    public static LettersOnRecord of(List<ReceivedLetter> received, List<Decision> decisions, List<SentLetter> sent) {
        return new LettersOnRecord(true,
                received.stream().flatMap(r -> r.dated().stream()).toList(),
                received.stream().filter(r -> r.dated().isEmpty()).map(ReceivedLetter::received).toList(),
                decisions.stream().filter(d -> d.kind() == Decision.Kind.WRITE_OFF).map(Decision::dated).toList(),
                decisions.stream().filter(d -> d.kind() != Decision.Kind.WRITE_OFF).map(Decision::dated).toList(),
                sent.stream().map(SentLetter::written).toList());
    }

    private static List<LocalDate> sorted(List<LocalDate> dates) {
        return dates == null ? List.of() : dates.stream().filter(Objects::nonNull).sorted().toList();
    }
}
