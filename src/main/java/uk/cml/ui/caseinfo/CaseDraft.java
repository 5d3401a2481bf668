package uk.cml.ui.caseinfo;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.cml.domain.CmsReference;
import uk.cml.domain.NiNumber;
import uk.cml.domain.UkDates;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.PlanInput;
import uk.cml.domain.arrears.PlanRules;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.CaseRules;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PlanFields;

/**
 * Everything the parent has typed about themselves and a case, exactly as typed, so that going Back,
 * Cancel or a refused answer never loses anything. Converted to domain objects only once checked.
 */
public final class CaseDraft {

    /** One child as typed: the date of birth stays text until it is checked. */
    public static final class ChildDraft {
        final long id;
        final StringProperty firstName = new SimpleStringProperty("");
        final StringProperty dateOfBirth = new SimpleStringProperty("");

        ChildDraft(long id) {
            this.id = id;
        }
    }

    final StringProperty myName = new SimpleStringProperty("");
    final StringProperty myAddress = new SimpleStringProperty("");
    final StringProperty myPostcode = new SimpleStringProperty("");
    final StringProperty myPhone = new SimpleStringProperty("");
    final StringProperty myEmail = new SimpleStringProperty("");
    final StringProperty myNiNumber = new SimpleStringProperty("");
    final StringProperty otherName = new SimpleStringProperty("");
    final StringProperty otherAddress = new SimpleStringProperty("");
    final StringProperty otherPostcode = new SimpleStringProperty("");
    final ObjectProperty<WorkSituation> otherWork = new SimpleObjectProperty<>(WorkSituation.NOT_KNOWN);
    /**
     * Null until the parent chooses: a choice made for them (Direct Pay, once) became a false record for a parent
     * who clicked through, and with it "Taken from: CMS calculation letter" for the amount.
     */
    final ObjectProperty<Arrangement> arrangement = new SimpleObjectProperty<>();
    final StringProperty cmsReference = new SimpleStringProperty("");
    /**
     * The parent says they do not have the CMS reference to hand and will add it later (reviewer rv10: a parent who had
     * mislaid the CMS letter could not finish set-up). Only this choice leaves a CMS case's reference empty: an empty
     * field without it is refused as before, so the reference is never silently missing.
     */
    final javafx.beans.property.BooleanProperty referenceLater = new javafx.beans.property.SimpleBooleanProperty();
    /** The Collect and Pay fee a new case starts with, until the parent says (see the facts sheet). */
    static final String DEFAULT_FEE = "4";
    final StringProperty feePercent = new SimpleStringProperty(DEFAULT_FEE);
    /** When an existing case's fee changes: the day the new rate starts, as typed. */
    final StringProperty feeFrom = new SimpleStringProperty("");
    /** The case's rates as saved; none for a new case, whose one rate applies from the start. */
    FeeRule savedFee = FeeRule.NONE;
    /** A saved case's arrangements with their dates, and the checks on a move; none for a new case. */
    Optional<ArrangementMove> move = Optional.empty();
    /** When a saved case moves to another arrangement: the day it moved, as typed. */
    final StringProperty movedOn = new SimpleStringProperty("");
    private Optional<BigDecimal> savedPercent = Optional.empty();
    /** What should be paid, as typed in set-up: all empty when the parent will add it later on the Payments page. */
    final StringProperty planAmount = new SimpleStringProperty("");
    /**
     * Null until the parent chooses, as the arrangement: "Weekly" chosen for them and skimmed past became a false
     * schedule, and every arrears figure and letter follows from the schedule.
     */
    final ObjectProperty<PaymentFrequency> planFrequency = new SimpleObjectProperty<>();
    final StringProperty planFirstDue = new SimpleStringProperty("");
    /**
     * Where the amount comes from, as the parent typed it; empty unless they say. It used to be filled in from the
     * arrangement ("CMS calculation letter"), and the check page then read back a source the parent never gave.
     */
    final StringProperty planSource = new SimpleStringProperty("");
    final ObservableList<ChildDraft> children = FXCollections.observableArrayList();
    private long caseId;
    /** The parent's other cases, to warn when this one is given one of their references. Never saved with it. */
    private List<CaseFile> otherCases = List.of();

    public CaseDraft() {
        children.add(new ChildDraft(0));
    }

