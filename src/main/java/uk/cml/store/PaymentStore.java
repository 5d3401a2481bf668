package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.TextLimit;
import uk.cml.domain.Words;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.PaymentSpread;
import uk.cml.domain.arrears.QuickEntryWords;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineSource;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.todo.AnswerOldCalls;
import uk.cml.domain.todo.TellTheCms;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.TodoSource;

/**
 * Payment plans, payments received and arrears adjustments for each case. A correction keeps the earlier version;
 * removing moves a record to the bin, from where it can be put back. The arrears themselves are never stored: they
 * are worked out from these records each time, so they can never disagree with them.
 */
public final class PaymentStore implements TimelineSource, TodoSource {

    /** The three kinds of record, each with its table. */
    public enum Kind {
        PLAN("payment_plan"), PAYMENT("payment"), ADJUSTMENT("adjustment");

        final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    private final Database database;
    private final History history;
    private final Clock clock;

    private final ArrearsCalculator calculator;

    /** On the calendar of England and Wales as shipped, with no day the parent added: for tests. */
    public PaymentStore(Database database, History history, Clock clock) {
        this(database, history, clock, new ArrearsCalculator());
    }

    /** @param calculator works out the dues on the app's one calendar, so a bank holiday the parent added counts */
    public PaymentStore(Database database, History history, Clock clock, ArrearsCalculator calculator) {
        this.database = database;
        this.history = history;
        this.clock = clock;
        this.calculator = calculator;
    }

    /** Everything needed to work out the case's arrears, read in one transaction. */
    public PaymentRecords records(long caseId) {
        return database.read(c -> new PaymentRecords(caseId, PaymentRows.plans(c, caseId, false),
                PaymentRows.payments(c, caseId, false), PaymentRows.adjustments(c, caseId, false),
                PaymentRows.fee(c, caseId), PaymentRows.withPassOn(c, calculator, true)));
    }

    /** The arrears schedule as it stood at the end of {@code asOf}, with the case's Collect and Pay fee. */
    public ArrearsSchedule schedule(long caseId, LocalDate asOf) {
        return records(caseId).schedule(asOf, LocalDate.now(clock));
    }

    public List<PaymentPlan> plans(long caseId) {
        return database.read(c -> readPlans(c, caseId));
    }

    /**
     * Everything needed to work out the case's arrears, on any connection, worked out on {@code calculator}'s
     * calendar: the spreadsheet export reads them with the rest of the case.
     */
    public static PaymentRecords readRecords(Connection c, long caseId, ArrearsCalculator calculator)
            throws SQLException {
        return new PaymentRecords(caseId, PaymentRows.plans(c, caseId, false), PaymentRows.payments(c, caseId, false),
                PaymentRows.adjustments(c, caseId, false), PaymentRows.fee(c, caseId),
                PaymentRows.withPassOn(c, calculator, true));
    }

    /** The case's plans not in the bin, on any connection: Check records reads them read-only. */
    public static List<PaymentPlan> readPlans(Connection c, long caseId) throws SQLException {
        return PaymentRows.plans(c, caseId, false);
    }

    public List<Payment> payments(long caseId) {
        return database.read(c -> PaymentRows.payments(c, caseId, false));
    }

    public List<Adjustment> adjustments(long caseId) {
        return database.read(c -> PaymentRows.adjustments(c, caseId, false));
    }

    public List<PaymentPlan> plansInBin(long caseId) {
        return database.read(c -> PaymentRows.plans(c, caseId, true));
    }

    public List<Payment> paymentsInBin(long caseId) {
        return database.read(c -> PaymentRows.payments(c, caseId, true));
    }

    public List<Adjustment> adjustmentsInBin(long caseId) {
        return database.read(c -> PaymentRows.adjustments(c, caseId, true));
    }

    /** Adds a plan (id 0) or saves a correction to one, keeping its earlier version. Returns the id. */
    public long savePlan(long caseId, PaymentPlan plan) {
        return database.inTransaction(c -> savePlan(c, caseId, plan));
    }

