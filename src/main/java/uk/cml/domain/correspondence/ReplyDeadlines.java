package uk.cml.domain.correspondence;

import java.time.LocalDate;
import java.util.Objects;

/** Suggests when a reply should have come: delivery by the posting method, then the kind's reply time. */
public final class ReplyDeadlines {

    private final WorkingDays workingDays;

    public ReplyDeadlines(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    /** The day the letter is treated as delivered. */
    public LocalDate deliveredOn(LocalDate posted, PostingMethod method) {
        return workingDays.after(posted, method.deliveryWorkingDays());
    }

    public LocalDate suggestReplyBy(LocalDate posted, PostingMethod method, LetterKind kind) {
        return workingDays.after(deliveredOn(posted, method), kind.replyWorkingDays());
    }
}