    /**
     * A draft of a saved case, with its fee rates and arrangements, and the day a new rate or a move would start
     * unless the parent says.
     */
    public static CaseDraft of(MyDetails me, CaseFile caseFile, FeeRule fee, ArrangementHistory arrangements,
            LocalDate today) {
        CaseDraft draft = of(me, caseFile);
        draft.savedFee = fee;
        draft.savedPercent = Optional.of(caseFile.collectionFeePercent());
        draft.feeFrom.set(UkDates.forField(today));
        draft.move = Optional.of(new ArrangementMove(arrangements, today));
        draft.movedOn.set(UkDates.forField(today));
        return draft;
    }

    /** Whether the parent has chosen an arrangement with the CMS in it; false while none is chosen. */
    boolean involvesCms() {
        return arrangement.get() != null && arrangement.get().involvesCms();
    }

    /** Whether this is a saved case moved to another arrangement, so the day it moved is needed. */
    boolean moving() {
        return move.map(m -> m.isMove(arrangement.get())).orElse(false);
    }

    public static CaseDraft of(MyDetails me, CaseFile caseFile) {
        CaseDraft draft = new CaseDraft();
        draft.fillMyDetails(me);
        draft.caseId = caseFile.id();
        draft.otherName.set(caseFile.otherParentName());
        caseFile.otherParentAddress().ifPresent(a -> {
            draft.otherAddress.set(a.linesAsText());
            draft.otherPostcode.set(a.postcode());
        });
        draft.otherWork.set(caseFile.otherParentWork());
        draft.arrangement.set(caseFile.arrangement());
        draft.cmsReference.set(caseFile.cmsReference().map(CmsReference::grouped).orElse(""));
        // A CMS case saved without its reference was saved so by the parent's choice: the box stays ticked.
        draft.referenceLater.set(caseFile.arrangement().involvesCms() && caseFile.cmsReference().isEmpty());
        draft.feePercent.set(caseFile.collectionFeePercent().toPlainString());
        draft.children.clear();
        for (Child child : caseFile.children()) {
            ChildDraft row = new ChildDraft(child.id());
            row.firstName.set(child.firstName());
            row.dateOfBirth.set(UkDates.forField(child.dateOfBirth()));
            draft.children.add(row);
        }
        return draft;
    }

    /** Tells the draft which cases the parent already has (this one among them or not). */
    public CaseDraft besides(List<CaseFile> cases) {
        otherCases = cases.stream().filter(c -> c.id() != caseId).toList();
        return this;
    }

    /**
     * Another case with the reference typed, if one has it: worth a warning, never a refusal, since a parent may
     * have a reason (a case split, or a reference mistyped on the other case).
     */
    Optional<CaseFile> sameReferenceAs(String typed) {
        var parsed = CmsReference.parse(typed);
        if (!parsed.isOk() || !involvesCms() || referenceLater.get()) {
            return Optional.empty();
        }
        return otherCases.stream().filter(c -> c.cmsReference().equals(Optional.of(parsed.value()))).findFirst();
    }

    /**
     * The check shown beside the CMS reference and again on set-up's Check your answers page: a whole reference that
     * does not begin as CMS references do ({@link CmsReference#unusualStart}) is worth checking against the CMS
     * letter. A warning, never a refusal: the reference is kept as typed and the parent can go on. Empty when there
     * is nothing to say, or the CMS is not involved.
     */
    Optional<String> referenceCheck() {
        return involvesCms() && !referenceLater.get() && CmsReference.unusualStart(cmsReference.get())
                ? Optional.of(Messages.text("caseinfo.arrangementForm.checkTheReference")) : Optional.empty();
    }

    /**
     * What is wrong with the CMS reference as the parent left it: the reference's own checks
     * ({@link CmsReference#parse}) unless the parent said they will add it later; nothing when the CMS is not involved.
     */
    Optional<String> referenceProblem() {
        if (!involvesCms() || referenceLater.get()) {
            return Optional.empty();
        }
        // Empty: the way on for a parent without the letter is said with the refusal.
        return cmsReference.get().isBlank() ? Optional.of(Messages.text("caseinfo.arrangementForm.enterOrAddLater"))
                : CmsReference.parse(cmsReference.get()).problem();
    }

    /** Whether the case is saved without its CMS reference, as the parent chose ({@link #referenceLater}). */
    boolean referenceToAddLater() {
        return involvesCms() && referenceLater.get();
    }

    /** A draft for another case: the parent's own details are already known. */
    public static CaseDraft forNewCase(MyDetails me) {
        CaseDraft draft = new CaseDraft();
        draft.fillMyDetails(me);
        return draft;
    }

