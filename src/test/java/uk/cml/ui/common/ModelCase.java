package uk.cml.ui.common;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.cml.app.AppServices;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;

/**
 * A parent's records in a temporary folder (a real SQLite file), with one case set up and chosen, for trying
 * page models without a window. Close it after the test.
 */
public final class ModelCase implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    public final AppServices services;
    public final ObjectProperty<CaseFile> currentCase = new SimpleObjectProperty<>();
    public final InlineJobs jobs = new InlineJobs();
    public final long caseId;

    public ModelCase(Path folder) {
        this(folder, Arrangement.DIRECT_PAY);
    }

    /** As above, under {@code arrangement} (Collect and Pay: the CMS's fee of 4%). */
    public ModelCase(Path folder, Arrangement arrangement) {
        services = AppServices.open(folder, CLOCK);
        caseId = services.cases.completeSetup(new MyDetails("Sam Taylor", new PostalAddress(List.of(
                "14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()), new CaseFile(0, "Jordan Reed",
                Optional.empty(), WorkSituation.EMPLOYED, arrangement, Optional.empty(),
                List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14))), new BigDecimal("4")));
    }

    /** Chooses the case, as the app does once the records are open. */
    public void choose() {
        currentCase.set(services.cases.find(caseId).orElseThrow());
    }

    @Override
    public void close() {
        services.close();
    }
}
