package uk.cml.letters.templates;

/**
 * A fact a letter needs but the parent has not given, named in plain words ("the name of the person you spoke to").
 * Until it is given, the letter shows {@link #marker()} where the fact belongs, so the parent can also type it in.
 */
public record MissingFact(String field) {

    public String marker() {
        return "[" + field + "]";
    }
}
