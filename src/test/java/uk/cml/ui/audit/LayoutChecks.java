package uk.cml.ui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * What the layout audit looks for in one scene, read from the laid-out scene graph: text the parent cannot read in
 * full, controls they cannot reach (see also EdgeChecks), and code text (a record's toString) shown as if it were words.
 */
final class LayoutChecks {

    /** How a Java record prints itself: {@code AddressBookEntry[id=1, ...]}. */
    static final Pattern RECORD_TEXT = Pattern.compile("\\w+\\[.*=");

    private LayoutChecks() {
    }

    /** Every node of the scene that is showing: it and all its parents visible. */
    static List<Node> showing(Parent root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        found.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    /** Every check that reads the laid-out scene (drop-downs and focus need the robot, so the audit does those). */
    static List<String> all(Scene scene, List<Node> nodes) {
        List<String> found = new ArrayList<>();
        found.addAll(cutText(nodes));
        found.addAll(cutPrompt(nodes));
        found.addAll(cutInCell(nodes));
        found.addAll(cutMoney(nodes));
        found.addAll(headingPastTableEdge(nodes));
        found.addAll(labelsOffTheirFields(nodes));
        found.addAll(unreachable(scene, nodes));
        found.addAll(EdgeChecks.cutAtEdge(scene, nodes));
        found.addAll(recordText(nodes));
        return found;
    }

    /** The page's title must be the navigation's name for it (issue 13: one page template). */
    static List<String> title(String navName, List<Node> nodes) {
        String title = nodes.stream().filter(n -> n.getStyleClass().contains("title") && n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).findFirst().orElse("(no title)");
        return title.equals(navName) ? List.of()
                : List.of("the title \"" + title + "\" is not the navigation's name \"" + navName + "\"");
    }

    /** A Labeled (a table header's label included) whose displayed text differs from its text. */
    static List<String> cutText(List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof Labeled labeled) || labeled.getText() == null || labeled.getText().isBlank()) {
                continue;
            }
            String wanted = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "")
                    : labeled.getText();
            String shown = displayed(labeled);
            if (shown != null && !shown.equals(wanted) && !(isInsideCell(labeled)
                    && labeled.getTooltip() != null && wanted.equals(labeled.getTooltip().getText()))) {
                problems.add("cut text: \"" + shown + "\" should read \"" + wanted + "\" in " + describe(labeled));
            }
        }
        return problems;
    }

    /**
     * An empty one-line field whose hint ("The same password again") runs past its edge: the field clips it with no
     * "...", so the parent reads "The same password aga". Found by a new-user walk-through of Settings.
     */
    static List<String> cutPrompt(List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof javafx.scene.control.TextField field) || field.getPromptText() == null
                    || field.getPromptText().isBlank() || !field.getText().isEmpty()) {
                continue;
            }
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            Text hint = new Text(field.getPromptText());
            hint.setFont(field.getFont());
            double needed = hint.getLayoutBounds().getWidth();
            if (needed > room + 0.5) {
                problems.add("cut hint: \"" + field.getPromptText() + "\" needs " + Math.round(needed) + " px, has "
                        + Math.round(room) + " in " + describe(field));
            }
        }
        return problems;
    }

    /**
     * An amount of money cut short in a table ("£1,234.…"): {@link #cutText} lets a cell's words give way when its
     * tooltip has them whole, but a figure never may, so a cell of a money column (style class "money-column") must
     * show all of its words. Found by review at 1024 wide: the money columns had fixed least widths.
     */
    static List<String> cutMoney(List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null
                    && cell.getTableColumn().getStyleClass().contains("money-column") && cell.getText() != null
                    && !cell.getText().isBlank()) {
                String shown = displayed(cell);
                if (shown == null || !shown.equals(cell.getText())) {
                    problems.add("cut amount: \"" + shown + "\" should read \"" + cell.getText() + "\" in the column "
                            + cell.getTableColumn().getText() + " of " + describe(cell));
                }
            }
        }
        return problems;
    }

    /**
     * Words drawn inside a table or list cell (a status chip, say) that run into the cell's padding or past its edge:
     * the cell clips them, so the end is cut off or touches the next column (or the table's edge) with no tooltip
     * standing in. The cell's own text is left to {@link #cutText}, which allows "..." with the whole in a tooltip.
     */
    static List<String> cutInCell(List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof Labeled labeled) || node instanceof IndexedCell<?> || labeled.getText() == null
                    || labeled.getText().isBlank()) {
                continue;
            }
            IndexedCell<?> cell = cellOf(node);
            if (cell == null || cell.getWidth() <= 0) {
                continue;
            }
            Bounds b = node.localToScene(node.getLayoutBounds());
            Bounds c = cell.localToScene(cell.getLayoutBounds());
            double right = c.getMaxX() - cell.snappedRightInset();
            double left = c.getMinX() + cell.snappedLeftInset();
            if (b.getMaxX() > right + 1 || b.getMinX() < left - 1) {
                problems.add("cut in its cell: \"" + labeled.getText() + "\" is " + Math.round(b.getWidth())
                        + " px wide, the cell has " + Math.round(right - left) + " px for it, in " + describe(labeled)
                        + (cell.getParent() == null ? "" : " of " + describe(cell)));
            }
        }
        return problems;
    }

    /**
     * A table's column heading lying past the right edge of its rows while no sideways bar can bring it in: the
     * columns' least widths add up to more than the table has (the Payments page's "Short by" read "Sho" and its
     * Balance column could not be seen at 1024 x 700).
     */
    static List<String> headingPastTableEdge(List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof javafx.scene.control.TableView<?> table) || table.getWidth() <= 0) {
                continue;
            }
            Node rows = table.lookup(".clipped-container");
            if (rows == null || rows.getLayoutBounds().getWidth() <= 0) {
                continue;
            }
            double right = rows.localToScene(rows.getLayoutBounds()).getMaxX();
            boolean bar = table.lookupAll(".scroll-bar").stream().anyMatch(n ->
                    n instanceof javafx.scene.control.ScrollBar b && b.isVisible() && b.getWidth() > 0
                            && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL);
            if (bar) {
                continue;
            }
            for (Node h : table.lookupAll(".column-header")) {
                if (h instanceof javafx.scene.control.skin.TableColumnHeader header && header.getTableColumn() != null
                        && header.getTableColumn().isVisible() && header.isVisible()) {
                    Node label = header.lookup(".label");
                    if (label != null && label.localToScene(label.getLayoutBounds()).getMaxX() > right + 1) {
                        problems.add("past the table's edge with no sideways bar: the \""
                                + header.getTableColumn().getText() + "\" heading, in " + describe(table));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * A one-line label in a row beside a field (a text box, a date, a drop-down) whose words sit higher or lower
     * than the field's: "From" and "until" beside the evidence pack's dates, and "Lock after" beside its drop-down in
     * Settings, sat at the top of their row, half a line above the words in the fields they name.
     */
    static List<String> labelsOffTheirFields(List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof javafx.scene.layout.HBox || node instanceof javafx.scene.layout.FlowPane)) {
                continue;
            }
            List<Node> children = ((Parent) node).getChildrenUnmodifiable().stream()
                    .filter(n -> n.isVisible() && n.isManaged()).toList();
            List<Node> fields = children.stream().filter(n -> n instanceof TextInputControl
                    || n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?> || n instanceof Spinner<?>).toList();
            for (Node child : children) {
                if (!(child instanceof javafx.scene.control.Label label) || label.getText() == null
                        || label.getText().isBlank()) {
                    continue;
                }
                Bounds l = label.localToScene(label.getLayoutBounds());
                // The field nearest the label along the row is the one it names.
                List<Node> nearest = fields.stream().sorted(java.util.Comparator.comparingDouble(f -> {
                    Bounds b = f.localToScene(f.getLayoutBounds());
                    return Math.min(Math.abs(b.getMinX() - l.getMaxX()), Math.abs(l.getMinX() - b.getMaxX()));
                })).toList();
                for (Node field : nearest) {
                    Bounds f = field.localToScene(field.getLayoutBounds());
                    // Only a label on the field's line, no taller than the field (not a wrapped paragraph).
                    if (l.getHeight() <= 0 || l.getHeight() > f.getHeight() || l.getMaxY() < f.getMinY()
                            || l.getMinY() > f.getMaxY()) {
                        continue;
                    }
                    double off = l.getCenterY() - f.getCenterY();
                    if (Math.abs(off) > 3) {
                        problems.add("misaligned: \"" + shorten(label.getText()) + "\" is " + Math.round(Math.abs(off))
                                + " px " + (off < 0 ? "higher" : "lower") + " than " + describe(field)
                                + " beside it");
                        break;
                    }
                }
            }
        }
        return problems;
    }

    /** A form's field may have no less than this share of its place on the line; its label's column takes the rest. */
    static final double LEAST_FIELD_SHARE = 0.6;

    /**
     * A form (common/FormGrid) cramped on a small window: its fields squeezed to less than {@link #LEAST_FIELD_SHARE}
     * of their line while the labels' column keeps its width (the Calls form at 1024 x 700: fields of 245 px beside a
     * 190 px column of short labels, a date's message four lines long), or a form that scrolls through a view where
     * a field cannot be seen whole beside or with the next one, each with its label, hint and message (the Payments
     * form under its table at 1024 x 700 showed one field at a time).
     */
    static List<String> crampedForms(List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof javafx.scene.layout.GridPane grid) || !node.getStyleClass().contains("form-grid")
                    || grid.getWidth() <= 0) {
                continue;
            }
            List<Node> cells = grid.getChildrenUnmodifiable().stream().filter(n -> n.isVisible() && n.isManaged()
                    && n instanceof Parent p && !p.lookupAll(".form-field").isEmpty()
                    && p.lookupAll(".form-field").stream().anyMatch(f -> f.getParent() == p)).toList();
            double width = grid.getWidth() - grid.snappedLeftInset() - grid.snappedRightInset();
            // One column of fields (their labels beside them) or two (labels above): each field's place on its line.
            double place = width / cells.stream().map(javafx.scene.layout.GridPane::getColumnIndex).distinct().count();
            for (Node cell : cells) {
                if (cell.getLayoutBounds().getWidth() < LEAST_FIELD_SHARE * place - 0.5) {
                    problems.add("squeezed: " + describe(field(cell)) + " is " + Math.round(cell.getLayoutBounds()
                            .getWidth()) + " px wide, " + Math.round(100 * cell.getLayoutBounds().getWidth() / place)
                            + "% of its " + Math.round(place) + " px line");
                }
            }
            // A field's cell wider than its column (a drop-down's longest choice) runs under the one beside it.
            for (Node a : cells) {
                for (Node b : cells) {
                    Bounds ba = a.getBoundsInParent();
                    Bounds bb = b.getBoundsInParent();
                    if (a != b && ba.getMinX() < bb.getMinX() && ba.getMaxX() > bb.getMinX() + 0.5
                            && ba.getMinY() < bb.getMaxY() && bb.getMinY() < ba.getMaxY()) {
                        problems.add("overlapping: " + describe(field(a)) + " runs " + Math.round(ba.getMaxX()
                                - bb.getMinX()) + " px under " + describe(field(b)));
                    }
                }
            }
            ScrollPane scroll = scrollOf(grid);
            if (scroll == null || cells.isEmpty()) {
                continue;
            }
            // A form wider than its view: the parent scrolls sideways to reach the end of each field (Letters' "Log
            // a letter you received" at 1024 wide, held wide by "A reply to" and the 190 px labels).
            double wide = scroll.getContent() == null ? 0 : scroll.getContent().getLayoutBounds().getWidth();
            if (wide > scroll.getViewportBounds().getWidth() + 1) {
                problems.add("too wide: the form in " + describe(scroll) + " is " + Math.round(wide)
                        + " px wide in a view of " + Math.round(scroll.getViewportBounds().getWidth())
                        + " px, so it scrolls sideways");
            }
            // Wherever the parent is in the form, two fields can be seen whole: a line of two fields side by side,
            // or, one field to a line, each field with the one above or below it.
            java.util.Map<Integer, List<Node>> lines = new java.util.TreeMap<>();
            cells.forEach(cell -> lines.computeIfAbsent(java.util.Objects.requireNonNullElse(
                    javafx.scene.layout.GridPane.getRowIndex(cell), 0), k -> new ArrayList<>()).add(cell));
            boolean sideBySide = lines.values().stream().anyMatch(line -> line.size() > 1);
            List<List<Node>> groups = new ArrayList<>(lines.values());
            double needed = 0;
            for (int i = 0; i < groups.size(); i++) {
                if (sideBySide || groups.size() == 1) {
                    needed = Math.max(needed, span(grid, groups.get(i)));
                    continue;
                }
                double above = i > 0 ? span(grid, List.of(groups.get(i - 1).get(0), groups.get(i).get(0)))
                        : Double.MAX_VALUE;
                double below = i + 1 < groups.size() ? span(grid, List.of(groups.get(i).get(0),
                        groups.get(i + 1).get(0))) : Double.MAX_VALUE;
                needed = Math.max(needed, Math.min(above, below));
            }
            double view = scroll.getViewportBounds().getHeight();
            if (needed > view + 1) {
                problems.add("cramped: the form in " + describe(scroll) + " is seen through a view " + Math.round(view)
                        + " px high; two of its fields (with label, hint and message) need up to " + Math.round(needed)
                        + " px to be seen whole");
            }
        }
        return problems;
    }

    /**
     * A row of a page's buttons (common/PageLayout.actionBar) that has wrapped onto a second line: on the Calls page
     * at 1024 wide, "Write a letter confirming this call" went under Save, so the buttons looked like two groups.
     */
    static List<String> actionsOnTwoLines(List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof javafx.scene.layout.FlowPane bar) || !(bar.getStyleClass().contains("action-bar")
                    || bar.getStyleClass().contains("action-row"))) {
                continue;
            }
            List<Node> buttons = bar.getChildrenUnmodifiable().stream()
                    .filter(n -> n.isVisible() && n.isManaged() && n instanceof ButtonBase).toList();
            long lines = buttons.stream().map(n -> Math.round(n.getBoundsInParent().getMinY())).distinct().count();
            if (lines > 1) {
                problems.add("buttons on " + lines + " lines: " + buttons.stream().map(LayoutChecks::describe)
                        .toList() + " in a bar " + Math.round(bar.getWidth()) + " px wide");
            }
        }
        return problems;
    }

    /**
     * Words wrapped in the middle: a label that wraps, squeezed narrower than its longest word (Where it stands at
     * 1024 wide showed "Your complain / t to the CMS" in the complaint's table).
     */
    static List<String> brokenWords(List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof Labeled labeled) || !labeled.isWrapText() || labeled.getText() == null
                    || labeled.getText().isBlank() || labeled.getWidth() <= 0 || isInsideCell(labeled)) {
                continue;
            }
            Text measure = new Text();
            measure.setFont(labeled.getFont());
            double room = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset();
            for (String word : labeled.getText().split("\\s+")) {
                measure.setText(word);
                if (measure.getLayoutBounds().getWidth() > room + 1) {
                    problems.add("broken word: \"" + word + "\" needs " + Math.round(measure.getLayoutBounds()
                            .getWidth()) + " px, " + describe(labeled) + " has " + Math.round(room));
                    break;
                }
            }
        }
        return problems;
    }

    /** From the top of the highest of these fields (its label too) to the bottom of the lowest. */
    private static double span(javafx.scene.layout.GridPane grid, List<Node> cells) {
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Node cell : cells) {
            Bounds b = wholeField(grid, cell);
            top = Math.min(top, b.getMinY());
            bottom = Math.max(bottom, b.getMaxY());
        }
        return bottom - top;
    }

    private static Node field(Node cell) {
        return ((Parent) cell).lookupAll(".form-field").stream().findFirst().orElse(cell);
    }

    /** A field's cell with its label, which sits beside it (one column) or inside the cell above it (two). */
    private static Bounds wholeField(javafx.scene.layout.GridPane grid, Node cell) {
        Bounds b = cell.localToScene(cell.getLayoutBounds());
        for (Node n : grid.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.control.Label label && label.getLabelFor() == field(cell)) {
                Bounds l = label.localToScene(label.getLayoutBounds());
                return new javafx.geometry.BoundingBox(b.getMinX(), Math.min(b.getMinY(), l.getMinY()), b.getWidth(),
                        Math.max(b.getMaxY(), l.getMaxY()) - Math.min(b.getMinY(), l.getMinY()));
            }
        }
        return b;
    }

    private static ScrollPane scrollOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    private static IndexedCell<?> cellOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof IndexedCell<?> cell) {
                return cell;
            }
        }
        return null;
    }

    private static String displayed(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> t.getStyleClass().contains("text")).map(Text::getText).findFirst().orElse(null);
    }

    /** A button or field lying outside the window with no scroll pane (or table) that can bring it into view. */
    static List<String> unreachable(Scene scene, List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            if (!isActionOrField(node) || scrollable(node)) {
                continue;
            }
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getWidth() <= 0 || b.getHeight() <= 0) {
                continue;
            }
            if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1
                    || b.getMaxY() > scene.getHeight() + 1) {
                problems.add("outside the window, no scroll bar reaches it: " + describe(node) + " at "
                        + Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + " to " + Math.round(b.getMaxX())
                        + "," + Math.round(b.getMaxY()));
            }
        }
        return problems;
    }

    static boolean isActionOrField(Node node) {
        return (node instanceof ButtonBase && !isInsideCell(node))
                || node instanceof TextInputControl && !(node.getParent() instanceof Spinner<?>)
                || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?> || node instanceof Spinner<?>;
    }

    private static boolean isInsideCell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof IndexedCell<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean scrollable(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane || n.getStyleClass().contains("virtual-flow")) {
                return true;
            }
        }
        return false;
    }

    /** Text that is a Java record's toString: in labels, fields and tooltips. */
    static List<String> recordText(List<Node> nodes) {
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            Stream<String> texts = Stream.empty();
            if (node instanceof Labeled labeled) {
                texts = Stream.of(labeled.getText(), tooltip(labeled.getTooltip()));
            } else if (node instanceof TextInputControl field) {
                texts = Stream.of(field.getText(), tooltip(field.getTooltip()));
            } else if (node instanceof Text text && !(node.getParent() instanceof Labeled)) {
                texts = Stream.of(text.getText());
            }
            texts.filter(t -> t != null && RECORD_TEXT.matcher(t).find()).forEach(t -> problems.add(
                    "code text on screen: \"" + shorten(t) + "\" in " + describe(node)));
        }
        return problems;
    }

    private static String tooltip(Tooltip tooltip) {
        return tooltip == null ? null : tooltip.getText();
    }

    /** Whether any of the node is inside the window. */
    static boolean inView(Scene scene, Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getWidth() > 0 && b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < scene.getWidth()
                && b.getMinY() < scene.getHeight();
    }

    static boolean focusable(Node node) {
        return node instanceof Control control && control.isFocusTraversable() && !control.isDisabled()
                && !(node instanceof IndexedCell<?>) && !isInsideCell(node);
    }

    static String describe(Node node) {
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            path.append('#').append(node.getId());
        } else if (node instanceof Labeled labeled && labeled.getText() != null) {
            path.append(" \"").append(shorten(labeled.getText())).append('"');
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                path.append(" in #").append(n.getId());
                break;
            }
        }
        return path.toString();
    }

    private static String shorten(String text) {
        return text.length() > 70 ? text.substring(0, 70) + "..." : text;
    }
}
