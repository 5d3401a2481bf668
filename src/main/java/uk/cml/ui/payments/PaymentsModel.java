package uk.cml.ui.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.store.PaymentRecords;
import uk.cml.store.PaymentStore;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.CaseOfForm;
import uk.cml.ui.common.Jobs;
import uk.cml.ui.common.PageStatus;
import uk.cml.ui.common.SavedWithUndo;

/**
 * What the Payments page shows for the current case: the records and the schedule worked out from them, both
 * loaded off the JavaFX thread. Every change goes through {@link #change}, which saves, then reloads everything.
 */
final class PaymentsModel {

    /** A loaded state: the records, their schedule as of today, and which payments have evidence attached. */
    /** @param breakdownAsked the day the parent last wrote asking the CMS for a breakdown, if they have */
    record Loaded(CaseFile caseFile, PaymentRecords records, ArrearsSchedule schedule, Set<Long> withEvidence,
                  Optional<LocalDate> breakdownAsked) {
    }

    final PaymentStore store;
    /** For the views' own background work (a task with progress); null in a model's test, where no view is built. */
    final Background background;
    /** Where the model's saves and loads run: {@link #background} in the app, the test's thread in a model test. */
    final Jobs jobs;
    final Clock clock;
    private final ObjectProperty<CaseFile> currentCase;
    private final ObjectProperty<Loaded> loaded = new SimpleObjectProperty<>();
    private final PageStatus status = new PageStatus();
    /** True from asking for the records until the newest ask is answered: till then what is shown may be old. */
    private final BooleanProperty reading = new SimpleBooleanProperty(false);
    private long generation;
    private SavedWithUndo saved;

    PaymentsModel(PaymentStore store, Background background, Clock clock, ObjectProperty<CaseFile> currentCase) {
        this(store, background, background, clock, currentCase);
    }

    PaymentsModel(PaymentStore store, Background background, Jobs jobs, Clock clock,
                  ObjectProperty<CaseFile> currentCase) {
        this.store = store;
        this.background = background;
        this.jobs = jobs;
        this.clock = clock;
        this.currentCase = currentCase;
        currentCase.addListener((obs, old, now) -> {
            // "Recorded £43.21 on 20 Nov 2026" (and its Undo) was about the case shown before: beside another
            // case's figures it read as if it were that case's.
            status.clear();
            reload();
        });
    }

    ReadOnlyObjectProperty<Loaded> loaded() {
        return loaded;
    }

    /** Whether the current case's records are being read (the first time, or again after a change). */
    ReadOnlyBooleanProperty reading() {
        return reading;
    }

    /** The records of the case shown are read and none is being read again: what is shown is up to date. */
    boolean isRead() {
        return loaded.get() != null && !reading.get();
    }

    Optional<Loaded> now() {
        return Optional.ofNullable(loaded.get());
    }

    /** What the page's status line says: "Recorded ..." after a save goes once the parent moves on. */
    PageStatus status() {
        return status;
    }

    /**
     * The form was emptied or filled afresh (the parent chose to lose what they typed, or it was saved): "Nothing
     * was saved. Check the answers marked in red." no longer points at anything, so it goes. Any other words stay.
     */
    void formFilledAfresh() {
        status.refusalPutRight();
    }

    /** Says nothing was saved, as the answers marked in red explain. */
    void refuse() {
        status.refuse(uk.cml.ui.common.Messages.text("payments.adjustmentPanel.nothingWasSavedCheckThe"));
    }

    /** The page's "Saved" notice with Undo; the view gives it once its status line exists. */
    void useSavedNotice(SavedWithUndo notice) {
        saved = notice;
    }

    Optional<SavedWithUndo> savedNotice() {
        return Optional.ofNullable(saved);
    }

