package uk.cml.ui.pack;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.cml.domain.UkDates;
import uk.cml.ui.common.UkDateField;

/**
 * The pack's period as the parent left it, by case. The page fills in the case's whole history each time it is
 * shown; a period the parent typed was written over by it when they went to another page and came back. Now the
 * whole history is filled in only while the boxes hold what the page last filled in for that case (as the records
 * grow, it grows with them); a period typed stays as typed, for that case, until the parent changes it. Kept for this
 * run only: it is a choice of what to put in a pack, not a record.
 */
final class TypedPeriod {

    private final UkDateField from;
    private final UkDateField until;
    /** Per case: what the page last filled in, and what the boxes held when the parent left the case or the page. */
    private final Map<Long, List<String>> filledIn = new HashMap<>();
    private final Map<Long, List<String>> leftAs = new HashMap<>();
    private long shownFor = -1;

    TypedPeriod(UkDateField from, UkDateField until) {
        this.from = from;
        this.until = until;
    }

    /** The page is about to load the period of {@code caseId}: what the boxes hold now is the last case's. */
    List<String> leaving(long caseId) {
        if (shownFor >= 0) {
            leftAs.put(shownFor, held());
        }
        shownFor = caseId;
        return held();
    }

    /**
     * The case's whole history has been read: filled in, unless the parent typed a period for the case (then that
     * is put back) or typed in the boxes while it was read ({@code asLoadBegan} no longer what they hold).
     */
    void wholeHistory(long caseId, LocalDate start, LocalDate end, List<String> asLoadBegan) {
        if (caseId != shownFor || !held().equals(asLoadBegan)) {
            return;
        }
        List<String> typed = leftAs.get(caseId);
        if (typed != null && !typed.equals(filledIn.get(caseId))) {
            put(from, typed.get(0));
            put(until, typed.get(1));
            return;
        }
        from.setDate(start);
        until.setDate(end);
        filledIn.put(caseId, held());
    }

    private List<String> held() {
        return List.of(from.typedText(), until.typedText());
    }

    /** The text as typed, so a date not yet readable comes back as the parent left it. */
    private static void put(UkDateField box, String typed) {
        box.setValue(UkDates.parse(typed).orElse(null));
        box.getEditor().setText(typed);
    }
}
