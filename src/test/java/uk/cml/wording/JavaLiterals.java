package uk.cml.wording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The string literals of Java source files (comments skipped), each with its file, line and source line. */
final class JavaLiterals {

    record Literal(Path file, int line, String text, String sourceLine, String after) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " \"" + text + "\"";
        }
    }

    private JavaLiterals() {
    }

    static List<Literal> under(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Literal> all = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> all.addAll(in(f)));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Literal> in(Path file) {
        String src;
        try {
            src = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = src.split("\n", -1);
        List<Literal> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i) < 0 ? src.length() : src.indexOf('\n', i);
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2) + 2;
                line += (int) src.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end;
            } else if (c == '\'') {
                i = src.charAt(i + 1) == '\\' ? src.indexOf('\'', i + 3) + 1 : i + 3;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (src.charAt(j) != '"') {
                    if (src.charAt(j) == '\\') {
                        text.append(src, j, j + 2);
                        j += 2;
                    } else {
                        text.append(src.charAt(j++));
                    }
                }
                String after = src.substring(j + 1, Math.min(src.length(), j + 40)).stripLeading();
                found.add(new Literal(file, line, text.toString(), lines[line - 1], after));
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }
}
