package uk.cml.domain.standing;

import uk.cml.domain.correspondence.SentLetter;

/** The reviewer's letter to the other parent, for tests in other packages. */
public final class PrivateLetterToTheOtherParentTestAccess {

    private PrivateLetterToTheOtherParentTestAccess() {
    }

    public static SentLetter complaintTo(String name, String address) {
        return PrivateLetterToTheOtherParentTest.complaintTo(name, address);
    }
}
