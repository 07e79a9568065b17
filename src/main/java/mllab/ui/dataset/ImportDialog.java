package mllab.ui.dataset;

import mllab.text.Text;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import mllab.data.Dataset;
import mllab.data.io.LabelSpec;
import mllab.data.io.LoadedData;
import mllab.data.io.ReadOptions;
import mllab.ui.common.Styles;

/**
 * Shows what a file was read as — shape, label columns, the first rows — and lets the user choose
 * which columns are labels before the dataset replaces the current one.
 */
public final class ImportDialog {

  /** How the label columns are chosen. */
  enum LabelMode {
    DETECT,
    LAST,
    FIRST;

    /** What the choice box shows, {@code dataset.import.mode.<NAME>} in the bundle. */
    @Override
    public String toString() {
      String key = "dataset.import.mode." + name();
      return Text.get(key);
    }
  }

  private static final int PREVIEW_ROWS = 8;
  private static final int PREVIEW_FEATURES = 6;

  private final DatasetViewModel model;
  private final Path file;
  private final Optional<Path> testFile;
  private final ReadOptions options;
  private LoadedData data;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  /** The label-column choice the data on screen was read with. */
  private final javafx.beans.property.StringProperty shownChoice =
      new javafx.beans.property.SimpleStringProperty();
  private final Label summary = new Label();
  private final Label labels = new Label();
  private final Label warnings = new Label();
  private final TableView<Integer> preview = new TableView<>();
  private final ComboBox<LabelMode> mode = new ComboBox<>(FXCollections.observableArrayList(LabelMode.values()));
  private final Spinner<Integer> count = new Spinner<>(1, 500, 1);
  private final CheckBox useTest = new CheckBox();

  public ImportDialog(
      DatasetViewModel model, Path file, Optional<Path> testFile, ReadOptions options, LoadedData data) {
    this.model = model;
    this.file = file;
    this.testFile = testFile;
    this.options = options;
    this.data = data;
  }

