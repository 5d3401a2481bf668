package uk.cml.importer;

/** The text of an imported file and the encoding it was read with. The byte order mark is never part of the text. */
public record DecodedText(String text, TextEncoding encoding) {
}
