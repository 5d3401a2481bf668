package uk.cml.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.CmsReference;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;

/**
 * A new case file for a test. {@link #jordanReed()} starts from the one most tests use: Jordan Reed, employed, no
 * address known, CMS Direct Pay, no CMS reference, one child Mia (born 14 Mar 2015), a 4% collection fee; each
 * method changes one thing.
 */
public final class CaseFileBuilder {

    private String otherParent;
    private Optional<PostalAddress> address = Optional.empty();
    private WorkSituation work = WorkSituation.EMPLOYED;
    private Arrangement arrangement = Arrangement.DIRECT_PAY;
    private Optional<CmsReference> reference = Optional.empty();
    private List<Child> children = List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14)));
    private BigDecimal feePercent = new BigDecimal("4");

    private CaseFileBuilder(String otherParent) {
        this.otherParent = otherParent;
    }

    public static CaseFileBuilder jordanReed() {
        return new CaseFileBuilder("Jordan Reed");
    }

    public CaseFileBuilder otherParent(String name) {
        otherParent = name;
        return this;
    }

    /** The other parent's address: its lines, then the postcode. */
    public CaseFileBuilder livingAt(String postcode, String... lines) {
        address = Optional.of(new PostalAddress(List.of(lines), postcode));
        return this;
    }

    public CaseFileBuilder work(WorkSituation situation) {
        work = situation;
        return this;
    }

    public CaseFileBuilder arrangement(Arrangement chosen) {
        arrangement = chosen;
        return this;
    }

    /** The CMS reference, as typed (checked as the app checks it). */
    public CaseFileBuilder cmsReference(String typed) {
        reference = Optional.of(CmsReference.parse(typed).value());
        return this;
    }

    public CaseFileBuilder children(Child... named) {
        children = List.of(named);
        return this;
    }

    public CaseFileBuilder feePercent(String percent) {
        feePercent = new BigDecimal(percent);
        return this;
    }

    public CaseFile build() {
        return new CaseFile(0, otherParent, address, work, arrangement, reference, children, feePercent);
    }
}
