package mllab.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import mllab.text.Decimals;
import mllab.text.Text;

/**
 * Which of many labels a chart draws: a first choice (the most frequent labels, say), and a
 * searchable, virtualized list of check boxes, most frequent first, to pick others, up to a
 * maximum. It says how many labels are left out. With few labels it draws them all and stays out of
 * sight. Used by step 1's co-occurrence grid and step 4's per-label curves.
 *
 * <p>Its nodes' ids start with the prefix it is given: {@code P-hidden} (what is left out), {@code
 * P-pick} (the toggle that opens the list, and the list's own prefix), {@code P-pick-panel}, {@code
 * P-pick-message} (too many ticked) and {@code P-most-frequent} (back to the first choice).
 */
public final class LabelPicker {

  /**
   * What the picker says: the toggle and its help, the button back to the first choice and its
   * help, what the list holds; and the keys of three messages, each given the number left out, the
   * number drawn, the number of labels and the maximum ({@code tooMany}: the maximum only).
   */
  public record Words(
      String pick,
      String pickHelp,
      String reset,
      String resetHelp,
      String listTitle,
      String tooManyKey,
      String hiddenKey,
      String allShownKey) {}

  private final int plain;
  private final int max;
  private final Words words;
  private final Consumer<int[]> draw;
  private final Label hidden = new Label();
  private final Label message = new Label();
  private final ToggleButton open;
  private final LabelList<Integer> list;
  private final VBox panel;
  private final VBox node;
  private List<String> names = List.of();
  private int[] counts = new int[0];
  private int rows;
  private int[] first = new int[0];
  private List<BooleanProperty> picked = List.of();

  /** Label indices by falling count: the order of the list and of what is drawn. */
  private int[] byFrequency = new int[0];

  private boolean changing;

  /**
   * @param id the prefix of the picker's node ids
   * @param plain up to this many labels, all are drawn and the picker is hidden
   * @param max the most labels drawn at once
   * @param draw told the labels to draw (indices, most frequent first; in column order when all)
   */
  public LabelPicker(String id, int plain, int max, Words words, Consumer<int[]> draw) {
    this.plain = plain;
    this.max = max;
    this.words = words;
    this.draw = draw;
    hidden.setId(id + "-hidden");
    // In a narrow card (zoomed in) the words wrap and the button beside them keeps its own.
    hidden.setWrapText(true);
    hidden.setMinHeight(Region.USE_PREF_SIZE);
    HBox.setHgrow(hidden, javafx.scene.layout.Priority.SOMETIMES);
    message.setId(id + "-pick-message");
    message.getStyleClass().add(Styles.WARNING);
    message.managedProperty().bind(message.visibleProperty());
    message.setVisible(false);
    open = new ToggleButton(words.pick());
    open.setMinWidth(Region.USE_PREF_SIZE);
    open.setId(id + "-pick");
    open.setAccessibleText(words.pick());
    open.setAccessibleHelp(words.pickHelp());
    open.setTooltip(new Tooltip(words.pickHelp()));
    Button reset = new Button(words.reset());
    reset.setId(id + "-most-frequent");
    reset.setAccessibleHelp(words.resetHelp());
    reset.setTooltip(new Tooltip(words.resetHelp()));
    reset.setOnAction(e -> pickFirst());
    list = labelList(id + "-pick");
    panel = new VBox(6, reset, message, list.node());
    panel.setId(id + "-pick-panel");
    panel.visibleProperty().bind(open.selectedProperty());
    panel.managedProperty().bind(panel.visibleProperty());
    HBox top = new HBox(10, hidden, open);
    top.setAlignment(Pos.CENTER_LEFT);
    node = new VBox(6, top);
    node.managedProperty().bind(node.visibleProperty());
    // The list of every label joins the picker when it is first opened: closed, it takes no room,
    // and its rows need no CSS pass each time new labels come.
    open.selectedProperty()
        .addListener(
            (o, a, b) -> {
              if (b && panel.getParent() == null) {
                listAll();
                node.getChildren().add(panel);
              }
            });
  }

