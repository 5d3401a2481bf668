package uk.cml.documents;

/** What a stored file looks like when its hash is worked out again. */
public enum VerifyResult {
    /** The file is there and its content still matches its name. */
    OK,
    /** No file under that hash. */
    MISSING,
    /** The file is there but its content no longer matches its hash: it has been altered or damaged. */
    CHANGED,
    /** The file is there but could not be read (permissions, disk error). */
    UNREADABLE
}
