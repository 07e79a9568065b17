package mllab.ui.dataset;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import mllab.data.GeneratorSettings;
import mllab.data.io.ReadOptions;
import mllab.text.Text;
import mllab.ui.common.NodeIds;

/**
 * The Dataset menu (bundled, generate, open), drag-and-drop of a file onto the window, and the
 * error dialog that names the file and line while the current dataset stays.
 */
public final class DatasetMenu {

  /**
   * The import dialog's controls, skins and behaviours that are loaded before it is first shown.
   */
  private static final String[] IMPORT_DIALOG_CLASSES = {
    "javafx.scene.control.Dialog",
    "javafx.scene.control.HeavyweightDialog",
    "javafx.scene.control.DialogPane",
    "javafx.scene.control.ButtonBar",
    "javafx.scene.control.skin.ButtonBarSkin",
    "javafx.scene.control.ComboBoxBase",
    "javafx.scene.control.ComboBox",
    "javafx.scene.control.skin.ComboBoxBaseSkin",
    "javafx.scene.control.skin.ComboBoxPopupControl",
    "javafx.scene.control.skin.ComboBoxListViewSkin",
    "com.sun.javafx.scene.control.behavior.ComboBoxBaseBehavior",
    "com.sun.javafx.scene.control.behavior.ComboBoxListViewBehavior",
    "javafx.scene.control.Spinner",
    "javafx.scene.control.SpinnerValueFactory",
    "javafx.scene.control.skin.SpinnerSkin",
    "com.sun.javafx.scene.control.behavior.SpinnerBehavior",
    "javafx.scene.control.skin.ProgressBarSkin",
    "javafx.scene.control.CheckBox",
    "javafx.scene.control.skin.CheckBoxSkin",
    "javafx.scene.control.ListView",
    "javafx.scene.control.ListCell",
    "javafx.scene.control.skin.VirtualContainerBase",
    "javafx.scene.control.skin.VirtualFlow",
    "javafx.scene.control.skin.ListViewSkin",
    "javafx.scene.control.skin.CellSkinBase",
    "javafx.scene.control.skin.ListCellSkin",
    "com.sun.javafx.scene.control.behavior.ListViewBehavior",
    "com.sun.javafx.scene.control.behavior.CellBehaviorBase",
    "com.sun.javafx.scene.control.behavior.ListCellBehavior",
    "javafx.scene.control.MultipleSelectionModelBase",
    "javafx.scene.control.TableView",
    "javafx.scene.control.TableColumnBase",
    "javafx.scene.control.TableColumn",
    "javafx.scene.control.TableUtil",
    "javafx.scene.control.TableRow",
    "javafx.scene.control.TableCell",
    "javafx.scene.control.skin.TableViewSkinBase",
    "javafx.scene.control.skin.TableViewSkin",
    "javafx.scene.control.skin.TableHeaderRow",
    "javafx.scene.control.skin.TableColumnHeader",
    "javafx.scene.control.skin.NestedTableColumnHeader",
    "javafx.scene.control.skin.TableRowSkinBase",
    "javafx.scene.control.skin.TableRowSkin",
    "javafx.scene.control.skin.TableCellSkinBase",
    "javafx.scene.control.skin.TableCellSkin",
    "com.sun.javafx.scene.control.behavior.TableViewBehaviorBase",
    "com.sun.javafx.scene.control.behavior.TableViewBehavior",
    "com.sun.javafx.scene.control.behavior.TableRowBehaviorBase",
    "com.sun.javafx.scene.control.behavior.TableRowBehavior",
    "com.sun.javafx.scene.control.behavior.TableCellBehaviorBase",
    "com.sun.javafx.scene.control.behavior.TableCellBehavior",
    "javafx.collections.transformation.SortedList",
  };

  /** Whether the import dialog's classes were loaded already (once is enough). */
  private static final java.util.concurrent.atomic.AtomicBoolean WARMED_UP =
      new java.util.concurrent.atomic.AtomicBoolean();

  private final DatasetViewModel model;
  private Scene scene;
  private GeneratorSettings lastSettings = GeneratorSettings.lesson();

  /** Set by the window before any menu can be used. */
  private mllab.ui.common.FileDialogs files;

  public DatasetMenu(DatasetViewModel model) {
    this.model = model;
  }

  public Menu createMenu() {
    MenuItem open = new MenuItem(Text.get("dataset.menu.open"));
    open.setId(NodeIds.MENU_OPEN);
    open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
    open.setOnAction(e -> chooseFile());
    MenuItem generate = new MenuItem(Text.get("dataset.menu.generate"));
    generate.setId(NodeIds.MENU_GENERATE);
    generate.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
    generate.setOnAction(
        e ->
            new GeneratorDialog(lastSettings)
                .showAndWait(scene.getWindow())
                .ifPresent(
                    s -> {
                      lastSettings = s;
                      model.generate(s);
                    }));
    MenuItem bundled =
        new MenuItem(Text.get("dataset.menu.bundled", mllab.lesson.Lesson.DATASET_FILE));
    bundled.setId(NodeIds.MENU_BUNDLED);
    bundled.setOnAction(e -> model.loadBundled());
    Menu menu = new Menu(Text.get("dataset.menu.dataset"), null, bundled, generate, open);
    menu.setId(NodeIds.MENU_DATASET);
    return menu;
  }