    /**
     * Corrects a plan, as {@link #savePlan(long, PaymentPlan)} does; the same answers saved again record nothing.
     * Returns whether anything changed.
     */
    public boolean correctPlan(long caseId, PaymentPlan plan) {
        return database.inTransaction(c -> writePlan(c, caseId, plan).changed());
    }

    /** As {@link #savePlan(long, PaymentPlan)}, inside a transaction the caller holds (set-up's, say). */
    long savePlan(Connection c, long caseId, PaymentPlan plan) throws SQLException {
        return writePlan(c, caseId, plan).id();
    }

    private Written writePlan(Connection c, long caseId, PaymentPlan plan) throws SQLException {
        String now = now();
        Written written = save(c, Kind.PLAN, plan.id(), caseId, "amount_pence, frequency, first_due, source, "
                + "recorded_at", s -> {
                    s.setLong(1, plan.amount().pence());
                    s.setString(2, plan.frequency().name());
                    s.setString(3, plan.firstDue().toString());
                    s.setString(4, TypedText.within(TextLimit.NOTE, plan.source()).strip());
                    s.setString(5, now);
                });
        if (written.changed()) {
            keepQuickEntryWordsTrue(c, caseId);
        }
        return written;
    }

    /**
     * Adds or corrects a payment, with the due it was for if the parent said (a new, changed or removed link is a
     * correction like any other: the earlier version is kept). A correction leaves its evidence as it was.
     */
    public long savePayment(long caseId, Payment payment) {
        return database.inTransaction(c -> {
            long id = savePayment(c, caseId, payment, now());
            keepQuickEntryWordsTrue(c, caseId);
            return id;
        });
    }

    /**
     * Adds or corrects a payment together with its evidence (a document of the case, or none), in one transaction,
     * so a correction keeps one earlier version holding both the old figures and the old evidence.
     */
    public long savePayment(long caseId, Payment payment, Optional<Long> evidenceDocumentId) {
        return database.inTransaction(c -> writePayment(c, caseId, payment, evidenceDocumentId).id());
    }

    /**
     * Corrects a payment together with its evidence, as {@link #savePayment(long, Payment, Optional)} does; the same
     * answers saved again (and the same evidence) record nothing. Returns whether anything changed.
     */
    public boolean correctPayment(long caseId, Payment payment, Optional<Long> evidenceDocumentId) {
        return database.inTransaction(c -> writePayment(c, caseId, payment, evidenceDocumentId).changed());
    }

    private Written writePayment(Connection c, long caseId, Payment payment, Optional<Long> evidenceDocumentId)
            throws SQLException {
        if (payment.id() == 0) {
            long id = savePayment(c, caseId, payment, now());
            setEvidence(c, id, evidenceDocumentId);
            keepQuickEntryWordsTrue(c, caseId);
            return new Written(id, true);
        }
        Payment corrected = withTrueQuickEntryWords(c, caseId, payment);
        boolean changed = history.correct(c, Kind.PAYMENT.table, payment.id(), cc -> {
            update(cc, Kind.PAYMENT, payment.id(), caseId, PAYMENT_COLUMNS, paymentValues(corrected, now()));
            return setEvidence(cc, payment.id(), evidenceDocumentId);
        });
        if (changed) {
            keepQuickEntryWordsTrue(c, caseId);
        }
        return new Written(payment.id(), changed);
    }

    /** Links a payment to the document that shows it (or unlinks it), keeping the earlier version. */
    public void attachEvidence(long paymentId, Optional<Long> documentId) {
        database.inTransaction(c -> history.correct(c, Kind.PAYMENT.table, paymentId,
                cc -> setEvidence(cc, paymentId, documentId)));
    }

