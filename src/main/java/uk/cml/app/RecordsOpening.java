package uk.cml.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.safety.TypingDrafts;
import java.util.logging.Logger;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.privacy.Passcodes;
import uk.cml.ui.overview.OverviewModel;
import uk.cml.ui.overview.OverviewView;
import uk.cml.ui.common.Appearance;
import uk.cml.ui.common.SystemAppearance;

/**
 * What the window needs from the records before it can show them, read off the FX thread while the window's frame
 * is built. The order is the data's safety: the folder (owner-only) before the log creates it, then the one-copy
 * lock, a restore that was cut off finished and leftovers tidied, and only then the records opened.
 */
record RecordsOpening(AppServices services, OverviewModel overview, Passcodes passcodes, List<CaseFile> cases,
                      Optional<String> draft, Optional<WindowBounds> bounds, Optional<Long> lastCase,
                      Appearance appearance, boolean dark, Map<String, TypingDrafts.Draft> typing) {

    static final String DRAFT_SETTING = "setup.draft";
    static final String LAST_CASE_SETTING = "case.last";
    private static final Logger LOG = Logger.getLogger(RecordsOpening.class.getName());

    /** Off the FX thread. Empty when another copy has these records open: it has been asked to come forward. */
    static Optional<RecordsOpening> open(Path dataFolder, Clock clock, StartupTimes times) throws Exception {
        DataFolder.create(dataFolder);
        AppLogging.start(dataFolder);
        Passcodes passcodes = PrivacyWiring.readPasscodes(dataFolder, clock);
        times.mark("data folder, log and privacy settings");
        AppServices opened;
        try {
            // Opening also finishes a restore that was cut off and tidies leftovers, before the records open.
            opened = AppServices.open(dataFolder, clock);
        } catch (AppServices.AlreadyOpen e) {
            if (!BringForward.windowOpen(dataFolder)) {
                // Held by a command with no window (export-pack, a backup from the command line): nothing to bring
                // forward, and the records are free again in a moment.
                throw new Busy(e);
            }
            // Not a fault: no stack trace anywhere, just a word to the copy that is open.
            BringForward.request(dataFolder);
            return Optional.empty();
        }
        times.mark("lock, database, migration check and journal");
        Appearance appearance = opened.settings.get(Appearance.SETTING).map(Appearance::parse)
                .orElse(Appearance.SYSTEM);
        RecordsOpening read = new RecordsOpening(opened, MainScreens.overviewModel(opened), passcodes,
                opened.cases.cases(),
                opened.settings.get(DRAFT_SETTING),
                opened.settings.get(WindowBounds.SETTING).flatMap(WindowBounds::parse),
                opened.settings.get(LAST_CASE_SETTING).flatMap(RecordsOpening::savedCaseId), appearance,
                appearance.dark(appearance == Appearance.SYSTEM && SystemAppearance.prefersDark()),
                opened.drafts.all());
        times.mark("cases and settings read");
        return Optional.of(read);
    }

    /**
     * Reads the Overview's figures for the case it opens on, when the app opens on the Overview: off the FX thread,
     * straight after {@link #open}, while the window is built.
     */
    void readAhead(String firstPage, LocalDate today) {
        if (!cases.isEmpty() && OverviewView.KEY.equals(firstPage)) {
            overview.readAhead(firstCase().id(), today);
        }
    }

    /** The case to open on: the one open last time, or else the first. Only when there is a case. */
    CaseFile firstCase() {
        return lastCase.flatMap(id -> cases.stream().filter(c -> c.id() == id).findFirst()).orElse(cases.get(0));
    }

    /** A damaged setting only means the first case opens: it must never stop the records opening. */
    static Optional<Long> savedCaseId(String saved) {
        try {
            return Optional.of(Long.parseLong(saved.strip()));
        } catch (NumberFormatException e) {
            LOG.warning("Ignored the saved case \"" + saved + "\": not a case number");
            return Optional.empty();
        }
    }

    /** The records are held by a task with no window, run from the command line. */
    static final class Busy extends RuntimeException {
        Busy(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

}
