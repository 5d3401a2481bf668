package uk.cml.privacy;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.Words;

/**
 * The app-wide privacy choices, kept in a small file of their own (see {@link PrivacyFile}) so they are known before
 * the records are opened.
 *
 * @param passcode     the hashed passcode, or empty when the app opens without one
 * @param idleLimit    how long without a key press or mouse move before the app locks itself
 * @param neutralTitle show "Records" as the window and taskbar name instead of the app's name
 * @param wrongTries   wrong passcodes in a row, kept so closing and reopening the app does not reset the wait
 */
public record PrivacyPreferences(Optional<PasscodeHash> passcode, Duration idleLimit, boolean neutralTitle,
                                 WrongTries wrongTries) {

    public static final Duration DEFAULT_IDLE_LIMIT = Duration.ofMinutes(10);
    public static final String NEUTRAL_TITLE = Words.text("privacy.title.neutral");
    public static final String APP_TITLE = Words.text("privacy.title.app");
    public static final PrivacyPreferences DEFAULTS = new PrivacyPreferences(Optional.empty(), DEFAULT_IDLE_LIMIT,
            false, WrongTries.NONE);

    public PrivacyPreferences {
        passcode = Objects.requireNonNullElse(passcode, Optional.empty());
        idleLimit = idleLimit == null || idleLimit.isNegative() || idleLimit.isZero() ? DEFAULT_IDLE_LIMIT : idleLimit;
        wrongTries = Objects.requireNonNullElse(wrongTries, WrongTries.NONE);
    }

    public boolean hasPasscode() {
        return passcode.isPresent();
    }

    /** The window and taskbar name: never a name, a case or anything typed by the parent. */
    public String windowTitle() {
        return neutralTitle ? NEUTRAL_TITLE : APP_TITLE;
    }

    /**
     * Whether a backup saved to a removable drive (a USB stick) should be password-protected unless the parent
     * says otherwise: yes once the parent has set a passcode, since they have asked for their records to be locked.
     */
    public boolean removableDriveBackupsProtectedByDefault() {
        return hasPasscode();
    }

    public PrivacyPreferences withPasscode(Optional<PasscodeHash> newPasscode) {
        return new PrivacyPreferences(newPasscode, idleLimit, neutralTitle, WrongTries.NONE);
    }

    public PrivacyPreferences withIdleLimit(Duration limit) {
        return new PrivacyPreferences(passcode, limit, neutralTitle, wrongTries);
    }

    public PrivacyPreferences withNeutralTitle(boolean neutral) {
        return new PrivacyPreferences(passcode, idleLimit, neutral, wrongTries);
    }

    public PrivacyPreferences withWrongTries(WrongTries tries) {
        return new PrivacyPreferences(passcode, idleLimit, neutralTitle, tries);
    }
}
