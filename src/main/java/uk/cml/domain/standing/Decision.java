package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.Labelled;

/**
 * A CMS decision the parent may challenge, with the date printed on its letter.
 *
 * @param reconsideredOn the date of the mandatory reconsideration notice, once it comes; the tribunal appeal
 *                       is counted from it
 * @param fromLetter     the received CMS letter the decision came in, when it was logged with that letter: a reply to
 *                       the decision is then that letter's reply too
 */
public record Decision(long id, long caseId, Kind kind, LocalDate dated, String note,
                       Optional<LocalDate> reconsideredOn, Optional<Long> fromLetter) {

    public enum Kind implements Labelled {
        CALCULATION,
        REFUSAL,
        WRITE_OFF;

        @Override
        public String toString() {
            return label();
        }
    }

    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dated, "dated");
        Objects.requireNonNull(reconsideredOn, "reconsideredOn");
        Objects.requireNonNull(fromLetter, "fromLetter");
        note = note == null ? "" : note.strip();
    }

    /** How long the start of what it decided may be where a decision is named in a list (the Bin, say). */
    private static final int SAID_SHORT = 60;

    /**
     * The decision named in a line: its kind, its date and the start of what it decided ("A calculation of
     * maintenance, dated 3 Nov 2026: Annual review: £85.50 a week"), so the Bin says what it was.
     */
    public String title() {
        return title(kind, dated, note);
    }

    /** As {@link #title()}, from a decision's parts as stored. */
    public static String title(Kind kind, LocalDate dated, String note) {
        String said = saidShort(note);
        String date = uk.cml.domain.UkFormats.shortDate(dated);
        return said.isEmpty() ? uk.cml.domain.Words.text("bin.title.decision", kind.label(), date)
                : uk.cml.domain.Words.text("bin.title.decisionSaid", kind.label(), date, said);
    }

    /**
     * The start of what it decided, on one line and cut at a word ("Annual review: £85.50 a week…"), where the
     * decision is named in a line (the Bin, the Timeline); empty when nothing was noted.
     */
    public static String saidShort(String note) {
        String said = note == null ? "" : note.strip().replaceAll("\\s+", " ");
        if (said.length() > SAID_SHORT) {
            int cut = said.lastIndexOf(' ', SAID_SHORT);
            said = said.substring(0, cut > SAID_SHORT / 2 ? cut : SAID_SHORT).stripTrailing() + "\u2026";
        }
        return said;
    }

    /** A decision added on its own, not with the letter it came in. */
    public Decision(long id, long caseId, Kind kind, LocalDate dated, String note,
                    Optional<LocalDate> reconsideredOn) {
        this(id, caseId, kind, dated, note, reconsideredOn, Optional.empty());
    }
}
