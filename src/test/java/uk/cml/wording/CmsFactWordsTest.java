package uk.cml.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.cml.domain.standing.CmsFact;
import uk.cml.domain.standing.TimeLimit;
import uk.cml.store.SeededFacts;

/**
 * What each CMS time limit means is in the words bundle under {@code cmsFact.} and its row's key, not in the facts
 * table's label column: every limit the app counts with has its words, every such key names one, and every time
 * limit new records hold is one the app knows (so none is listed with the table's English instead).
 */
class CmsFactWordsTest {

    @Test
    void everyTimeLimitHasItsMeaningInTheBundleAndNoOtherCmsFactKeyIsThere() throws IOException {
        Properties words = WordsBundleTest.bundle();
        Set<String> inBundle = words.stringPropertyNames().stream().filter(k -> k.startsWith(TimeLimit.WORDS))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> named = Arrays.stream(TimeLimit.values()).map(l -> TimeLimit.WORDS + l.key())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(named, inBundle);
    }

    @Test
    void everyTimeLimitInNewRecordsIsOneTheAppKnowsAndShowsInTheBundlesWords() {
        List<CmsFact> facts = SeededFacts.published().all();
        List<String> unknown = facts.stream().filter(f -> f.unit().isPresent())
                .filter(f -> TimeLimit.of(f.key()).isEmpty()).map(CmsFact::key).toList();
        assertEquals(List.of(), unknown, "time limits in the table the app neither counts with nor has words for");
        for (CmsFact fact : facts) {
            TimeLimit.of(fact.key()).ifPresent(limit -> assertEquals(limit.meaning(), fact.meaning()));
        }
    }

    @Test
    void aStepRowIsNamedByItsPlaceInTheStepsAsTheTableNumbersIt() {
        // The table's labels were numbered by hand ("Enforcement step 9", renumbered by V028); the words count.
        for (CmsFact fact : SeededFacts.published().all()) {
            if (fact.key().startsWith("step.")) {
                assertEquals(fact.label(), fact.meaning(), fact.key());
            }
        }
    }
}
