package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.standing.CmsFact;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.domain.standing.TimeLimit;
import uk.cml.store.SeededFacts;

/**
 * A letter made before a CMS time limit was corrected in Settings is flagged only when its printed dates were counted
 * with that limit ({@link LetterTemplates#countsWith}). Every reviewed letter (the golden letters' cases) is drafted
 * again with each limit's figure one more: a limit that changes what the letter prints (its words, its dates, its
 * reply-by date) must be among those the template counts with, so no letter is left unflagged by a correction that
 * moves its dates.
 */
class LetterTimeLimitsUsedTest {

    @Test
    void everyLimitThatMovesALettersDatesIsOneItCountsWith() {
        List<String> missed = new ArrayList<>();
        LetterWordingTest.letters().map(Arguments::get).forEach(a -> {
            String name = (String) a[0];
            LetterTemplate template = (LetterTemplate) a[1];
            LetterFacts facts = (LetterFacts) a[2];
            String printed = printed(template, facts);
            for (TimeLimit limit : TimeLimit.values()) {
                LetterFacts bumped = facts.toBuilder().deadlines(new Deadlines(SeededFacts.calendar(),
                        oneMore(limit))).build();
                if (!printed(template, bumped).equals(printed)
                        && !LetterTemplates.countsWith(template, facts.choices().postedBy()).contains(limit)) {
                    missed.add(name + ": " + limit);
                }
            }
        });
        assertEquals(List.of(), missed);
    }

    /** The request rule and 1st class delivery; no reconsideration, ICE or subject access limit. */
    @Test
    void theLetterAboutMissedPaymentsCountsWithTheRequestRuleAndItsPosting() {
        Set<TimeLimit> used = LetterTemplates.countsWith(LetterTemplates.MISSED_DIRECT_PAY, PostingMethod.FIRST_CLASS);
        assertTrue(used.containsAll(Set.of(TimeLimit.REQUEST_REPLY, TimeLimit.POST_FIRST_CLASS)), used.toString());
        assertFalse(used.contains(TimeLimit.RECONSIDERATION), used.toString());
        assertFalse(used.contains(TimeLimit.SUBJECT_ACCESS), used.toString());
    }

    /** A letter posted 2nd class counts its dates from 2nd class delivery, not 1st. */
    @Test
    void aLetterPostedSecondClassCountsWithSecondClassDelivery() {
        Set<TimeLimit> used = LetterTemplates.countsWith(LetterTemplates.SUBJECT_ACCESS, PostingMethod.SECOND_CLASS);
        assertTrue(used.containsAll(Set.of(TimeLimit.SUBJECT_ACCESS, TimeLimit.POST_SECOND_CLASS)), used.toString());
        assertFalse(used.contains(TimeLimit.POST_FIRST_CLASS), used.toString());
    }

    /** What the letter prints, without the notes to the parent (never printed). */
    private static String printed(LetterTemplate template, LetterFacts facts) {
        return String.join("\n", LetterWordingTest.describe(template, facts).lines()
                .filter(l -> !l.startsWith("warning: ")).toList());
    }

    private static CmsFacts oneMore(TimeLimit limit) {
        return new CmsFacts(SeededFacts.published().all().stream().map(f -> f.key().equals(limit.key())
                ? new CmsFact(f.key(), f.label(), String.valueOf(Integer.parseInt(f.value().strip()) + 1), f.source(),
                        f.lastChecked()) : f).toList());
    }
}