    /** The ids of the case's payments that have evidence attached, for marking them in a list. */
    public Set<Long> paymentsWithEvidence(long caseId) {
        return database.read(c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM payment WHERE case_id = ? "
                    + "AND evidence_document_id IS NOT NULL")) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            return Set.copyOf(ids);
        });
    }

    /** The document that shows this payment arrived, if the parent attached one. */
    public Optional<Long> evidenceOf(long paymentId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT evidence_document_id FROM payment WHERE id = ?")) {
                s.setLong(1, paymentId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<Long>empty();
                    }
                    long id = r.getLong(1);
                    return r.wasNull() ? Optional.<Long>empty() : Optional.of(id);
                }
            }
        });
    }

    /** Saves many new payments in one transaction (an import): all of them, or none. Returns how many. */
    public int addPayments(long caseId, List<Payment> payments) {
        return database.inTransaction(c -> {
            String now = now();
            for (Payment payment : payments) {
                if (payment.id() != 0) {
                    throw new IllegalArgumentException("Only new payments can be added together");
                }
                savePayment(c, caseId, payment, now);
            }
            keepQuickEntryWordsTrue(c, caseId);
            return payments.size();
        });
    }

    public long saveAdjustment(long caseId, Adjustment adjustment) {
        return database.inTransaction(c -> saveAdjustment(c, caseId, adjustment));
    }

    /**
     * Corrects an adjustment, as {@link #saveAdjustment(long, Adjustment)} does; the same answers saved again record
     * nothing. Returns whether anything changed.
     */
    public boolean correctAdjustment(long caseId, Adjustment adjustment) {
        return database.inTransaction(c -> correctAdjustment(c, caseId, adjustment));
    }

    /** {@link #correctAdjustment(long, Adjustment)} within the caller's transaction (a letter and its figure). */
    boolean correctAdjustment(Connection c, long caseId, Adjustment adjustment) throws SQLException {
        return writeAdjustment(c, caseId, adjustment).changed();
    }

    /**
     * Saves an adjustment (id 0) or a correction of one, keeping the earlier version, within the caller's
     * transaction: a received letter and the CMS figure it states are saved together ({@link ReceivedLetterStore}).
     */
    long saveAdjustment(Connection c, long caseId, Adjustment adjustment) throws SQLException {
        return writeAdjustment(c, caseId, adjustment).id();
    }

    private Written writeAdjustment(Connection c, long caseId, Adjustment adjustment) throws SQLException {
        Written written = save(c, Kind.ADJUSTMENT, adjustment.id(), caseId,
                "made_on, kind, amount_pence, note, fee_basis, recorded_at", s -> {
                    s.setString(1, adjustment.date().toString());
                    s.setString(2, adjustment.kind().name());
                    s.setLong(3, adjustment.amount().pence());
                    s.setString(4, TypedText.within(TextLimit.NOTE, adjustment.note()).strip());
                    s.setString(5, adjustment.basis().name());
                    s.setString(6, now());
                });
        if (written.changed()) {
            keepQuickEntryWordsTrue(c, caseId);
        }
        return written;
    }

    /** Moves a record to the bin. Its figures stop counting at once; {@link #restore} puts it back. */
    public void moveToBin(Kind kind, long id) {
        setDeleted(kind, id, now());
    }

    public void restore(Kind kind, long id) {
        setDeleted(kind, id, null);
    }

    /** The earlier versions of a corrected record, oldest first (one kept by a save that changed nothing left out). */
    public List<History.EarlierVersion> earlierVersions(Kind kind, long id) {
        return database.read(c -> history.corrections(c, kind.table, id));
    }

    /** The corrections the app made of the payment's note, not the parent, oldest first ({@link AppCorrections}). */
    public List<AppCorrections.AppCorrection> appCorrections(long paymentId) {
        return database.read(c -> AppCorrections.ofPayment(c, paymentId));
    }

    @Override
    public List<TimelineEntry> timeline(long caseId) {
        return timeline(caseId, LocalDate.now(clock));
    }

    /** Payments and changes up to {@code until}, and the dues still short of money at the end of that day. */
    @Override
    public List<TimelineEntry> timeline(long caseId, LocalDate until) {
        ArrearsSchedule schedule = records(caseId).schedule(until, LocalDate.now(clock));
        return database.read(c -> PaymentEvents.timeline(c, caseId, schedule));
    }

    /** The day the parent last wrote asking the CMS for information, such as a breakdown (see BreakdownAsked). */
    public Optional<LocalDate> breakdownAsked(long caseId) {
        return database.read(c -> BreakdownAsked.lastAsked(c, caseId));
    }

    @Override
    public List<TodoItem> todos(long caseId, LocalDate today) {
        PaymentRecords records = records(caseId);
        return todos(caseId, today, records.hasPlan() ? Optional.of(records.schedule(today)) : Optional.empty());
    }

    /**
     * As {@link #todos(long, LocalDate)}, from the case's arrears schedule as of {@code today} already worked out
     * from its records (none with no plan): the Overview works it out for its figures, and its to-dos and figures
     * then come from the one reading, which for years of weekly payments is the largest piece of its refresh.
     */
    public List<TodoItem> todos(long caseId, LocalDate today, Optional<ArrearsSchedule> worked) {
        if (worked.isEmpty()) {
            return PaymentEvents.noPlanTodos(today);
        }
        // Worked out once for both: for years of weekly payments the schedule is the largest piece of the list.
        ArrearsSchedule schedule = worked.get();
        ArrangementHistory arrangements = database.read(c -> ArrangementRows.history(c, caseId));
        List<TodoItem> todos = PaymentEvents.todos(schedule, today,
                database.read(c -> BreakdownAsked.lastAsked(c, caseId)),
                database.read(c -> CmsToldOfArrears.lastTold(c, caseId)),
                database.read(c -> OtherParentWrittenTo.lastLetter(c, caseId)), arrangements);
        // Telling the CMS names the same dues as "payments in a row" and the latest short due: one to-do for them.
        List<TodoItem> told = database.read(c -> CmsToldOfArrears.todo(c, caseId, schedule, today))
                .map(tell -> TellTheCms.inPlaceOf(todos, tell, arrangements)).orElse(todos);
        // Calls with no answer to "did you tell them?" count as not told: asked about while they matter.
        List<TodoItem> all = new java.util.ArrayList<>(told);
        all.addAll(AnswerOldCalls.todos(schedule, database.read(c -> CmsToldOfArrears.unansweredCalls(c, caseId))));
        return all;
    }

    private static final String PAYMENT_COLUMNS = "paid_on, amount_pence, method, reference, note, for_due, "
            + "recorded_at";

    private long savePayment(Connection c, long caseId, Payment payment, String now) throws SQLException {
        Payment kept = payment.id() == 0 ? payment : withTrueQuickEntryWords(c, caseId, payment);
        return save(c, Kind.PAYMENT, payment.id(), caseId, PAYMENT_COLUMNS, paymentValues(kept, now)).id();
    }

    /**
     * A correction of a payment whose note starts with quick entry's words ("Part arrived (due 30 Sep 2026)"), with
     * those words made true of the payment as corrected ({@link QuickEntryWords#afterCorrection}), worked out from the
     * schedule with the correction in place; the parent's own words are kept. Any other payment as it is.
     */
    private Payment withTrueQuickEntryWords(Connection c, long caseId, Payment payment) throws SQLException {
        String savedNote;
        Optional<LocalDate> savedDue;
        try (PreparedStatement s = c.prepareStatement("SELECT note, for_due FROM payment WHERE id = ? AND case_id = ?")) {
            s.setLong(1, payment.id());
            s.setLong(2, caseId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return payment;
                }
                savedNote = r.getString(1);
                savedDue = Optional.ofNullable(r.getString(2)).map(LocalDate::parse);
            }
        }
        if (QuickEntryWords.leading(savedNote, savedDue).isEmpty()) {
            return payment;
        }
        if (payment.forDue().isEmpty()) {
            return withTrueQuickEntryWords(savedNote, savedDue, payment, Optional.empty(), null);
        }
        List<Payment> payments = new ArrayList<>();
        for (Payment saved : PaymentRows.payments(c, caseId, false)) {
            payments.add(saved.id() == payment.id() ? payment : saved);
        }
        ArrearsSchedule schedule = schedule(c, caseId, payments, clock, calculator);
        return withTrueQuickEntryWords(savedNote, savedDue, payment, Optional.of(schedule),
                PaymentSpread.countedFor(schedule));
    }

    /**
     * The one rule for quick entry's words, whatever changed the payment's due: {@code payment} with the words
     * {@code savedNote} started with made true of the due as {@code schedule} counts it ({@link
     * QuickEntryWords#afterCorrection}; a payment linked to no due keeps none of them).
     *
     * @param counted whether a payment's money counted for a due in {@code schedule}, as the Payments page's "For the
     *                due" says it ({@link PaymentSpread}); null with no schedule
     */
    private static Payment withTrueQuickEntryWords(String savedNote, Optional<LocalDate> savedDue, Payment payment,
            Optional<ArrearsSchedule> schedule, PaymentSpread.CountedFor counted) {
        Optional<ScheduleLine> line = schedule.isEmpty() || payment.forDue().isEmpty() ? Optional.empty()
                : schedule.get().lines().stream().filter(l -> l.date().equals(payment.forDue().get())).findFirst();
        boolean countedForIt = schedule.isPresent() && payment.forDue().isPresent()
                && counted.counted(payment.date(), payment.amount(), payment.forDue().get());
        String note = QuickEntryWords.afterCorrection(savedNote, savedDue, payment, line, countedForIt);
        return note.equals(payment.note()) ? payment : new Payment(payment.id(), payment.date(), payment.amount(),
                payment.method(), payment.reference(), note, payment.forDue());
    }

    /** The case's schedule with {@code payments} (the saved ones, or with one as corrected), to today or later. */
    static ArrearsSchedule schedule(Connection c, long caseId, List<Payment> payments, Clock clock,
            ArrearsCalculator calculator) throws SQLException {
        LocalDate asOf = LocalDate.now(clock);
        for (Payment payment : payments) {
            asOf = payment.date().isAfter(asOf) ? payment.date() : asOf;
        }
        return new PaymentRecords(caseId, PaymentRows.plans(c, caseId, false), payments,
                PaymentRows.adjustments(c, caseId, false), PaymentRows.fee(c, caseId),
                PaymentRows.withPassOn(c, calculator, false)).scheduleWith(payments, asOf);
    }

    /**
     * Time alone can make quick entry's words untrue, with no record changed: a due arriving takes the money dated in
     * its early days (sent before a weekend) from the due before it, which that money had finished until then, so the
     * "Arrived late" of the payment that finished it with that money is now only a part of it. So each time the
     * Overview or the Payments page reads a case ({@code records}, read just before) and works out its schedule to
     * today ({@code worked}), off the FX thread, the words are checked against it by the one rule: for each payment
     * whose note starts with them, whether the rule on {@code worked} gives the note it has. No transaction and no
     * write when all are true, as they are at nearly every reading; otherwise (or when a payment is dated after
     * {@code worked}'s day, which it does not count) they are re-said by the path every change takes ({@link
     * #keepQuickEntryWordsTrue(Connection, long)}), in a transaction of its own, on the records as they are then.
     * Returns the records with the notes as they now are: {@code records} itself when nothing was re-said.
     */
    public PaymentRecords keepQuickEntryWordsTrue(long caseId, PaymentRecords records, ArrearsSchedule worked) {
        boolean untrue = false;
        PaymentSpread.CountedFor counted = null;
        for (Payment payment : records.payments()) {
            if (QuickEntryWords.leading(payment.note(), payment.forDue()).isEmpty()) {
                continue;
            }
            counted = counted == null ? PaymentSpread.countedFor(worked) : counted;
            if (payment.date().isAfter(worked.asOf()) || !withTrueQuickEntryWords(payment.note(), payment.forDue(),
                    payment, Optional.of(worked), counted).note().equals(payment.note())) {
                untrue = true;
                break;
            }
        }
        if (!untrue) {
            return records;
        }
        return database.inTransaction(c -> {
            keepQuickEntryWordsTrue(c, caseId);
            return readRecords(c, caseId, calculator);
        });
    }

    /**
     * {@link #keepQuickEntryWordsTrue(Connection, long)} for every case, within the caller's transaction: a bank
     * holiday is the country's, so one added, corrected, removed or put back can change whether money was late for a
     * due of any case ({@link BankHolidayStore}). Run once the calendar of this store's calculator counts the change.
     */
    public void keepQuickEntryWordsTrueInEveryCase(Connection c) throws SQLException {
        List<Long> cases = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT case_id FROM payment WHERE deleted_at IS NULL "
                + "ORDER BY case_id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                cases.add(r.getLong(1));
            }
        }
        for (long caseId : cases) {
            keepQuickEntryWordsTrue(c, caseId);
        }
    }

    /**
     * After any change to how the case's money counts (a payment, plan or adjustment saved, corrected, moved to the Bin
     * or put back; the CMS fee or the arrangement changed on the Case page, {@link CaseStore}; a bank holiday added,
     * corrected, removed or put back, {@link #keepQuickEntryWordsTrueInEveryCase}), quick entry's words on every payment of the case made true again, by the same rule as a payment's own
     * correction: another payment's correction can move the money counted for a due, so the £40.00 that quick entry
     * recorded as "Part arrived" is now what finished the due. Each payment whose words are no longer true is
     * corrected, by the app, in the same transaction ({@link #resayNote}): its earlier version kept, the journal
     * noting it, the parent's own words after the app's kept.
     */
    void keepQuickEntryWordsTrue(Connection c, long caseId) throws SQLException {
        List<Payment> payments = PaymentRows.payments(c, caseId, false);
        // The words are worked out from the note as last written, before the app re-said them since: a change undone
        // (a fee cut, a bank holiday, another payment) then leaves them as they were (AppCorrections#asWritten).
        Map<Long, String> written = new HashMap<>();
        Set<Long> amended = amendedPayments(c, caseId);
        for (Payment payment : payments) {
            if (amended.contains(payment.id())) {
                AppCorrections.asWritten(c, payment.id()).ifPresent(note -> written.put(payment.id(), note));
            }
        }
        if (payments.stream().noneMatch(p -> written.containsKey(p.id())
                || QuickEntryWords.leading(p.note(), p.forDue()).isPresent())) {
            return;
        }
        ArrearsSchedule schedule = schedule(c, caseId, payments, clock, calculator);
        PaymentSpread.CountedFor counted = PaymentSpread.countedFor(schedule);
        for (Payment payment : payments) {
            String saved = written.getOrDefault(payment.id(), payment.note());
            if (QuickEntryWords.leading(saved, payment.forDue()).isEmpty()) {
                continue;
            }
            Payment asWritten = new Payment(payment.id(), payment.date(), payment.amount(), payment.method(),
                    payment.reference(), saved, payment.forDue());
            Payment now = withTrueQuickEntryWords(saved, payment.forDue(), asWritten, Optional.of(schedule),
                    counted);
            if (!now.note().equals(payment.note())) {
                resayNote(c, history, caseId, payment.id(), now.note());
            }
        }
    }

    /** The case's payments with an earlier version kept: only those can have had their words re-said by the app. */
    private static Set<Long> amendedPayments(Connection c, long caseId) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT a.record_id FROM amendment a JOIN payment p "
                + "ON p.id = a.record_id WHERE a.record_table = 'payment' AND p.case_id = ?")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * The app's correction of a payment's note alone, its words re-said: the earlier version kept ({@link
     * History#correct}), the journal's triggers noting it, and its {@code recorded_at} left as the parent's last save
     * (the app saved nothing for them; the history tells the app's change by this). V033's repair writes the same way.
     */
    static boolean resayNote(Connection c, History history, long caseId, long paymentId, String note)
            throws SQLException {
        return history.correct(c, Kind.PAYMENT.table, paymentId, cc -> {
            try (PreparedStatement s = cc.prepareStatement(
                    "UPDATE payment SET note = ? WHERE id = ? AND case_id = ? AND deleted_at IS NULL")) {
                s.setString(1, note);
                s.setLong(2, paymentId);
                s.setLong(3, caseId);
                return s.executeUpdate();
            }
        });
    }

    private static Binder paymentValues(Payment payment, String now) {
        return s -> {
            s.setString(1, payment.date().toString());
            s.setLong(2, payment.amount().pence());
            s.setString(3, payment.method().name());
            s.setString(4, TypedText.within(TextLimit.SHORT, payment.reference()).strip());
            s.setString(5, TypedText.within(TextLimit.NOTE, payment.note()).strip());
            s.setString(6, payment.forDue().map(LocalDate::toString).orElse(null));
            s.setString(7, now);
        };
    }

    private static int setEvidence(Connection c, long paymentId, Optional<Long> documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE payment SET evidence_document_id = ? WHERE id = ?")) {
            s.setObject(1, documentId.orElse(null));
            s.setLong(2, paymentId);
            if (s.executeUpdate() != 1) {
                throw new StoreException(Words.text("store.payment.evidenceNotAttached"));
            }
            return 1;
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** What a save did: the record's id, and whether it changed anything (a new record always does). */
    private record Written(long id, boolean changed) {
    }

    /**
     * INSERT for a new record; for an existing one keep its earlier version, then UPDATE the same columns, unless
     * they hold those answers already ({@link History#correct}).
     */
    private Written save(Connection c, Kind kind, long id, long caseId, String columns, Binder binder)
            throws SQLException {
        String[] names = columns.split(", ");
        if (id == 0) {
            String sql = "INSERT INTO " + kind.table + " (" + columns + ", case_id) VALUES ("
                    + "?, ".repeat(names.length) + "?)";
            try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                binder.bind(insert);
                insert.setLong(names.length + 1, caseId);
                return new Written(PaymentRows.insertedId(insert), true);
            }
        }
        return new Written(id, history.correct(c, kind.table, id, cc -> update(cc, kind, id, caseId, columns,
                binder)));
    }

    private static int update(Connection c, Kind kind, long id, long caseId, String columns, Binder binder)
            throws SQLException {
        String[] names = columns.split(", ");
        String sql = "UPDATE " + kind.table + " SET " + String.join(" = ?, ", names) + " = ? WHERE id = ? AND case_id = ?";
        try (PreparedStatement update = c.prepareStatement(sql)) {
            binder.bind(update);
            update.setLong(names.length + 1, id);
            update.setLong(names.length + 2, caseId);
            if (update.executeUpdate() != 1) {
                throw new StoreException(Words.text("store.payment.recordGone"));
            }
        }
        return 1;
    }

    private void setDeleted(Kind kind, long id, String when) {
        database.inTransaction(c -> {
            int changed;
            try (PreparedStatement s = c.prepareStatement("UPDATE " + kind.table + " SET deleted_at = ? WHERE id = ?")) {
                s.setString(1, when);
                s.setLong(2, id);
                changed = s.executeUpdate();
            }
            // Money moved to the Bin, or put back, counts no more, or again: the words on the others re-said.
            try (PreparedStatement s = c.prepareStatement("SELECT case_id FROM " + kind.table + " WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        keepQuickEntryWordsTrue(c, r.getLong(1));
                    }
                }
            }
            return changed;
        });
    }

    private String now() {
        return LocalDateTime.now(clock).toString();
    }
}
