package uk.cml.domain.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only a decision about the calculation is challenged by mandatory reconsideration (the CMS facts sheet). */
class DecisionReadingTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Decision: they will not move my case to Collect and Pay  | COLLECTION_COMPLAINT",
        "They decided not to enforce the arrears yet              | COLLECTION_COMPLAINT",
        "Decision: no liability order for now                    | COLLECTION_COMPLAINT",
        "New calculation: £45 a week                             | RECONSIDERATION",
        "Decision on Jordan's income from his second job          | RECONSIDERATION",
        "Decision: shared care of 2 nights a week                 | RECONSIDERATION",
        "Decision: they refuse my variation                       | RECONSIDERATION",
        "Decision: annual review                                  | RECONSIDERATION",
        "Mandatory reconsideration notice: calculation unchanged  | ''",
        "They reconsidered and the decision stands                | ''",
        "Decision on my case                                      | ''",
        "New arrears figure of £1,200                             | ''"})
    @DisplayName("the route for a CMS decision, by what it decided")
    void route(String summary, String route) {
        assertEquals(route.isEmpty() ? Optional.empty() : Optional.of(DecisionReading.Route.valueOf(route)),
                DecisionReading.route(summary));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "They propose to write off £250.00 of the arrears.        | WRITE_OFF",
        "Proposal: arrears to be written off                      | WRITE_OFF",
        "They are thinking of writing off some arrears            | WRITE_OFF",
        "New calculation: £45 a week                              | CALCULATION",
        "Decision: they refuse my variation                       | REFUSAL",
        "Decision: they will not move my case to Collect and Pay  | ''",
        "Mandatory reconsideration notice: calculation unchanged  | ''",
        "Arrears of £250.00 were written off on 1 Oct             | ''",
        "New arrears figure of £1,200                             | ''"})
    @DisplayName("the kind of decision a CMS letter is, as its summary reads: only a suggestion the parent confirms")
    void kind(String summary, String kind) {
        assertEquals(kind.isEmpty() ? Optional.empty() : Optional.of(Decision.Kind.valueOf(kind)),
                DecisionReading.kind(summary));
    }
}
