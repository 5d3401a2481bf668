package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;

/**
 * Every payment the Payments page lists is on the Timeline, once, on its day: a reviewer once saw a payment missing
 * between others. The sample cases (Direct Pay, Collect and Pay, many payments), on each day of a week.
 */
class SamplePaymentsOnTheTimelineTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"realistic,2026-12-05", "realistic,2026-12-07", "realistic,2026-12-09", "collectAndPay,2026-12-05",
            "collectAndPay,2026-12-06", "collectAndPay,2026-12-08", "many,2026-12-05", "many,2026-12-10"})
    void everyPaymentOnce(String kind, String day) {
        Clock clock = Clock.fixed(Instant.parse(day + "T10:15:00Z"), ZoneId.of("Europe/London"));
        try (AppServices services = AppServices.open(folder.resolve(kind + day), clock)) {
            new SampleData(services, 3, kind.equals("many") ? 600 : 0, kind.equals("collectAndPay")).fill();
            CaseFile caseFile = services.cases.cases().get(0);
            LocalDate today = LocalDate.parse(day);
            List<String> paid = new ArrayList<>();
            for (Payment p : services.payments.payments(caseFile.id())) {
                if (!p.date().isAfter(today)) {
                    paid.add(p.date() + " " + p.id());
                }
            }
            paid.sort(null);
            List<String> shown = new ArrayList<>();
            for (TimelineSource source : services.timelineSources()) {
                for (TimelineEntry e : source.timeline(caseFile.id())) {
                    if (e.kind() == TimelineKind.PAYMENT) {
                        shown.add(e.happenedAt().toLocalDate() + " " + e.sourceId());
                    }
                }
            }
            shown.sort(null);
            assertEquals(paid, shown);
        }
    }
}
