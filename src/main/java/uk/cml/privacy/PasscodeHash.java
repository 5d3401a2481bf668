package uk.cml.privacy;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A passcode kept only as a slow salted hash (PBKDF2 with HMAC-SHA256, from the JDK). The passcode itself is never
 * stored. The iteration count is stored beside the hash, so a later version can raise it without locking anyone out.
 */
public final class PasscodeHash {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: about half a second on a modest laptop. */
    public static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final byte[] salt;
    private final int iterations;
    private final byte[] hash;

    PasscodeHash(byte[] salt, int iterations, byte[] hash) {
        if (iterations < 1 || salt.length == 0 || hash.length == 0) {
            throw new IllegalArgumentException("Not a passcode hash");
        }
        this.salt = salt.clone();
        this.iterations = iterations;
        this.hash = hash.clone();
    }

    /** Hashes a new passcode with a fresh random salt. */
    public static PasscodeHash of(char[] passcode, SecureRandom random, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasscodeHash(salt, iterations, derive(passcode, salt, iterations));
    }

    /** Compares in constant time, so how long a wrong guess takes says nothing about how close it was. */
    public boolean matches(char[] attempt) {
        byte[] derived = derive(attempt, salt, iterations);
        try {
            return MessageDigest.isEqual(derived, hash);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    public int iterations() {
        return iterations;
    }

    String saltText() {
        return Base64.getEncoder().encodeToString(salt);
    }

    String hashText() {
        return Base64.getEncoder().encodeToString(hash);
    }

    static PasscodeHash parse(String saltText, String iterationsText, String hashText) {
        return new PasscodeHash(Base64.getDecoder().decode(saltText), Integer.parseInt(iterationsText),
                Base64.getDecoder().decode(hashText));
    }

    private static byte[] derive(char[] passcode, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(passcode, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java 17 runtime has this algorithm; its absence is a broken runtime, not a wrong passcode.
            throw new IllegalStateException(ALGORITHM + " is missing from this Java runtime", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
        }
    }
}
