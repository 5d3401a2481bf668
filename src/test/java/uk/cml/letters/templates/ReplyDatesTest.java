package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.cml.domain.correspondence.LetterKind;

/** The kind each letter the app writes is logged under: what the letter really is. */
public class ReplyDatesTest {

    /** Every template, with the kind its letter is, read from the letter itself. */
    public static final Map<String, LetterKind> TRUE_KINDS = Map.ofEntries(
            Map.entry("confirm-call", LetterKind.FOLLOW_UP_TO_CALL),
            Map.entry("missed-direct-pay", LetterKind.ARREARS_REPORT),
            // "Please move my case to Collect and Pay": asks the CMS to collect, reports nothing new.
            Map.entry("collect-and-pay", LetterKind.COLLECTION_REQUEST),
            Map.entry("arrears-breakdown", LetterKind.REQUEST_FOR_INFORMATION),
            // "Please take action to collect the arrears": asks for enforcement, not to record missed payments.
            Map.entry("enforcement-request", LetterKind.COLLECTION_REQUEST),
            Map.entry("collection-complaint", LetterKind.COMPLAINT),
            Map.entry("senior-review", LetterKind.COMPLAINT),
            Map.entry("ice-complaint", LetterKind.COMPLAINT),
            // A formal challenge to a decision, the step before the tribunal: more than a reply to a letter.
            Map.entry("mandatory-reconsideration", LetterKind.RECONSIDERATION_REQUEST),
            Map.entry("write-off-reply", LetterKind.WRITE_OFF_REPLY),
            Map.entry("settlement-reply", LetterKind.REPLY),
            Map.entry("subject-access", LetterKind.SUBJECT_ACCESS_REQUEST),
            Map.entry("chase-reply", LetterKind.OTHER),
            Map.entry("other-parent", LetterKind.OTHER));

    static Stream<LetterTemplate> templates() {
        return LetterTemplates.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    @DisplayName("each letter is logged as what it is")
    void loggedAsWhatItIs(LetterTemplate template) {
        assertEquals(TRUE_KINDS.get(template.key()), ReplyDates.kind(template), template.key());
    }

    @Test
    @DisplayName("every template has its kind decided here, so a new letter cannot fall into Other unread")
    void everyTemplateDecided() {
        assertEquals(LetterTemplates.all().stream().map(LetterTemplate::key).collect(Collectors.toSet()),
                TRUE_KINDS.keySet());
    }

    @Test
    @DisplayName("the complaint stages, and only they, are complaints: complaint threads count only those")
    void complaintStagesAreComplaints() {
        Set<String> complaints = LetterTemplates.all().stream()
                .filter(t -> ReplyDates.kind(t) == LetterKind.COMPLAINT).map(LetterTemplate::key)
                .collect(Collectors.toSet());
        assertEquals(Set.of("collection-complaint", "senior-review", "ice-complaint"), complaints);
    }

    @Test
    @DisplayName("the enforcement request is no longer logged as a report of missed payments")
    void enforcementIsNotAnArrearsReport() {
        assertEquals("Request to collect or enforce payment",
                ReplyDates.kind(LetterTemplates.ENFORCEMENT_REQUEST).label());
        assertEquals("Request for a mandatory reconsideration",
                ReplyDates.kind(LetterTemplates.MANDATORY_RECONSIDERATION).label());
    }
}