  /** The searchable list of every label, most frequent first, with a check box each. */
  private LabelList<Integer> labelList(String id) {
    return new LabelList<Integer>(
            id,
            words.listTitle(),
            k -> names.get(k),
            k ->
                List.of(
                    new LabelList.Bar(
                        rows == 0 ? 0 : counts[k] / (double) rows,
                        Text.get("rawdata.setRows", Decimals.count(counts[k])))),
            List.of(
                new LabelList.Order<>(
                    Text.get("rawdata.sort.frequency"),
                    (a, b) -> Integer.compare(counts[b], counts[a])),
                new LabelList.Order<>(
                    Text.get("rawdata.sort.name"),
                    Comparator.comparing(
                        (Integer k) -> names.get(k), String.CASE_INSENSITIVE_ORDER))))
        .withCheckBoxes(k -> picked.get(k));
  }

  /** The picker, hidden while every label is drawn. */
  public Node node() {
    return node;
  }

  /**
   * New labels: label k is called {@code names.get(k)} and carried by {@code counts[k]} of {@code
   * rows} rows; the labels {@code first} are drawn until the student picks others (with at most
   * {@code plain} labels, all are drawn). The same labels, counts and first choice as before keep
   * what the student picked.
   */
  public void setLabels(List<String> names, int[] counts, int rows, int[] first) {
    if (names.size() > plain
        && names.equals(this.names)
        && java.util.Arrays.equals(counts, this.counts)
        && java.util.Arrays.equals(first, this.first)) {
      // The same labels again (a fresh run on the same rows, the same data re-read): the student's
      // picks stay, drawn from what came with them.
      this.rows = rows;
      redraw();
      return;
    }
    this.names = List.copyOf(names);
    this.counts = counts.clone();
    this.rows = rows;
    this.first = first.clone();
    int l = names.size();
    byFrequency = mostFrequent(counts, l);
    List<BooleanProperty> flags = new ArrayList<>(l);
    for (int k = 0; k < l; k++) {
      BooleanProperty p = new SimpleBooleanProperty();
      p.addListener((o, a, b) -> changed(p, b));
      flags.add(p);
    }
    picked = flags;
    message.setVisible(false);
    node.setVisible(l > plain);
    if (l <= plain) {
      // A few labels: all of them, in column order, and no picker.
      draw.accept(java.util.stream.IntStream.range(0, l).toArray());
      return;
    }
    List<Integer> all = new ArrayList<>(l);
    for (int k : byFrequency) {
      all.add(k);
    }
    listed = all;
    if (panel.getParent() != null) {
      listAll();
    }
    pickFirst();
  }

  /**
   * Fills the list with the labels, most frequent first. Done when the list is first opened and
   * then with each new set of labels: closed, it costs nothing (its first rows had been made for
   * each new dataset, and with step 4's screen while it was built ahead).
   */
  private void listAll() {
    if (listed != null) {
      list.setItems(listed);
      listed = null;
    }
  }

  /** The labels, most frequent first, waiting for the list to be opened; null once listed. */
  private List<Integer> listed;

  /** The {@code n} labels with the highest counts, highest first (ties: lower index first). */
  public static int[] mostFrequent(int[] counts, int n) {
    return java.util.stream.IntStream.range(0, counts.length)
        .boxed()
        .sorted((a, b) -> Integer.compare(counts[b], counts[a]))
        .limit(n)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private void pickFirst() {
    changing = true;
    for (BooleanProperty p : picked) {
      p.set(false);
    }
    for (int k : first) {
      picked.get(k).set(true);
    }
    changing = false;
    message.setVisible(false);
    redraw();
  }

  private void changed(BooleanProperty p, boolean on) {
    if (changing) {
      return;
    }
    if (on && shown().length > max) {
      changing = true;
      p.set(false);
      changing = false;
      message.setText(Text.get(words.tooManyKey(), String.valueOf(max)));
      message.setVisible(true);
      return;
    }
    message.setVisible(false);
    redraw();
  }

  /** The labels ticked, most frequent first. */
  private int[] shown() {
    return java.util.Arrays.stream(byFrequency).filter(k -> picked.get(k).get()).toArray();
  }

  private void redraw() {
    int[] shown = shown();
    int rest = names.size() - shown.length;
    String[] args = {
      Decimals.count(rest),
      Decimals.count(shown.length),
      Decimals.count(names.size()),
      String.valueOf(max)
    };
    hidden.setText(Text.get(rest > 0 ? words.hiddenKey() : words.allShownKey(), (Object[]) args));
    draw.accept(shown);
  }
}
