package uk.cml.domain.todo;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.domain.caseinfo.CaseFile;

/**
 * A CMS case saved without its reference, as the parent chose in set-up or on the Case page ("I don't have it to
 * hand"): until it is added, What needs doing says where to find it, and letters to the CMS wait for it (reviewer
 * rv10: a new parent without the CMS letter could not finish set-up).
 */
public final class AddTheReference {

    private AddTheReference() {
    }

    /**
     * The to-do, dated today, while the case is with the CMS and has no reference: "Add your CMS reference: it is on
     * every letter from the CMS, or call the CMS on 0800 171 2345 (free)." The number is the address book's CMS phone
     * line, as the parent keeps it; "free" only of an 0800 number; without the line, only where the letters are.
     */
    public static Optional<TodoItem> todo(CaseFile caseFile, Optional<String> cmsPhone, LocalDate today) {
        if (!caseFile.arrangement().involvesCms() || caseFile.cmsReference().isPresent()) {
            return Optional.empty();
        }
        String phone = cmsPhone.map(String::strip).filter(p -> !p.isEmpty()).orElse("");
        String what = phone.isEmpty() ? Words.text("todo.case.addReference")
                : phone.replace(" ", "").startsWith("0800") ? Words.text("todo.case.addReferenceCallFree", phone)
                : Words.text("todo.case.addReferenceCall", phone);
        return Optional.of(new TodoItem(today, what, TodoKind.ADD_CMS_REFERENCE, caseFile.id()));
    }
}