    /** On the JavaFX thread: says in plain words what went wrong (the log has the detail). */
    void showProblem(Throwable error) {
        status.problem(error);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Optional<CaseFile> caseFile() {
        return Optional.ofNullable(currentCase.get());
    }

    /**
     * How a payment came, before the parent says: under Collect and Pay through the CMS (the arrangement says so);
     * otherwise "not said" rather than a guess, for quick entry and as the full form's first choice (it started
     * on "Bank transfer", which a parent who did not change it then saw in a letter to the CMS).
     */
    PaymentMethod usualMethod() {
        return caseFile().filter(c -> c.arrangement() == Arrangement.COLLECT_AND_PAY)
                .map(c -> PaymentMethod.THROUGH_CMS).orElse(PaymentMethod.NOT_SAID);
    }

    /** A line of the parent's bank statement came into their account: a bank transfer, unless through the CMS. */
    PaymentMethod statementMethod() {
        return usualMethod() == PaymentMethod.THROUGH_CMS ? PaymentMethod.THROUGH_CMS : PaymentMethod.BANK_TRANSFER;
    }

    void reload() {
        CaseFile caseFile = currentCase.get();
        if (caseFile == null) {
            return;
        }
        long mine = ++generation;
        reading.set(true);
        LocalDate today = today();
        jobs.start(() -> {
            PaymentRecords read = store.records(caseFile.id());
            var schedule = read.schedule(today);
            // Quick entry's words a new due made untrue, with no record changed, re-said before they are listed.
            PaymentRecords records = read.hasPlan() ? store.keepQuickEntryWordsTrue(caseFile.id(), read, schedule)
                    : read;
            return new Loaded(caseFile, records, schedule,
                    store.paymentsWithEvidence(caseFile.id()), store.breakdownAsked(caseFile.id()));
        }, result -> {
            // A slower, older load must not replace a newer one (the case may have changed meanwhile).
            if (mine == generation) {
                loaded.set(result);
                reading.set(false);
            }
        }, error -> {
            if (mine == generation) {
                reading.set(false);
            }
            status.problem(error);
        });
    }

    /**
     * Saves in the background; on success says {@code done} (until the parent moves on) and reloads; on failure
     * says why.
     */
    <T> void change(Callable<T> work, String done, Consumer<T> after) {
        jobs.start(work, result -> {
            status.done(done);
            after.accept(result);
            reload();
        }, status::problem);
    }

    /**
     * As {@link #change}, for a correction: {@code work} gives nothing when the store found nothing changed (the
     * same answers saved again), and then the page says so ({@link PageStatus#nothingChanged}), offers no Undo and
     * runs {@code unchanged} instead of {@code after}.
     */
    <T> void correct(Callable<Optional<T>> work, String done, Consumer<T> after, Runnable unchanged) {
        jobs.start(work, result -> {
            if (result.isEmpty()) {
                unchanged.run();
                status.nothingChanged();
                return;
            }
            status.done(done);
            after.accept(result.get());
            reload();
        }, status::problem);
    }

    /**
     * Links a payment already saved to the document that shows it, at once (its own transaction, kept in the
     * payment's history; its figures untouched), then reads the records afresh and runs {@code saved}; or says why
     * not ({@code failed}).
     */
    void linkEvidence(long paymentId, Optional<Long> document, Runnable saved, Consumer<String> failed) {
        jobs.start(() -> {
            store.attachEvidence(paymentId, document);
            return Boolean.TRUE;
        }, done -> {
            reload();
            saved.run();
        }, error -> failed.accept(uk.cml.ui.common.Problems.forParent(error)));
    }

    /**
     * For one form of the page: the case it was begun for, so it is never saved under another. Made after the
     * model's own reload on a change of case, so the form hears of the change ({@code changed}) once the new case
     * is being loaded.
     */
    CaseOfForm caseOfForm(Runnable changed) {
        return new CaseOfForm(currentCase, changed);
    }

    long caseId() {
        return caseFile().map(CaseFile::id).orElseThrow();
    }
}
