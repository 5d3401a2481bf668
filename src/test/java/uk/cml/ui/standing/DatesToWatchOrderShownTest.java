package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.ui.WithTheApp;

/**
 * In the whole app on Sunday 22 November 2026: a promise made on a call of 2 November, due by 10 November, has gone
 * by; one made on 19 November is due by 1 December. Dates to watch shows what is next first, then what has gone by
 * (it once led with the broken promise of 10 November, in plain date order).
 */
class DatesToWatchOrderShownTest extends WithTheApp {

    @BeforeEach
    void twoPromises() {
        withCase(CaseFileBuilder.jordanReed().children().build(), (services, caseId) -> {
            services.calls.add(new Call(0, caseId, LocalDate.of(2026, 11, 2).atTime(9, 0), CallDirection.I_CALLED,
                    "0800 171 2345", "Sam", "", "", "Asked about arrears.", "send the breakdown",
                    Optional.of(LocalDate.of(2026, 11, 10)), "", Optional.empty(), false, false, null));
            services.calls.add(new Call(0, caseId, LocalDate.of(2026, 11, 19).atTime(10, 15), CallDirection.I_CALLED,
                    "0800 171 2345", "Karen", "", "", "Asked about the missed payments.", "call me back",
                    Optional.of(LocalDate.of(2026, 12, 1)), "", Optional.empty(), false, false, null));
        });
        openTheApp();
        waitFor("#overview-todos");
    }

    private String words(String id) {
        return ((Labeled) waitFor(id)).getText();
    }

    @Test
    void whatIsNextComesFirst() {
        press("#nav-where-things-stand");
        waitUntil("the dates load", () -> lookup("#standing-deadline-1").tryQuery().isPresent());
        assertTrue(words("#standing-deadline-0").startsWith("1 Dec 2026  On your call of 19 Nov 2026 you noted: "
                + "\"call me back\""),
                words("#standing-deadline-0"));
        assertTrue(words("#standing-deadline-1").startsWith("10 Nov 2026  On your call of 2 Nov 2026 you noted: "
                + "\"send the breakdown\""),
                words("#standing-deadline-1"));
        // The passed one keeps its red words, under its own line.
        assertTrue(lookup("#standing-deadline-1-passed").tryQuery().isPresent());
    }
}
