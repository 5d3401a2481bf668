package uk.cml.domain;

import java.util.ResourceBundle;

/**
 * A choice kept in the records (an enum constant) that the parent sees by a name written for them. The names are
 * in {@code uk/cml/domain/labels.properties}, keyed by the type's name under {@code uk.cml.domain} and the constant
 * ({@code evidence.CallDirection.I_CALLED}), so the wording is reviewed in one file rather than spread over enums.
 */
public interface Labelled {

    /** The name the parent sees, such as "I called the CMS". */
    default String label() {
        Enum<?> constant = (Enum<?>) this;
        String type = constant.getDeclaringClass().getName().substring("uk.cml.domain.".length()).replace('$', '.');
        return ResourceBundle.getBundle("uk.cml.domain.labels").getString(type + "." + constant.name());
    }
}
