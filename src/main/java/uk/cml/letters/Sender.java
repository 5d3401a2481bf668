package uk.cml.letters;

import java.util.List;
import java.util.Objects;

/** Who the letter is from, printed top right. Phone and email are optional: empty strings are left out. */
public record Sender(String name, List<String> addressLines, String phone, String email) {

    public Sender {
        name = Objects.requireNonNullElse(name, "");
        addressLines = List.copyOf(Objects.requireNonNullElse(addressLines, List.of()));
        phone = Objects.requireNonNullElse(phone, "");
        email = Objects.requireNonNullElse(email, "");
    }

    public Sender(String name, List<String> addressLines) {
        this(name, addressLines, "", "");
    }
}
