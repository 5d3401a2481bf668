package uk.cml.domain.evidence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.timeline.Recorded;

/**
 * The logged calls a letter confirming a call may be about, as far as the records can truly tell. The app logs the
 * letter it makes with the call it was made from ({@code SentLetter#confirmsCall}): then it is that call alone. A
 * letter logged before that link existed (or made with no call chosen) names none; it was made from a call already in
 * the calls log, so it may be about any call logged before it was made, and about none logged after. Which of those it
 * is the log cannot tell, so each counts: the app never calls such a letter up to date when it may not be.
 */
public final class CallLetterCalls {

    private final Optional<Long> linked;
    private final LocalDateTime made;
    private final Map<Long, Recorded> recorded;
    private final List<Call> calls;

    private CallLetterCalls(Optional<Long> linked, LocalDateTime made, List<Call> calls, Map<Long, Recorded> recorded) {
        this.linked = linked;
        this.made = made;
        this.calls = List.copyOf(calls);
        this.recorded = Map.copyOf(recorded);
    }

    /**
     * @param confirms the call the letter's log entry names, if any
     * @param made     when the letter was first saved in the log
     * @param calls    the case's calls (those not in the Bin)
     * @param recorded when each of the case's calls was first saved, by id (those in the Bin too)
     */
    public static CallLetterCalls of(Optional<Long> confirms, LocalDateTime made, List<Call> calls,
            Map<Long, Recorded> recorded) {
        return new CallLetterCalls(confirms, made, calls, recorded);
    }

    /**
     * Whether the letter may be about the call {@code callId}: the call it names; or, naming none, a call not known
     * to have been logged after it was made.
     */
    public boolean mayBeAbout(long callId) {
        if (linked.isPresent()) {
            return linked.get() == callId;
        }
        return Optional.ofNullable(recorded.get(callId)).flatMap(Recorded::first)
                .filter(first -> first.isAfter(made)).isEmpty();
    }

    /**
     * Whether a call the letter may be about holds a promise not marked kept: the letter then chases it, and says
     * what the parent will do next if it is not kept (the complaint step, read from the CMS's letters). A call it
     * names that is in the Bin may have held one: counted too.
     */
    public boolean mayChaseAPromise() {
        if (linked.isPresent() && calls.stream().noneMatch(c -> c.id() == linked.get())) {
            return true;
        }
        return calls.stream().filter(c -> mayBeAbout(c.id())).anyMatch(CallLetterCalls::promiseNotKept);
    }

    /** A promise noted on the call and not marked kept: what the letter confirming it chases. */
    public static boolean promiseNotKept(Call call) {
        return !call.promised().isEmpty() && !call.promiseKept();
    }
}
