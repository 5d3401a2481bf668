package uk.cml.ui.audit;

import org.junit.jupiter.api.Test;

/** The layout audit in the light theme (see {@link LayoutAudit}). */
class LightLayoutAuditTest extends LayoutAudit {

    @Test
    void light() throws Exception {
        audit("light");
    }
}
