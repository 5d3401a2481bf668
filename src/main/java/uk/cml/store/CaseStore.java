package uk.cml.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.CmsReference;
import uk.cml.domain.NiNumber;
import uk.cml.domain.Words;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.CaseRules;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;

/** The parent's own details and their cases, each with its children. Changes keep their earlier versions. */
public final class CaseStore {

    private final Database database;
    private final History history;
    private final Clock clock;
    private final PaymentStore payments;

    /** With the payments worked out on the calendar as shipped, with no day the parent added: for tests. */
    public CaseStore(Database database, History history, Clock clock) {
        this(database, history, clock, new PaymentStore(database, history, clock));
    }

    /**
     * @param payments the app's payments, on its one calendar: a change to the case's fee or arrangement re-says quick
     *                 entry's words on its payments in the same transaction, as a change to a payment does
     */
    public CaseStore(Database database, History history, Clock clock, PaymentStore payments) {
        this.database = database;
        this.history = history;
        this.clock = clock;
        this.payments = payments;
    }

    /** The first-run answers, saved together: either all of them are kept or none. Returns the new case id. */
    public long completeSetup(MyDetails me, CaseFile firstCase) {
        return database.inTransaction(c -> {
            writeMyDetails(c, me);
            return insertCase(c, firstCase);
        });
    }

    public Optional<MyDetails> myDetails() {
        return database.read(CaseStore::readMyDetails);
    }

