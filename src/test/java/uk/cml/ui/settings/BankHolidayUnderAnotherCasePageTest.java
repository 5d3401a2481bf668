package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.domain.calendar.AddedBankHoliday;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.ui.WithTheApp;

/**
 * With two cases, a bank holiday added while the first was open shows in Settings with the second open, is removed
 * from there into the Bin, is listed in the second case's Bin and put back from it: in a real window, by control id.
 */
class BankHolidayUnderAnotherCasePageTest extends WithTheApp {

    private static final LocalDate EXTRA = LocalDate.of(2027, 6, 9);

    @Test
    void addedUnderOneCaseRemovedAndPutBackUnderTheOther() {
        CaseFile second;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            long first = services.cases.completeSetup(new MyDetails("Sam Taylor", new PostalAddress(List.of(
                    "14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()), aCase("Jordan Reed", "Mia"));
            second = services.cases.find(services.cases.create(aCase("Alex Morgan", "Noah"))).orElseThrow();
            services.bankHolidays.add(new AddedBankHoliday(0, first, EXTRA, "Royal event bank holiday"));
        }
        startup = startOn(dataFolder);
        choose("#case-switcher", second);
        press("#nav-settings");
        press("#settings-bank-holiday-remove-" + EXTRA);
        waitUntil("the day is gone from the list", () -> lookup("#settings-bank-holiday-remove-" + EXTRA)
                .tryQuery().isEmpty());
        assertEquals("Royal event bank holiday was moved to the Bin. You can put it back from there.",
                interactAndGet(() -> lookup("#settings-bank-holiday-said").queryLabeled().getText()));

        press("#nav-bin");
        waitUntil("the second case's Bin lists the day", () -> binned() == 1);
        // By its id, as every Bin button is found: the id once held the kind's words with their space
        // ("bin-restore-bank holiday-1"), which no id lookup can name.
        Node putBack = waitFor("#bin-restore-bank-holiday-1");
        click(putBack);
        waitUntil("the Bin is empty again", () -> binned() == 0);

        press("#nav-settings");
        waitFor("#settings-bank-holiday-remove-" + EXTRA);
        assertEquals(second, interactAndGet(() -> ((javafx.scene.control.ChoiceBox<?>) lookup("#case-switcher")
                .query()).getValue()), "all along with the second case open");
        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            assertFalse(services.calendar.isWorkingDay(EXTRA));
            assertEquals(1, services.bankHolidays.holidays().size());
        }
    }

    private int binned() {
        return ((ListView<?>) lookup("#bin-list").query()).getItems().size();
    }

    private Node waitForNode(java.util.concurrent.Callable<Optional<Node>> find) {
        Node[] found = new Node[1];
        waitUntil("the Put back button shows", () -> {
            found[0] = find.call().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    private static CaseFile aCase(String otherParent, String child) {
        return new CaseFile(0, otherParent, Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY,
                Optional.empty(), List.of(new Child(0, child, LocalDate.of(2015, 3, 14))), new BigDecimal("4"));
    }
}