  /** A status line for the window: a progress bar and what is being read, shown while busy. */
  public javafx.scene.Node createStatus() {
    javafx.scene.Node progress =
        mllab.ui.common.BuiltWhenShown.of(
            model.busyProperty(),
            () -> {
              javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
              bar.setId(NodeIds.DATASET_PROGRESS);
              bar.progressProperty().bind(model.progressProperty());
              bar.setPrefWidth(140);
              return bar;
            });
    javafx.scene.control.Label text = new javafx.scene.control.Label();
    text.setId(NodeIds.DATASET_STATUS);
    text.textProperty().bind(model.statusProperty());
    // A long status (a wide file's name and shape) wraps onto a second line in the footer rather
    // than losing its end; Back and Next keep their place (see the footer).
    text.setWrapText(true);
    text.setMinWidth(0);
    javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, progress, text);
    box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return box;
  }

  /** Installs drag-and-drop of a dataset file and the error dialog on {@code scene}. */
  public void install(Scene s) {
    this.scene = s;
    s.setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    s.setOnDragDropped(
        e -> {
          List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
          if (!files.isEmpty()) {
            open(files.get(0).toPath());
          }
          e.setDropCompleted(!files.isEmpty());
          e.consume();
        });
    model
        .errorProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null && !b.isEmpty()) {
                showError(b);
              }
            });
  }

  private void chooseFile() {
    files
        .open(
            scene.getWindow(),
            Text.get("dataset.open.title"),
            List.of(
                new FileChooser.ExtensionFilter(Text.get("dataset.open.filter"), "*.csv", "*.arff"),
                new FileChooser.ExtensionFilter(Text.get("dataset.open.allFiles"), "*.*")))
        .ifPresent(this::open);
  }

  /** The file dialogs to open datasets with (the window's, which remember the last folder). */
  public void setFileDialogs(mllab.ui.common.FileDialogs files) {
    this.files = files;
  }

  /** Shows the import dialog for {@code file} at once; it reads the file in the background. */
  public void open(Path file) {
    open(file, ReadOptions.defaults());
  }

  private void open(Path file, ReadOptions options) {
    new ImportDialog(
            model,
            file,
            DatasetViewModel.companionTestFile(file),
            options,
            failure -> {
              if (!DatasetViewModel.isMissingValues(failure)
                  || options.missingValues() != mllab.data.io.MissingValuePolicy.REFUSE) {
                return false;
              }
              askAboutMissingValues(file, failure.getMessage(), options);
              return true;
            })
        .show(scene.getWindow());
  }

  /**
   * Loads the classes of the import dialog's controls, skins and behaviours (dialog, table, list,
   * combo box, spinner, progress bar) off the FX thread, so that opening the first file does not
   * read them while the dialog's first frames are drawn. Returns how many were loaded.
   */
  public static int warmUpImportDialog() {
    if (!WARMED_UP.compareAndSet(false, true)) {
      return 0;
    }
    return mllab.ui.common.ClassWarmUp.load(IMPORT_DIALOG_CLASSES);
  }

  /** Missing values are never guessed silently: the user chooses to drop rows or fill means. */
  private void askAboutMissingValues(Path file, String message, ReadOptions options) {
    javafx.scene.control.ButtonType drop =
        new javafx.scene.control.ButtonType(Text.get("dataset.missing.drop"));
    javafx.scene.control.ButtonType impute =
        new javafx.scene.control.ButtonType(Text.get("dataset.missing.impute"));
    Alert ask =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            Text.get("dataset.missing.content", message),
            drop,
            impute,
            javafx.scene.control.ButtonType.CANCEL);
    ask.initOwner(scene.getWindow());
    mllab.ui.common.Dialogs.styleLike(ask, scene.getWindow());
    ask.setTitle(Text.get("dataset.missing.title", String.valueOf(file.getFileName())));
    ask.setHeaderText(Text.get("dataset.missing.header", String.valueOf(file.getFileName())));
    ask.getDialogPane().setId(NodeIds.MISSING_VALUES);
    ask.getDialogPane().setMinWidth(520);
    ask.resultProperty()
        .addListener(
            (o, a, choice) -> {
              if (choice == drop) {
                open(file, options.withMissingValues(mllab.data.io.MissingValuePolicy.DROP_ROWS));
              } else if (choice == impute) {
                open(file, options.withMissingValues(mllab.data.io.MissingValuePolicy.IMPUTE_MEAN));
              }
            });
    ask.show();
  }

  private void showError(String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(scene.getWindow());
    mllab.ui.common.Dialogs.styleLike(alert, scene.getWindow());
    alert.setTitle(Text.get("dataset.error.title"));
    alert.setHeaderText(Text.get("dataset.error.header"));
    alert.setContentText(Text.get("dataset.error.content", message));
    alert.getDialogPane().setId(NodeIds.DATASET_ERROR);
    alert.getDialogPane().setMinWidth(520);
    alert.show();
  }
}