    /** The parent's own details as the Case page reads them, on any connection: Check records reads them read-only. */
    public static Optional<MyDetails> readMyDetails(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT full_name, address_lines, postcode, phone, email, ni_number "
                     + "FROM my_details WHERE id = 1")) {
            if (!r.next()) {
                return Optional.empty();
            }
            String ni = r.getString(6);
            return Optional.of(new MyDetails(r.getString(1), PostalAddress.of(r.getString(2), r.getString(3)),
                    r.getString(4), r.getString(5), ni == null ? Optional.empty() : Optional.of(new NiNumber(ni))));
        }
    }

    public void saveMyDetails(MyDetails me) {
        database.inTransaction(c -> {
            writeMyDetails(c, me);
            return null;
        });
    }

    public List<CaseFile> cases() {
        return database.read(CaseStore::readCases);
    }

    /** The cases not in the bin as the Case page reads them, on any connection, as {@link #readMyDetails}. */
    public static List<CaseFile> readCases(Connection c) throws SQLException {
        List<CaseFile> cases = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM case_file WHERE deleted_at IS NULL ORDER BY id")) {
            while (r.next()) {
                long id = r.getLong("id");
                cases.add(caseFrom(r, ChildRows.children(c, id), FeeRows.latest(c, id)));
            }
        }
        return cases;
    }

    public Optional<CaseFile> find(long caseId) {
        return cases().stream().filter(k -> k.id() == caseId).findFirst();
    }

    public long create(CaseFile caseFile) {
        return database.inTransaction(c -> insertCase(c, caseFile));
    }

    /**
     * Saves a corrected case; a new Collect and Pay fee, or a move to another arrangement, applies from today. See
     * {@link #update(CaseFile, LocalDate, LocalDate)}.
     */
    public void update(CaseFile caseFile) {
        update(caseFile, LocalDate.now(clock));
    }

    /** As {@link #update(CaseFile, LocalDate, LocalDate)} with a move to another arrangement from today. */
    public void update(CaseFile caseFile, LocalDate feeFrom) {
        update(caseFile, feeFrom, LocalDate.now(clock));
    }

    /**
     * Saves a corrected case. The earlier version of the case and of each changed child is kept. A Collect and Pay
     * fee different from the latest rate applies from {@code feeFrom}: the rates before that date stay as they were.
     * An arrangement different from the latest is a move from {@code movedOn}: the dues before it keep theirs.
     */
    public void update(CaseFile caseFile, LocalDate feeFrom, LocalDate movedOn) {
        database.inTransaction(c -> afterChange(c, caseFile.id(), updateCase(c, caseFile, feeFrom, movedOn)));
    }

    /** The case's Collect and Pay fee with its dates, as the arrears are worked out with it. */
    public FeeRule fee(long caseId) {
        return database.read(c -> FeeRows.rule(c, caseId));
    }

    /** The case's arrangements with their dates: the one in force on each day. */
    public ArrangementHistory arrangements(long caseId) {
        return database.read(c -> ArrangementRows.history(c, caseId));
    }

    /** Saves a corrected case, its children, fee and arrangement; returns whether anything changed. */
    private boolean updateCase(Connection c, CaseFile caseFile, LocalDate feeFrom, LocalDate movedOn)
            throws SQLException {
        refuseWhatTheFormsRefuse(CaseRules.notToKeep(caseFile));
        boolean changed = false;
        if (FeeRows.latest(c, caseFile.id()).compareTo(caseFile.collectionFeePercent()) != 0) {
            FeeRows.rateFrom(c, history, caseFile.id(), feeFrom, caseFile.collectionFeePercent(), now());
            changed = true;
        }
        if (ArrangementRows.history(c, caseFile.id()).latest() != caseFile.arrangement()) {
            ArrangementRows.movedOn(c, history, caseFile.id(), movedOn, caseFile.arrangement(), now());
            changed = true;
        }
        changed |= history.correct(c, "case_file", caseFile.id(), cc -> {
            try (PreparedStatement u = cc.prepareStatement("UPDATE case_file SET other_parent_name = ?, "
                    + "other_parent_address_lines = ?, other_parent_postcode = ?, other_parent_work = ?, "
                    + "arrangement = ?, cms_reference = ?, collection_fee_percent = ?, recorded_at = ? WHERE id = ?")) {
                bindCase(u, caseFile);
                // The mirrors: the latest rate and the latest arrangement (the one in force today).
                Arrangement latest = ArrangementRows.history(cc, caseFile.id()).latest();
                u.setString(5, latest.name());
                u.setString(6, latest.involvesCms() ? caseFile.cmsReference().map(CmsReference::digits)
                        .orElse(null) : null);
                u.setString(7, FeeRows.latest(cc, caseFile.id()).toPlainString());
                u.setLong(9, caseFile.id());
                return u.executeUpdate();
            }
        });
        return ChildRows.update(c, history, caseFile, now()) | changed;
    }

    /** As {@link #saveCorrections(MyDetails, CaseFile, LocalDate, LocalDate)} with both from today. */
    public boolean saveCorrections(MyDetails me, CaseFile caseFile) {
        LocalDate today = LocalDate.now(clock);
        return saveCorrections(me, caseFile, today, today);
    }

    /**
     * Saves corrections to the parent's details and to a case together, keeping both earlier versions; a new
     * Collect and Pay fee applies from {@code feeFrom}, a move to another arrangement from {@code movedOn}.
     */
    public boolean saveCorrections(MyDetails me, CaseFile caseFile, LocalDate feeFrom, LocalDate movedOn) {
        return saveCorrections(me, caseFile, feeFrom, movedOn, CorrectedDays.NONE);
    }

    /**
     * As {@link #saveCorrections(MyDetails, CaseFile, LocalDate, LocalDate)}, with the first day of the latest move
     * and of the latest rate corrected as {@code days} says (each earlier version kept) before anything else is saved.
     * The same answers saved again record nothing, in any of the tables; returns whether anything changed.
     */
    public boolean saveCorrections(MyDetails me, CaseFile caseFile, LocalDate feeFrom, LocalDate movedOn,
            CorrectedDays days) {
        return database.inTransaction(c -> {
            boolean changed = writeMyDetails(c, me);
            if (days.latestMove().isPresent()
                    && !days.latestMove().get().equals(ArrangementRows.history(c, caseFile.id()).latestSince())) {
                ArrangementRows.latestMoveOn(c, history, caseFile.id(), days.latestMove().get(), now());
                changed = true;
            }
            if (days.latestRate().isPresent()
                    && !days.latestRate().get().equals(FeeRows.rule(c, caseFile.id()).latestRateSince())) {
                FeeRows.latestRateFrom(c, history, caseFile.id(), days.latestRate().get(), now());
                changed = true;
            }
            return afterChange(c, caseFile.id(), updateCase(c, caseFile, feeFrom, movedOn) | changed);
        });
    }

    /**
     * After a save that changed anything: a new Collect and Pay fee (or the day it began) changes what a payment
     * through the CMS is worked back to, so whether it paid its due in full; a move to another arrangement (or its
     * day) whether the due's money "arrived" through the CMS or was "paid". Quick entry's words on the case's payments
     * are made true again by the payments' one rule, in this transaction ({@link PaymentStore#keepQuickEntryWordsTrue}).
     * Returns {@code changed}.
     */
    private boolean afterChange(Connection c, long caseId, boolean changed) throws SQLException {
        if (changed) {
            payments.keepQuickEntryWordsTrue(c, caseId);
        }
        return changed;
    }

    public List<History.EarlierVersion> earlierVersions(long caseId) {
        return database.read(c -> history.corrections(c, "case_file", caseId));
    }

    /** Saves the parent's own details, keeping the earlier version; returns whether anything changed. */
    boolean writeMyDetails(Connection c, MyDetails me) throws SQLException {
        refuseWhatTheFormsRefuse(CaseRules.notToKeep(me));
        return history.correct(c, "my_details", 1, cc -> {
            try (PreparedStatement upsert = cc.prepareStatement("INSERT INTO my_details "
                    + "(id, full_name, address_lines, postcode, phone, email, ni_number, recorded_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET full_name = excluded.full_name, address_lines = excluded.address_lines, "
                    + "postcode = excluded.postcode, phone = excluded.phone, email = excluded.email, "
                    + "ni_number = excluded.ni_number, recorded_at = excluded.recorded_at")) {
                upsert.setString(1, me.fullName().strip());
                upsert.setString(2, me.address().linesAsText());
                upsert.setString(3, me.address().postcode());
                upsert.setString(4, CaseRules.normalisePhone(me.phone()));
                upsert.setString(5, me.email().strip());
                upsert.setString(6, me.niNumber().map(NiNumber::value).orElse(null));
                upsert.setString(7, now());
                return upsert.executeUpdate();
            }
        });
    }

    long insertCase(Connection c, CaseFile caseFile) throws SQLException {
        refuseWhatTheFormsRefuse(CaseRules.notToKeep(caseFile));
        long id;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO case_file (other_parent_name, "
                + "other_parent_address_lines, other_parent_postcode, other_parent_work, arrangement, cms_reference, "
                + "collection_fee_percent, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bindCase(insert, caseFile);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        FeeRows.insertFirst(c, id, caseFile.collectionFeePercent(), now());
        ArrangementRows.insertFirst(c, id, caseFile.arrangement(), now());
        int position = 0;
        for (Child child : caseFile.children()) {
            ChildRows.insert(c, id, child, position++, now());
        }
        return id;
    }

    private void bindCase(PreparedStatement s, CaseFile k) throws SQLException {
        PostalAddress address = k.otherParentAddress().orElse(PostalAddress.of("", ""));
        s.setString(1, k.otherParentName().strip());
        s.setString(2, address.linesAsText());
        s.setString(3, address.postcode());
        s.setString(4, k.otherParentWork().name());
        s.setString(5, k.arrangement().name());
        s.setString(6, k.arrangement().involvesCms() ? k.cmsReference().map(CmsReference::digits).orElse(null) : null);
        s.setString(7, k.collectionFeePercent().toPlainString());
        s.setString(8, now());
    }

    /**
     * The case forms' limits, kept here too (as {@link TypedText} keeps the other forms'), so a name, an address or a
     * phone number the forms refuse cannot be saved by another route. Nothing is written: the transaction is undone.
     */
    private static void refuseWhatTheFormsRefuse(Optional<String> problem) {
        if (problem.isPresent()) {
            throw new StoreException(Words.text("store.case.notKept", problem.get()));
        }
    }

    private static CaseFile caseFrom(ResultSet r, List<Child> children, BigDecimal latestFee) throws SQLException {
        String lines = r.getString("other_parent_address_lines");
        String postcode = r.getString("other_parent_postcode");
        PostalAddress address = PostalAddress.of(lines, postcode);
        return new CaseFile(r.getLong("id"), r.getString("other_parent_name"),
                address.isEmpty() ? Optional.empty() : Optional.of(address),
                WorkSituation.valueOf(r.getString("other_parent_work")), Arrangement.valueOf(r.getString("arrangement")),
                CmsReference.ofNullable(r.getString("cms_reference")), children, latestFee);
    }

    private String now() {
        return LocalDateTime.now(clock).toString();
    }
}
