package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;

/** Turns the case records into letter facts, so the screen and the sample command fill them the same way. */
public final class CaseFacts {

    private CaseFacts() {
    }

    /**
     * The parent and the case; the details of calls, arrears and complaints are added by the caller.
     *
     * @param arrangements   the case's arrangement history (the Case page's), the one source of how it is arranged
     * @param addressPrivate the case setting "keep my address private from the other parent"
     */
    public static LetterFacts.Builder from(MyDetails me, CaseFile caseFile, ArrangementHistory arrangements,
                                           LocalDate letterDate, boolean addressPrivate) {
        LetterFacts.Contact parent = new LetterFacts.Contact(me.fullName(), me.address().printedLines(), me.phone(),
                me.email());
        LetterFacts.CaseDetails details = new LetterFacts.CaseDetails(caseFile.otherParentName(),
                caseFile.otherParentAddress().map(PostalAddress::printedLines).orElse(List.of()),
                caseFile.cmsReference(), arrangements,
                caseFile.children().stream().map(Child::firstName).toList(), caseFile.otherParentWork(),
                Optional.empty(), addressPrivate);
        return LetterFacts.builder(parent, details, letterDate)
                .niNumber(me.niNumber().map(ni -> ni.grouped()).orElse(""));
    }

    /** An address-book entry as a letter's recipient. */
    public static LetterFacts.Contact recipient(AddressBookEntry entry) {
        return new LetterFacts.Contact(entry.name(), entry.postalAddress().printedLines());
    }
}