    private void fillMyDetails(MyDetails me) {
        myName.set(me.fullName());
        myAddress.set(me.address().linesAsText());
        myPostcode.set(me.address().postcode());
        myPhone.set(me.phone());
        myEmail.set(me.email());
        myNiNumber.set(me.niNumber().map(NiNumber::grouped).orElse(""));
    }

    /** Only call once the forms have checked every answer. */
    public MyDetails toMyDetails() {
        Optional<NiNumber> ni = myNiNumber.get().isBlank() ? Optional.empty()
                : Optional.of(NiNumber.parse(myNiNumber.get()).value());
        return new MyDetails(myName.get().strip(), PostalAddress.of(myAddress.get(),
                CaseRules.normalisePostcode(myPostcode.get())), CaseRules.normalisePhone(myPhone.get()),
                myEmail.get().strip(), ni);
    }

    /** Whether this is a saved case whose Collect and Pay fee has been changed, so a start date is needed. */
    boolean feeChanged() {
        if (savedPercent.isEmpty() || arrangement.get() != Arrangement.COLLECT_AND_PAY) {
            return false;
        }
        try {
            return new BigDecimal(feePercent.get().strip().replace("%", "")).compareTo(savedPercent.get()) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Only call once the forms have checked every answer. */
    public CaseFile toCaseFile() {
        PostalAddress address = PostalAddress.of(otherAddress.get(), CaseRules.normalisePostcode(otherPostcode.get()));
        Optional<CmsReference> reference = arrangement.get().involvesCms() && !referenceLater.get()
                ? Optional.of(CmsReference.parse(cmsReference.get()).value()) : Optional.empty();
        return new CaseFile(caseId, otherName.get().strip(), address.isEmpty() ? Optional.empty() : Optional.of(address),
                otherWork.get(), arrangement.get(), reference,
                children.stream().map(c -> new Child(c.id, c.firstName.get().strip(),
                        UkDates.parse(c.dateOfBirth.get()).orElseThrow())).toList(),
                savedPercent.isPresent() && arrangement.get() != Arrangement.COLLECT_AND_PAY ? savedPercent.get()
                        : arrangement.get() != Arrangement.COLLECT_AND_PAY
                        && ArrangementForm.feeProblem(feePercent.get()).isPresent()
                        // Typed under Collect and Pay, then another chosen: the fee was not asked, so not checked.
                        ? new BigDecimal(DEFAULT_FEE) : new BigDecimal(feePercent.get().strip().replace("%", "")));
    }

    /** Whether the parent has started to say what should be paid (an amount or a date typed, or how often chosen). */
    boolean hasPlan() {
        return !planAmount.get().isBlank() || !planFirstDue.get().isBlank() || planFrequency.get() != null
                || !planSource.get().isBlank();
    }

    /**
     * What is wrong with what should be paid, by {@link uk.cml.domain.arrears.PlanRules} field, in the plan form's
     * words; none when nothing is typed (the parent adds it later).
     */
    Map<String, String> planProblems(LocalDate today) {
        if (!hasPlan()) {
            return Map.of();
        }
        Map<String, String> problems = new java.util.HashMap<>(PlanFields.problems(planInput(),
                !planFirstDue.get().isBlank() && firstDue().isEmpty(), today, List.of(),
                Optional.of(Messages.text("caseinfo.planForm.zeroAdvice"))));
        if (planSource().isEmpty()) {
            // Optional in set-up: read back as "not given" rather than made up. The Payments page asks for it.
            problems.remove(PlanRules.SOURCE);
        }
        return problems;
    }

    /** What should be paid, once {@link #planProblems} found nothing; empty when it is to be added later. */
    public Optional<PaymentPlan> toPlan() {
        return hasPlan() ? Optional.of(PlanRules.toPlan(planInput(), 0)) : Optional.empty();
    }

    /** Where the amount comes from, only as the parent gave it: empty when they did not say. */
    String planSource() {
        return planSource.get().strip();
    }

    private PlanInput planInput() {
        return new PlanInput(planAmount.get(), planFrequency.get(), firstDue().orElse(null), false, planSource());
    }

    /**
     * A reminder when the first payment fell due before {@code today}: every payment due since then counts as
     * missed until the parent adds what came, so say so (on the plan step and on Check your answers). It used to
     * wait until the date was two months past, but two months of weekly payments is eight or nine counted missed.
     * Empty when the date is today, in the future, not typed or not a date.
     */
    public Optional<String> pastPaymentsHint(LocalDate today) {
        return firstDue().filter(d -> d.isBefore(today))
                .map(d -> Messages.text("caseinfo.planForm.addPastPayments"));
    }

    Optional<LocalDate> firstDue() {
        return UkDates.parse(planFirstDue.get());
    }

    public ChildDraft addChild() {
        ChildDraft child = new ChildDraft(0);
        children.add(child);
        return child;
    }

    /** The draft as text, kept when the parent cancels set-up so it is there next time. */
    public String save() {
        Properties p = new Properties();
        p.setProperty("myName", myName.get());
        p.setProperty("myAddress", myAddress.get());
        p.setProperty("myPostcode", myPostcode.get());
        p.setProperty("myPhone", myPhone.get());
        p.setProperty("myEmail", myEmail.get());
        p.setProperty("myNiNumber", myNiNumber.get());
        p.setProperty("otherName", otherName.get());
        p.setProperty("otherAddress", otherAddress.get());
        p.setProperty("otherPostcode", otherPostcode.get());
        p.setProperty("otherWork", otherWork.get().name());
        p.setProperty("arrangement", arrangement.get() == null ? "" : arrangement.get().name());
        p.setProperty("cmsReference", cmsReference.get());
        p.setProperty("referenceLater", String.valueOf(referenceLater.get()));
        p.setProperty("feePercent", feePercent.get());
        p.setProperty("planAmount", planAmount.get());
        // Under its own name: a draft kept before "how often" started empty said WEEKLY whether chosen or not.
        p.setProperty("planHowOften", planFrequency.get() == null ? "" : planFrequency.get().name());
        p.setProperty("planFirstDue", planFirstDue.get());
        p.setProperty("planSource", planSource.get());
        p.setProperty("children", String.valueOf(children.size()));
        for (int i = 0; i < children.size(); i++) {
            p.setProperty("child." + i + ".firstName", children.get(i).firstName.get());
            p.setProperty("child." + i + ".dateOfBirth", children.get(i).dateOfBirth.get());
        }
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    /**
     * How often, as kept. A draft kept before the choice started empty has only "planFrequency", which was WEEKLY
     * whenever the parent had not chosen: that one is taken as no choice, so they are asked; any other was chosen.
     */
    private static PaymentFrequency howOften(Properties p) {
        String kept = p.getProperty("planHowOften");
        if (kept == null) {
            String old = p.getProperty("planFrequency", "");
            kept = old.equals(PaymentFrequency.WEEKLY.name()) ? "" : old;
        }
        return kept.isEmpty() ? null : PaymentFrequency.valueOf(kept);
    }

    public static CaseDraft restore(String saved) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(saved));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        CaseDraft draft = new CaseDraft();
        draft.myName.set(p.getProperty("myName", ""));
        draft.myAddress.set(p.getProperty("myAddress", ""));
        draft.myPostcode.set(p.getProperty("myPostcode", ""));
        draft.myPhone.set(p.getProperty("myPhone", ""));
        draft.myEmail.set(p.getProperty("myEmail", ""));
        draft.myNiNumber.set(p.getProperty("myNiNumber", ""));
        draft.otherName.set(p.getProperty("otherName", ""));
        draft.otherAddress.set(p.getProperty("otherAddress", ""));
        draft.otherPostcode.set(p.getProperty("otherPostcode", ""));
        draft.otherWork.set(WorkSituation.valueOf(p.getProperty("otherWork", "NOT_KNOWN")));
        String arranged = p.getProperty("arrangement", "");
        draft.arrangement.set(arranged.isEmpty() ? null : Arrangement.valueOf(arranged));
        draft.cmsReference.set(p.getProperty("cmsReference", ""));
        draft.referenceLater.set(Boolean.parseBoolean(p.getProperty("referenceLater", "false")));
        draft.feePercent.set(p.getProperty("feePercent", "4"));
        draft.planAmount.set(p.getProperty("planAmount", ""));
        draft.planFrequency.set(howOften(p));
        draft.planFirstDue.set(p.getProperty("planFirstDue", ""));
        draft.planSource.set(p.getProperty("planSource", ""));
        int count = Integer.parseInt(p.getProperty("children", "1"));
        draft.children.clear();
        for (int i = 0; i < Math.max(count, 1); i++) {
            ChildDraft child = draft.addChild();
            child.firstName.set(p.getProperty("child." + i + ".firstName", ""));
            child.dateOfBirth.set(p.getProperty("child." + i + ".dateOfBirth", ""));
        }
        return draft;
    }
}
