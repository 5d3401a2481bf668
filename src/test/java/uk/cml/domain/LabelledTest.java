package uk.cml.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.standing.Decision;

class LabelledTest {

    private final ResourceBundle labels = ResourceBundle.getBundle("uk.cml.messages");

    @Test
    void aChoiceShowsItsNameFromTheLabelsFile() {
        assertEquals("I called the CMS", CallDirection.I_CALLED.label());
        assertEquals("I called the CMS", CallDirection.I_CALLED.toString(), "drop-downs show the same name");
        assertEquals("A proposal to write off arrears", Decision.Kind.WRITE_OFF.label(), "a nested type too");
    }

    @Test
    void everyNameInTheFileBelongsToAChoiceAndEveryChoiceOfThoseTypesHasOne() throws Exception {
        Set<Class<?>> types = new HashSet<>();
        for (String key : labels.keySet()) {
            if (!key.startsWith("label.")) {
                continue;
            }
            key = key.substring("label.".length());
            String typeName = key.substring(0, key.lastIndexOf('.'));
            Class<?> type = typeFor(typeName);
            assertTrue(Labelled.class.isAssignableFrom(type), type + " is Labelled");
            String constant = key.substring(key.lastIndexOf('.') + 1);
            assertTrue(Set.of(names(type)).contains(constant), key + " names a constant that does not exist");
            types.add(type);
        }
        assertTrue(types.size() >= 14, "every labelled type is in the file: " + types.size());
        for (Class<?> type : types) {
            for (Object constant : type.getEnumConstants()) {
                String label = ((Labelled) constant).label();
                assertFalse(label.isBlank(), constant + " has a name");
            }
        }
    }

    private static String[] names(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            names[i] = ((Enum<?>) constants[i]).name();
        }
        return names;
    }

    /** "standing.Decision.Kind" is the nested class uk.cml.domain.standing.Decision$Kind. */
    private static Class<?> typeFor(String name) throws ClassNotFoundException {
        String binary = "uk.cml.domain." + name;
        while (true) {
            try {
                return Class.forName(binary);
            } catch (ClassNotFoundException e) {
                int dot = binary.lastIndexOf('.');
                if (dot < "uk.cml.domain.".length()) {
                    throw e;
                }
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
            }
        }
    }
}