  /** Shows the dialog; on OK the dataset becomes current. */
  public void show(Window owner) {
    dialog.initOwner(owner);
    mllab.ui.common.Dialogs.styleLike(dialog, owner);
    dialog.setTitle(Text.get("dataset.import.title", String.valueOf(file.getFileName())));
    dialog.setHeaderText(Text.get("dataset.import.header", String.valueOf(file.getFileName())));
    summary.setId("import-summary");
    summary.setWrapText(true);
    labels.setId("import-labels");
    labels.setWrapText(true);
    warnings.setId("import-warnings");
    warnings.setWrapText(true);
    warnings.getStyleClass().add(Styles.WARNING);
    preview.setId("import-preview");
    preview.setPrefSize(760, 240);
    preview.setAccessibleText(Text.get("dataset.import.previewAccessible"));
    // Columns never narrower than their headers: "[label] beach" must say which columns are labels.
    mllab.ui.common.ColumnWidths.follow(preview);

    mode.setId("import-label-mode");
    mode.setAccessibleText(Text.get("dataset.import.modeAccessible"));
    mode.getSelectionModel().select(LabelMode.DETECT);
    count.setId("import-label-count");
    count.setEditable(true);
    mllab.ui.common.Spinners.keepValidIntegers(count);
    count.setAccessibleText(Text.get("dataset.import.countAccessible"));
    count.getValueFactory().setValue(data.train().labelCount());
    count.disableProperty().bind(mode.valueProperty().isEqualTo(LabelMode.DETECT));
    Button reread = new Button(Text.get("dataset.import.reread"));
    reread.setId("import-reread");
    reread.setOnAction(e -> reread());
    reread.disableProperty().bind(model.busyProperty());
    Label status = new Label();
    status.textProperty().bind(model.statusProperty());
    status.getStyleClass().add(Styles.MUTED);
    Label labelsCaption = new Label(Text.get("dataset.import.labelColumns"));
    labelsCaption.setLabelFor(mode);
    Label countCaption = new Label(Text.get("dataset.import.count"));
    countCaption.setLabelFor(count);
    for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {labelsCaption, countCaption, reread}) {
      c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    mode.setMinWidth(240);
    count.setMinWidth(90);
    HBox labelRow = new HBox(8, labelsCaption, mode, countCaption, count, reread);
    labelRow.setAlignment(Pos.CENTER_LEFT);

    useTest.setId("import-use-test");
    testFile.ifPresent(
        t -> {
          useTest.setText(Text.get("dataset.import.useTest", String.valueOf(t.getFileName())));
          useTest.setSelected(data.test().isPresent());
          useTest.setOnAction(e -> reread());
        });
    useTest.setVisible(testFile.isPresent());
    useTest.setManaged(testFile.isPresent());

    VBox content = new VBox(10, summary, labels, labelRow, useTest, warnings, preview, status);
    content.setPrefWidth(800);
    dialog.setResizable(true);
    dialog.getDialogPane().setMinWidth(860);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.setText(Text.get("dataset.import.ok"));
    ok.setId("import-ok");
    // The preview shows the data as read with one choice of label columns: once the choice is
    // changed, OK would apply data the student is no longer looking at, so it waits for a re-read.
    shownChoice.set(choice());
    ok.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> !choice().equals(shownChoice.get()), mode.valueProperty(), count.valueProperty(),
        shownChoice)));
    // Enter in the count reads again with it (and does not press the default button).
    count.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
        count.commitValue();
        if (!model.busyProperty().get()) {
          reread();
        }
        e.consume();
      }
    });
    show(data);
    dialog.setResultConverter(b -> b);
    dialog.setOnHidden(
        e -> {
          if (dialog.getResult() == ButtonType.OK) {
            model.apply(this.data, file);
          }
        });
    dialog.show();
  }

  /** The dialog, for tests and for the owner to wait on. */
  public Dialog<ButtonType> dialog() {
    return dialog;
  }

  /** The label-column choice on screen, e.g. {@code LAST 3} (the count matters only then). */
  private String choice() {
    return mode.getValue() == LabelMode.DETECT
        ? LabelMode.DETECT.name()
        : mode.getValue().name() + " " + count.getValue();
  }

  private void reread() {
    String reading = choice();
    LabelSpec spec =
        switch (mode.getValue()) {
          case DETECT -> LabelSpec.guess();
          case LAST -> LabelSpec.last(count.getValue());
          case FIRST -> LabelSpec.first(count.getValue());
        };
    Optional<Path> test = useTest.isSelected() ? testFile : Optional.empty();
    model.read(file, test, options.withLabels(spec), d -> {
      shownChoice.set(reading);
      show(d);
    });
  }

  private void show(LoadedData d) {
    this.data = d;
    Dataset t = d.train();
    summary.setText(
        d.test()
            .map(
                x -> Text.get(
                    "dataset.import.summaryWithTest", d.source(), t.shape(), String.valueOf(x.rows())))
            .orElseGet(() -> Text.get("dataset.import.summary", d.source(), t.shape())));
    labels.setText(
        Text.get(
            "dataset.import.labels", String.valueOf(t.labelCount()), String.join(", ", t.labelNames())));
    warnings.setText(String.join("\n", d.warnings()));
    warnings.setVisible(!d.warnings().isEmpty());
    warnings.setManaged(!d.warnings().isEmpty());
    preview.getColumns().clear();
    int shownFeatures = Math.min(PREVIEW_FEATURES, t.featureCount());
    for (int j = 0; j < shownFeatures; j++) {
      int col = j;
      TableColumn<Integer, String> c = new TableColumn<>(t.featureNames().get(j));
      c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(fmt(t.feature(r.getValue(), col))));
      preview.getColumns().add(mllab.ui.common.ColumnWidths.em(c, 0, 5));
    }
    if (t.featureCount() > shownFeatures) {
      TableColumn<Integer, String> more = new TableColumn<>(Text.get("dataset.import.moreFeatures", String.valueOf(t.featureCount() - shownFeatures)));
      more.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>("…"));
      preview.getColumns().add(more);
    }
    for (int k = 0; k < t.labelCount(); k++) {
      int label = k;
      TableColumn<Integer, String> c = new TableColumn<>(Text.get("dataset.import.labelColumn", t.labelNames().get(k)));
      c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(String.valueOf(t.label(r.getValue(), label))));
      preview.getColumns().add(mllab.ui.common.ColumnWidths.em(c, 0, 5));
    }
    Integer[] rows = new Integer[Math.min(PREVIEW_ROWS, t.rows())];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    preview.setItems(FXCollections.observableArrayList(rows));
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e6
        ? String.valueOf((long) v)
        : String.format(java.util.Locale.ROOT, "%.4g", v);
  }
}
