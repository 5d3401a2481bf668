package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.CmsReference;
import uk.cml.domain.caseinfo.Arrangement;

/**
 * Everything a letter template may print, gathered by the caller from the case, the address book and the logs.
 * Templates never read a store: the UI (or the sample command) fills this. Parts a template does not use may be
 * empty; each template reports what it needs but lacks as {@link MissingFact}s.
 *
 * @param niNumber  the parent's National Insurance number, grouped (AB 12 34 56 C), or "" when not given
 * @param recipient name and address lines from the address book; empty to use the template's usual recipient
 *                  (only the other parent can be filled from the case)
 */
public record LetterFacts(Contact parent, String niNumber, CaseDetails caseDetails, Contact recipient,
        LocalDate letterDate, Optional<CallDetails> call, ArrearsDetails arrears, Optional<EarlierLetter> earlierLetter,
        List<String> effectOnChild, Optional<ComplaintDetails> complaint, Optional<WriteOffDetails> writeOff,
        Optional<SettlementDetails> settlement) {

    public LetterFacts {
        Objects.requireNonNull(parent, "parent");
        niNumber = Objects.requireNonNullElse(niNumber, "");
        Objects.requireNonNull(caseDetails, "caseDetails");
        recipient = Objects.requireNonNullElse(recipient, Contact.NONE);
        Objects.requireNonNull(letterDate, "letterDate");
        call = Objects.requireNonNullElse(call, Optional.empty());
        arrears = Objects.requireNonNullElse(arrears, ArrearsDetails.NONE);
        earlierLetter = Objects.requireNonNullElse(earlierLetter, Optional.empty());
        effectOnChild = effectOnChild == null ? List.of()
                : effectOnChild.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        complaint = Objects.requireNonNullElse(complaint, Optional.empty());
        writeOff = Objects.requireNonNullElse(writeOff, Optional.empty());
        settlement = Objects.requireNonNullElse(settlement, Optional.empty());
    }

    /** The parent and the case are enough to start; everything else is added with the builder. */
    public static Builder builder(Contact parent, CaseDetails caseDetails, LocalDate letterDate) {
        return new Builder(new LetterFacts(parent, "", caseDetails, Contact.NONE, letterDate, Optional.empty(),
                ArrearsDetails.NONE, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A name with postal lines (postcode last), and for the parent a phone and email. */
    public record Contact(String name, List<String> addressLines, String phone, String email) {
        public static final Contact NONE = new Contact("", List.of(), "", "");

        public Contact {
            name = Text.clean(name);
            addressLines = Text.cleanLines(addressLines);
            phone = Text.clean(phone);
            email = Text.clean(email);
        }

        public Contact(String name, List<String> addressLines) {
            this(name, addressLines, "", "");
        }

        public boolean isEmpty() {
            return name.isEmpty() && addressLines.isEmpty();
        }
    }

    /**
     * The case: who owes, the CMS reference if there is one, how maintenance is paid and for whom.
     *
     * @param addressPrivate the parent keeps their address from the other parent: letters to them carry no
     *                       address, phone or email of the parent
     */
    public record CaseDetails(String otherParentName, List<String> otherParentAddress,
            Optional<CmsReference> cmsReference, Arrangement arrangement, List<String> childrenFirstNames,
            boolean addressPrivate) {
        public CaseDetails {
            otherParentName = Text.clean(otherParentName);
            otherParentAddress = Text.cleanLines(otherParentAddress);
            cmsReference = Objects.requireNonNullElse(cmsReference, Optional.empty());
            Objects.requireNonNull(arrangement, "arrangement");
            childrenFirstNames = Text.cleanLines(childrenFirstNames);
        }

        public CaseDetails(String otherParentName, List<String> otherParentAddress,
                Optional<CmsReference> cmsReference, Arrangement arrangement, List<String> childrenFirstNames) {
            this(otherParentName, otherParentAddress, cmsReference, arrangement, childrenFirstNames, false);
        }
    }

    /** Collects facts; each setter replaces that part. */
    public static final class Builder {
        private LetterFacts f;

        private Builder(LetterFacts start) {
            f = start;
        }

        public Builder parent(Contact parent) {
            f = new LetterFacts(parent, f.niNumber, f.caseDetails, f.recipient, f.letterDate, f.call, f.arrears,
                    f.earlierLetter, f.effectOnChild, f.complaint, f.writeOff, f.settlement);
            return this;
        }

        public Builder niNumber(String niNumber) {
            f = new LetterFacts(f.parent, niNumber, f.caseDetails, f.recipient, f.letterDate, f.call, f.arrears,
                    f.earlierLetter, f.effectOnChild, f.complaint, f.writeOff, f.settlement);
            return this;
        }

        public Builder caseDetails(CaseDetails caseDetails) {
            f = new LetterFacts(f.parent, f.niNumber, caseDetails, f.recipient, f.letterDate, f.call, f.arrears,
                    f.earlierLetter, f.effectOnChild, f.complaint, f.writeOff, f.settlement);
            return this;
        }

        public Builder recipient(Contact recipient) {
            f = new LetterFacts(f.parent, f.niNumber, f.caseDetails, recipient, f.letterDate, f.call, f.arrears,
                    f.earlierLetter, f.effectOnChild, f.complaint, f.writeOff, f.settlement);
            return this;
        }

        public Builder letterDate(LocalDate letterDate) {
            f = new LetterFacts(f.parent, f.niNumber, f.caseDetails, f.recipient, letterDate, f.call, f.arrears,
                    f.earlierLetter, f.effectOnChild, f.complaint, f.writeOff, f.settlement);
            return this;
        }

        public Builder call(CallDetails call) {
            f = new LetterFacts(f.parent, f.niNumber, f.caseDetails, f.recipient, f.letterDate,
                    Optional.ofNullable(call), f.arrears, f.earlierLetter, f.effectOnChild, f.complaint, f.writeOff,
                    f.settlement);
            return this;
        }

        public Builder arrears(ArrearsDetails arrears) {
            f = new LetterFacts(f.parent, f.niNumber, f.caseDetails, f.recipient, f.letterDate, f.call, arrears,
                    f.earlierLetter, f.effectOnChild, f.complaint, f.writeOff, f.settlement);
            return this;
        }

        public Builder earlierLetter(EarlierLetter letter) {
            f = new LetterFacts(f.parent, f.niNumber, f.caseDetails, f.recipient, f.letterDate, f.call, f.arrears,
                    Optional.ofNullable(letter), f.effectOnChild, f.complaint, f.writeOff, f.settlement);
            return this;
        }

        public Builder effectOnChild(List<String> notes) {
            f = new LetterFacts(f.parent, f.niNumber, f.caseDetails, f.recipient, f.letterDate, f.call, f.arrears,
                    f.earlierLetter, notes, f.complaint, f.writeOff, f.settlement);
            return this;
        }

        public Builder complaint(ComplaintDetails complaint) {
            f = new LetterFacts(f.parent, f.niNumber, f.caseDetails, f.recipient, f.letterDate, f.call, f.arrears,
                    f.earlierLetter, f.effectOnChild, Optional.ofNullable(complaint), f.writeOff, f.settlement);
            return this;
        }

        public Builder writeOff(WriteOffDetails writeOff) {
            f = new LetterFacts(f.parent, f.niNumber, f.caseDetails, f.recipient, f.letterDate, f.call, f.arrears,
                    f.earlierLetter, f.effectOnChild, f.complaint, Optional.ofNullable(writeOff), f.settlement);
            return this;
        }

        public Builder settlement(SettlementDetails settlement) {
            f = new LetterFacts(f.parent, f.niNumber, f.caseDetails, f.recipient, f.letterDate, f.call, f.arrears,
                    f.earlierLetter, f.effectOnChild, f.complaint, f.writeOff, Optional.ofNullable(settlement));
            return this;
        }

        public LetterFacts build() {
            return f;
        }
    }
}
