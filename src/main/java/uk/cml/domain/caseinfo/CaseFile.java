package uk.cml.domain.caseinfo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.CmsReference;
import uk.cml.domain.Words;

/**
 * One maintenance case: the parent is owed by one other parent. A parent owed by two other parents
 * keeps two cases, and every record belongs to exactly one.
 *
 * @param collectionFeePercent the share the CMS keeps from what it passes on under Collect and Pay
 *                             (4% when this was written; it is due to change, so it is data, not code)
 */
public record CaseFile(long id, String otherParentName, Optional<PostalAddress> otherParentAddress,
                       WorkSituation otherParentWork, Arrangement arrangement, Optional<CmsReference> cmsReference,
                       List<Child> children, BigDecimal collectionFeePercent) {

    public CaseFile {
        children = List.copyOf(children);
    }

    /** What the case is called in the case switcher. */
    public String title() {
        return Words.text("caseinfo.case.owedBy", otherParentName);
    }

    public CaseFile withId(long newId) {
        return new CaseFile(newId, otherParentName, otherParentAddress, otherParentWork, arrangement, cmsReference,
                children, collectionFeePercent);
    }
}
