package uk.cml.letters.templates;

/** Something the parent should know before sending, shown beside the letter and never printed in it. */
public record Warning(String message) {
}
