package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.cml.domain.UkFormats;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;

/**
 * The calls whose passed promise a letter the parent posted to the CMS has already raised. The complaint and the
 * request to enforce print one line for each promise not kept ("30 Sep 2026: when I phoned you, Priya (Direct Pay
 * team) told me you would do this by 14 Oct 2026: ..."); after such a letter was posted, the Overview and Where it
 * stands still said "Chase it" for the same promise, and a reviewer would have phoned or written again about what her
 * letter already said. The letter's reply date is watched instead. Read from the words the letter printed, not its
 * kind: a parent who took the line out of the letter has not raised it. A letter printed before the lines had this
 * form is not counted, so its promise stays to chase, as before.
 */
public final class PromisesRaised {

    private PromisesRaised() {
    }

    /**
     * @param printedLines each posted letter's printed words, one line or list item each (none for a letter the app
     *                     did not make)
     */
    public static Set<Long> callIds(List<Call> calls, List<SentLetter> sent,
            Function<SentLetter, List<String>> printedLines) {
        Set<Long> raised = new HashSet<>();
        for (Call call : calls) {
            call.promiseToChase().ifPresent(by -> {
                LocalDate called = call.happenedAt().toLocalDate();
                String starts = UkFormats.shortDate(called) + ": ";
                String names = " would do this by " + UkFormats.shortDate(by) + ": ";
                boolean inALetter = sent.stream().filter(l -> l.isPosted() && l.to().isTheCms()
                        && l.written().isAfter(by) && !l.written().isBefore(called))
                        .flatMap(l -> printedLines.apply(l).stream())
                        .anyMatch(line -> line.startsWith(starts) && line.contains(names));
                if (inALetter) {
                    raised.add(call.id());
                }
            });
        }
        return raised;
    }
}
