package mllab.ui.dataset;

import java.nio.file.Path;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import mllab.data.io.LabelSpec;
import mllab.data.io.LoadedData;
import mllab.data.io.ReadOptions;
import mllab.text.Text;
import mllab.ui.common.LazyTooltip;
import mllab.ui.common.NodeIds;
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

  /** Columns the preview shows at a time; more are reached through its column window. */
  static final int PREVIEW_COLUMNS = 8;

  private final DatasetViewModel model;
  private final Path file;
  private final Optional<Path> testFile;
  private final ReadOptions options;
  private final java.util.function.Predicate<Throwable> handled;
  private LoadedData data;
  private final Dialog<ButtonType> dialog = new Dialog<>();

  /** The label-column choice the data on screen was read with. */
  private final javafx.beans.property.StringProperty shownChoice =
      new javafx.beans.property.SimpleStringProperty();

  /** True once a file has been read and is on screen. */
  private final javafx.beans.property.BooleanProperty loaded =
      new javafx.beans.property.SimpleBooleanProperty();

  private final Label summary = new Label();
  private final Label labels = new Label();
  private final Label features = new Label();
  private final ImportWarnings warnings = new ImportWarnings();
  private final ImportPreview preview = new ImportPreview();
  private final ImportLabels labelList = new ImportLabels();

  /** True once the label list and the preview, built after the first frame, are in the dialog. */
  private final javafx.beans.property.BooleanProperty filledIn =
      new javafx.beans.property.SimpleBooleanProperty();

  private final ComboBox<LabelMode> mode =
      new ComboBox<>(FXCollections.observableArrayList(LabelMode.values()));
  private final Spinner<Integer> count = new Spinner<>(1, 100_000, 1);
  private final CheckBox useTest = new CheckBox();
  private boolean failedFirstRead;

  /**
   * @param handled may take care of a failed read itself (returns true, e.g. asks about missing
   *     values); otherwise the failure is reported as an error
   */
  public ImportDialog(
      DatasetViewModel model,
      Path file,
      Optional<Path> testFile,
      ReadOptions options,
      java.util.function.Predicate<Throwable> handled) {
    this.model = model;
    this.file = file;
    this.testFile = testFile;
    this.options = options;
    this.handled = handled;
  }

  /**
   * Shows the dialog at once and reads the file in the background: the dialog fills in when the
   * file is read. "Use this dataset" prepares it in the background and makes it current.
   */
  public void show(Window owner) {
    dialog.initOwner(owner);
    mllab.ui.common.Dialogs.styleLike(dialog, owner);
    dialog.setTitle(Text.get("dataset.import.title", String.valueOf(file.getFileName())));
    dialog.setHeaderText(Text.get("dataset.import.header", String.valueOf(file.getFileName())));
    styleTexts();
    HBox labelRow = labelRow();
    offerTestFile();

    VBox content =
        new VBox(
            10,
            progressRow(),
            summary,
            labels,
            features,
            labelRow,
            useTest,
            warnings.node(),
            new HBox(10, preview.node(), labelList.node()));
    content.setPrefWidth(840);
    dialog.setResizable(true);
    dialog.getDialogPane().setMinWidth(880);
    // Zoomed in on a small screen the dialog is taller than the window: its content scrolls, so
    // that "Use this dataset" and Cancel stay on screen below it.
    dialog.getDialogPane().setContent(mllab.ui.common.Dialogs.scrolling(content));
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    okButton();
    // Enter in the count reads again with it (and does not press the default button).
    count.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
            count.commitValue();
            if (!model.busyProperty().get()) {
              reread();
            }
            e.consume();
          }
        });
    dialog.setResultConverter(b -> b);
    dialog.setOnHidden(
        e -> {
          if (!failedFirstRead) {
            model.cancel();
          }
        });
    summary.setText(Text.get("dataset.status.reading", String.valueOf(file.getFileName())));
    fillInAfterFirstFrame(content);
    dialog.show();
    read(choice(), options.labels(), testFile);
  }

  /**
   * The first frame is the dialog's texts and buttons; the label list and the preview table (their
   * first CSS pass and skins held it for 0.3-1 s on bibtex) follow one per pulse, in the room kept
   * for them. "Use this dataset" waits for them.
   */
  private void fillInAfterFirstFrame(javafx.scene.Node content) {
    mllab.ui.common.AfterFirstLayout.inTurn(
        content,
        java.util.List.of(
            labelList::build,
            () -> {
              preview.build();
              filledIn.set(true);
            }));
  }

  /** The texts about the file: ids and wrapping. */
  private void styleTexts() {
    summary.setId(NodeIds.IMPORT_SUMMARY);
    summary.setWrapText(true);
    labels.setId(NodeIds.IMPORT_LABELS);
    labels.setWrapText(true);
    features.setId(NodeIds.IMPORT_FEATURES);
    features.setWrapText(true);
    // Wrapped texts take the height they need: a dialog sized before they filled in would cut them.
    for (Label l : new Label[] {summary, labels, features}) {
      l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
  }

  /** How the label columns are chosen, how many, and "read again". */
  private HBox labelRow() {
    mode.setId(NodeIds.IMPORT_LABEL_MODE);
    mode.setAccessibleText(Text.get("dataset.import.modeAccessible"));
    mode.getSelectionModel().select(LabelMode.DETECT);
    count.setId(NodeIds.IMPORT_LABEL_COUNT);
    count.setEditable(true);
    mllab.ui.common.Spinners.keepValidIntegers(count);
    count.setAccessibleText(Text.get("dataset.import.countAccessible"));
    count.disableProperty().bind(mode.valueProperty().isEqualTo(LabelMode.DETECT));
    Button reread = new Button(Text.get("dataset.import.reread"));
    reread.setId(NodeIds.IMPORT_REREAD);
    reread.setOnAction(e -> reread());
    reread.disableProperty().bind(model.busyProperty());
    Label labelsCaption = new Label(Text.get("dataset.import.labelColumns"));
    labelsCaption.setLabelFor(mode);
    Label countCaption = new Label(Text.get("dataset.import.count"));
    countCaption.setLabelFor(count);
    for (javafx.scene.control.Control c :
        new javafx.scene.control.Control[] {labelsCaption, countCaption, reread}) {
      c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    mode.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    count.setMinWidth(90);
    HBox labelRow = new HBox(8, labelsCaption, mode, countCaption, count, reread);
    labelRow.setAlignment(Pos.CENTER_LEFT);
    return labelRow;
  }

  /** With a test file beside the training file: a box, ticked, to read it too. */
  private void offerTestFile() {
    useTest.setId(NodeIds.IMPORT_USE_TEST);
    testFile.ifPresent(
        t -> {
          useTest.setText(Text.get("dataset.import.useTest", String.valueOf(t.getFileName())));
          useTest.setSelected(true);
          useTest.setOnAction(e -> reread());
        });
    useTest.setVisible(testFile.isPresent());
    useTest.setManaged(testFile.isPresent());
  }

  /** "Use this dataset": enabled for the data on screen, applies it in the background. */
  private void okButton() {
    Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.setText(Text.get("dataset.import.ok"));
    ok.setId(NodeIds.IMPORT_OK);
    ok.setAccessibleHelp(Text.get("dataset.import.okHelp"));
    // The preview shows the data as read with one choice of label columns: once the choice is
    // changed, OK would apply data the student is no longer looking at, so it waits for a re-read.
    shownChoice.set(choice());
    ok.disableProperty()
        .bind(
            model
                .busyProperty()
                .or(loaded.not())
                .or(filledIn.not())
                .or(
                    javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> !choice().equals(shownChoice.get()),
                        mode.valueProperty(),
                        count.valueProperty(),
                        shownChoice)));
    // While the file is read, Cancel is the one button not disabled and takes the focus: once OK
    // can be used the first time, it takes the focus back, so that Enter uses the dataset (Enter
    // on the focused Cancel closed the dialog with the file unused). A focus the student moved
    // elsewhere meanwhile stays where it is.
    Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
    mllab.ui.common.Once.when(
        ok.disabledProperty(),
        false,
        () -> {
          javafx.scene.Node focused = ok.getScene() == null ? null : ok.getScene().getFocusOwner();
          if (focused == null || focused == cancel) {
            ok.requestFocus();
          }
        });
    // OK prepares the dataset in the background; the dialog closes when it is in use, and Cancel
    // meanwhile stops it with the current dataset still there.
    ok.addEventFilter(
        javafx.event.ActionEvent.ACTION,
        e -> {
          e.consume();
          model.applyInBackground(
              data,
              file,
              () -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
              });
        });
  }

  /** A progress bar, what is happening, and Stop while something runs. */
  private HBox progressRow() {
    ProgressBar bar = new ProgressBar();
    bar.setId(NodeIds.IMPORT_PROGRESS);
    bar.progressProperty().bind(model.progressProperty());
    bar.setPrefWidth(160);
    bar.setAccessibleText(Text.get("dataset.import.progressAccessible"));
    Label status = new Label();
    status.setId(NodeIds.IMPORT_STATUS);
    status.textProperty().bind(model.statusProperty());
    status.getStyleClass().add(Styles.MUTED);
    status.setWrapText(true);
    Button stop = new Button(Text.get("dataset.import.stop"));
    stop.setId(NodeIds.IMPORT_STOP);
    stop.setAccessibleHelp(Text.get("dataset.import.stopHelp"));
    LazyTooltip.installPlain(stop, Text.get("dataset.import.stopHelp"));
    stop.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    stop.setOnAction(e -> model.cancel());
    HBox row = new HBox(8, bar, stop, status);
    row.setAlignment(Pos.CENTER_LEFT);
    for (javafx.scene.Node n : new javafx.scene.Node[] {bar, stop}) {
      n.visibleProperty().bind(model.busyProperty());
      n.managedProperty().bind(model.busyProperty());
    }
    return row;
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
    LabelSpec spec =
        switch (mode.getValue()) {
          case DETECT -> LabelSpec.guess();
          case LAST -> LabelSpec.last(count.getValue());
          case FIRST -> LabelSpec.first(count.getValue());
        };
    read(choice(), spec, useTest.isSelected() ? testFile : Optional.empty());
  }

  /** Reads (and summarises) in the background; a first read that fails closes the dialog. */
  private void read(String reading, LabelSpec spec, Optional<Path> test) {
    model.read(
        file,
        test,
        options.withLabels(spec),
        ImportSummary::of,
        s -> {
          shownChoice.set(reading);
          show(s);
        },
        t -> {
          if (data != null) {
            return false;
          }
          failedFirstRead = true;
          dialog.setResult(ButtonType.CANCEL);
          dialog.close();
          return handled.test(t);
        });
  }

  private void show(ImportSummary s) {
    this.data = s.data();
    summary.setText(s.summary());
    labels.setText(s.labels());
    features.setText(s.features());
    warnings.show(s.data().warnings());
    if (count.getValue() != s.data().train().labelCount() && mode.getValue() == LabelMode.DETECT) {
      count.getValueFactory().setValue(s.data().train().labelCount());
      shownChoice.set(choice());
    }
    labelList.show(s.labelEntries());
    preview.show(s.data().train(), s.columns());
    loaded.set(true);
  }
}
