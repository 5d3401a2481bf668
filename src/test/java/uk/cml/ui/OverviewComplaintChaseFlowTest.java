package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.testing.CaseFileBuilder;

/**
 * The Overview once a senior manager's review of the complaint is asked for: the review request is to be posted, and
 * nothing says to chase the complaint letter's reply (Where things stand no longer waits for it either). A plain
 * letter's late reply is still there to chase.
 */
class OverviewComplaintChaseFlowTest extends WithTheApp {

    /** Both letters posted on 23 Oct 2026, replies expected by 13 Nov; the review request made on 21 Nov. */
    @BeforeEach
    void aComplaintTakenToReview() {
        withCase(CaseFileBuilder.jordanReed().children().build(), (services, caseId) -> {
            Recipient cms = new Recipient(Optional.empty(), "Child Maintenance Service",
                    "PO Box 249\nMitcheldean\nGL17 1AJ");
            LocalDate on = LocalDate.of(2026, 10, 23);
            Optional<LocalDate> replyBy = Optional.of(LocalDate.of(2026, 11, 13));
            services.sentLetters.save(new SentLetter(0, caseId, on, Optional.of(on), cms, "Complaint about slow "
                    + "collection", LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                    ProofOfPostage.NONE, "", replyBy, Optional.empty()));
            services.sentLetters.save(new SentLetter(0, caseId, on, Optional.of(on), cms, "Change of address",
                    LetterKind.OTHER, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                    replyBy, Optional.empty()));
            LocalDate made = LocalDate.of(2026, 11, 21);
            services.sentLetters.save(new SentLetter(0, caseId, made, Optional.empty(), cms,
                    "Complaint review request to CMS", LetterKind.COMPLAINT, Optional.empty(), Optional.empty(),
                    ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        });
        openTheApp();
        waitFor("#overview-todos");
    }

    @Test
    void theComplaintLetterIsNotChasedOnceItsReviewIsAskedFor() {
        waitUntil("the review request is listed to post", () -> items().stream()
                .anyMatch(t -> t.contains("made on 21 Nov 2026")
                        && t.startsWith("Post your letter") && t.contains("review request")));
        List<String> items = items();
        List<String> chases = items.stream().filter(t -> t.contains("No reply yet")).toList();
        assertEquals(1, chases.size(), items.toString());
        assertFalse(chases.get(0).contains("slow collection"), chases.get(0));
        assertFalse(items.stream().anyMatch(t -> t.contains("Chase the reply") || t.contains("reply to your "
                + "complaint")), items.toString());
    }

    /** The words of each to-do, in order. */
    private List<String> items() {
        List<String> words = new ArrayList<>();
        for (int n = 0; lookup("#overview-todo-" + n).tryQuery().isPresent(); n++) {
            words.add(((Label) lookup("#overview-todo-" + n).query()).getText());
        }
        return words;
    }
}
