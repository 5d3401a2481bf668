package uk.cml.ui.audit;

import org.junit.jupiter.api.Test;

/** The layout audit in the dark theme (see {@link LayoutAudit}). */
class DarkLayoutAuditTest extends LayoutAudit {

    @Test
    void dark() throws Exception {
        audit("dark");
    }
}
