package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.ChangedSinceMade;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.RecordArea;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.CmsFact;
import uk.cml.letters.KeptLetterWords;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;

/**
 * A letter made (not yet posted) prints dates counted with the CMS time limits in the facts table: its reply-by date
 * from the request rule's working days after it counts as delivered 1st class. A limit the parent corrects in Settings
 * after the letter was made flags it, with why; put back as it was, the letter is as made; a limit it did not count
 * with, or a new source or day checked, leaves it as made. Stores wired as the app wires them, on SQLite in a temp
 * folder.
 */
class MadeLetterTimeLimitChangedTest extends WithTheServices {

    private static final String REQUEST_REPLY = "request.reply.working_days";

    MadeLetterTimeLimitChangedTest() {
        super("2026-12-06T00:55:00Z");
    }

    @Override
    protected CaseFile newCase() {
        return CaseFileBuilder.jordanReed().livingAt("BD1 4QT", "3 Mill Lane").cmsReference("121456789012").build();
    }

    private void twoMinutesLater() {
        clock.advance(Duration.ofMinutes(2));
    }

    /** A letter as the app makes it (logged under its template's title, with its words), not yet posted. */
    private long made(LetterTemplate template, LetterKind kind, Optional<PostingMethod> postedBy) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        KeptLetterWords.putWords(fields, KeptLetterWords.DRAFTED, new KeptLetterWords.Words("Child maintenance",
                List.of()));
        postedBy.ifPresent(p -> KeptLetterWords.putPostedBy(fields, p));
        return services.sentLetters.save(new SentLetter(0, caseFile.id(), LocalDate.of(2026, 12, 6), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                template.fileTitle(), kind, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "",
                Optional.of(LocalDate.of(2026, 12, 22)), Optional.empty())
                .madeWith("Child maintenance", KeptLetterWords.text(fields)));
    }

    private long missedLetterMade() {
        return made(LetterTemplates.MISSED_DIRECT_PAY, LetterKind.ARREARS_REPORT, Optional.empty());
    }

    private CmsFact fact(String key) {
        return services.standing.facts().all().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    /** The parent corrects the figure in Settings, keeping where it comes from and when it was checked. */
    private void correct(String key, String value) {
        CmsFact was = fact(key);
        assertTrue(services.standing.correctFact(key, value, was.source(), was.lastChecked()), key + " changed");
    }

    private Map<Long, ChangedSinceMade> changed() {
        return services.sentLetters.changedSinceMade(caseFile.id());
    }

    @Test
    void aCorrectedLimitTheLetterCountedWithFlagsIt() {
        long made = missedLetterMade();
        twoMinutesLater();
        correct(REQUEST_REPLY, "12");
        ChangedSinceMade change = changed().get(made);
        assertTrue(change != null, "its reply-by date was counted with 10 working days: " + changed());
        assertEquals(Set.of(RecordArea.TIME_LIMITS), change.areas());
        assertEquals("CMS time limits", change.areasInWords());
        assertEquals(List.of("The CMS time limit \"Working days a letter gives the CMS to answer an ordinary request, "
                + "from when it counts as delivered\" was changed from 10 to 12"), change.records());
    }

    @Test
    void theDeliveryDaysOfHowItIsPostedFlagIt() {
        long made = missedLetterMade();
        twoMinutesLater();
        correct("post.first_class.working_days", "3");
        assertEquals(Set.of(RecordArea.TIME_LIMITS), changed().get(made).areas());
    }

    @Test
    void changedBackTheLetterIsAsMade() {
        long made = missedLetterMade();
        twoMinutesLater();
        correct(REQUEST_REPLY, "12");
        twoMinutesLater();
        correct(REQUEST_REPLY, "10");
        assertFalse(changed().containsKey(made), changed().toString());
    }

    @Test
    void putBackAsShippedTheLetterIsAsMade() {
        long made = missedLetterMade();
        twoMinutesLater();
        correct(REQUEST_REPLY, "12");
        twoMinutesLater();
        assertTrue(services.standing.putBackOriginal(REQUEST_REPLY));
        assertFalse(changed().containsKey(made), changed().toString());
    }

    /** A reconsideration's months, or 2nd class delivery, are in no date this letter gives. */
    @Test
    void aLimitTheLetterDidNotCountWithLeavesItAsMade() {
        long made = missedLetterMade();
        twoMinutesLater();
        correct("reconsideration.months", "2");
        correct("post.second_class.working_days", "5");
        assertFalse(changed().containsKey(made), changed().toString());
    }

    /** Only the figure moves a date: where it comes from, and when it was last checked, do not. */
    @Test
    void aNewSourceOrDayCheckedLeavesItAsMade() {
        long made = missedLetterMade();
        twoMinutesLater();
        CmsFact was = fact(REQUEST_REPLY);
        assertTrue(services.standing.correctFact(REQUEST_REPLY, was.value(), "Checked with the CMS by phone",
                Optional.of(LocalDate.of(2026, 12, 6))));
        assertFalse(changed().containsKey(made), changed().toString());
    }

    /**
     * A subject access request the parent said would go 2nd class counted when it arrives with 2nd class delivery:
     * that flags it, 1st class does not.
     */
    @Test
    void aLetterPostedSecondClassIsFlaggedBySecondClassDeliveryAlone() {
        long made = made(LetterTemplates.SUBJECT_ACCESS, LetterKind.SUBJECT_ACCESS_REQUEST,
                Optional.of(PostingMethod.SECOND_CLASS));
        twoMinutesLater();
        correct("post.first_class.working_days", "3");
        assertFalse(changed().containsKey(made), "counted from 2nd class: " + changed());
        correct("post.second_class.working_days", "5");
        assertEquals(Set.of(RecordArea.TIME_LIMITS), changed().get(made).areas());
    }

    /** A letter typed in: its dates are the parent's, not counted by the app, so a corrected limit changes none. */
    @Test
    void aLetterTypedInIsNotFlagged() {
        long typed = services.sentLetters.save(new SentLetter(0, caseFile.id(), LocalDate.of(2026, 12, 6),
                Optional.empty(), new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "A letter about my case", LetterKind.OTHER, Optional.empty(), Optional.empty(), ProofOfPostage.NONE,
                "", Optional.of(LocalDate.of(2026, 12, 22)), Optional.empty()));
        twoMinutesLater();
        correct(REQUEST_REPLY, "12");
        assertFalse(changed().containsKey(typed), changed().toString());
    }
}
