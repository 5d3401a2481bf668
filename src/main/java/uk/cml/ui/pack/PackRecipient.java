package uk.cml.ui.pack;

import uk.cml.letters.pack.PackFor;
import uk.cml.ui.common.Messages;

/**
 * Who the pack goes to, which decides what of the parent's own it gives ({@link PackFor}: their own limits only to an
 * MP) and whether it starts with the parent's address, phone and email hidden. Hiding
 * them also leaves out every attached copy and scan, the parent's letters and certificates of posting with them
 * (see PackMasking): right only for a pack the other parent may read. The CMS, the Independent Case Examiner and an
 * MP keep the parent's address from the other parent themselves, and the copies and proof of postage are what they
 * need to settle what was sent and when.
 */
enum PackRecipient {
    CMS("pack-for-cms", "pack.recipient.cms", false, PackFor.CMS),
    ICE("pack-for-ice", "pack.recipient.ice", false, PackFor.ICE),
    MP("pack-for-mp", "pack.recipient.mp", false, PackFor.MP),
    /** A tribunal sends each party the other's papers. */
    TRIBUNAL("pack-for-tribunal", "pack.recipient.tribunal", true, PackFor.TRIBUNAL);

    private final String id;
    private final String words;
    private final boolean otherParentSees;
    private final PackFor packFor;

    PackRecipient(String id, String words, boolean otherParentSees, PackFor packFor) {
        this.id = id;
        this.words = words;
        this.otherParentSees = otherParentSees;
        this.packFor = packFor;
    }

    /** Who the pack is made for, as the pack itself knows it. */
    PackFor packFor() {
        return packFor;
    }

    /** The control's id. */
    String id() {
        return id;
    }

    String title() {
        return Messages.text(words);
    }

    /**
     * Whether a pack for this recipient starts with the contacts hidden: only where the other parent may read it, and
     * only when the parent keeps their address from the other parent (otherwise the other parent has it already).
     */
    boolean hidesContactsAtFirst(boolean addressKeptPrivate) {
        return otherParentSees && addressKeptPrivate;
    }
}
