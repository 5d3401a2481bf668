package uk.cml.domain;

/**
 * A choice kept in the records (an enum constant) that the parent sees by a name written for them. The names are
 * in the app's one bundle of words ({@code uk/cml/messages.properties}, read by {@link Words}), keyed by
 * {@code label.}, the type's name under {@code uk.cml.domain} and the constant
 * ({@code label.evidence.CallDirection.I_CALLED}), so the wording is reviewed in one file rather than spread over
 * enums.
 */
public interface Labelled {

    /** The name the parent sees, such as "I called the CMS". */
    default String label() {
        Enum<?> constant = (Enum<?>) this;
        String type = constant.getDeclaringClass().getName().substring("uk.cml.domain.".length()).replace('$', '.');
        return Words.text("label." + type + "." + constant.name());
    }
}
