package mllab.ui.dataset;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import mllab.data.GeneratorSettings;
import mllab.data.io.ReadOptions;

/**
 * The Dataset menu (bundled, generate, open), drag-and-drop of a file onto the window, and the
 * error dialog that names the file and line while the current dataset stays.
 */
public final class DatasetMenu {

  private final DatasetViewModel model;
  private Scene scene;
  private GeneratorSettings lastSettings = GeneratorSettings.lesson();

  public DatasetMenu(DatasetViewModel model) {
    this.model = model;
  }

  public Menu createMenu() {
    MenuItem open = new MenuItem("Open CSV or ARFF…");
    open.setId("menu-open");
    open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
    open.setOnAction(e -> chooseFile());
    MenuItem generate = new MenuItem("Generate a dataset…");
    generate.setId("menu-generate");
    generate.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
    generate.setOnAction(
        e -> new GeneratorDialog(lastSettings)
            .showAndWait(scene.getWindow())
            .ifPresent(
                s -> {
                  lastSettings = s;
                  model.generate(s);
                }));
    MenuItem bundled = new MenuItem("Bundled lesson dataset (photos.csv)");
    bundled.setId("menu-bundled");
    bundled.setOnAction(e -> model.loadBundled());
    Menu menu = new Menu("_Dataset", null, bundled, generate, open);
    menu.setId("menu-dataset");
    return menu;
  }

  /** A status line for the window: a progress bar and what is being read, shown while busy. */
  public javafx.scene.Node createStatus() {
    javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
    bar.setId("dataset-progress");
    bar.progressProperty().bind(model.progressProperty());
    bar.setPrefWidth(140);
    javafx.scene.control.Label text = new javafx.scene.control.Label();
    text.setId("dataset-status");
    text.textProperty().bind(model.statusProperty());
    javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, bar, text);
    box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    bar.visibleProperty().bind(model.busyProperty());
    bar.managedProperty().bind(model.busyProperty());
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
    model.errorProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null && !b.isEmpty()) {
                showError(b);
              }
            });
  }

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a multi-label dataset");
    chooser.getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Datasets (*.csv, *.arff)", "*.csv", "*.arff"),
            new FileChooser.ExtensionFilter("All files", "*.*"));
    File f = chooser.showOpenDialog(scene.getWindow());
    if (f != null) {
      open(f.toPath());
    }
  }

  /** Reads {@code file} in the background, then shows the import dialog to confirm. */
  public void open(Path file) {
    open(file, ReadOptions.defaults());
  }

  private void open(Path file, ReadOptions options) {
    Optional<Path> test = DatasetViewModel.companionTestFile(file);
    model.read(
        file,
        test,
        options,
        data -> new ImportDialog(model, file, test, options, data).show(scene.getWindow()),
        failure -> {
          if (!DatasetViewModel.isMissingValues(failure)
              || options.missingValues() != mllab.data.io.MissingValuePolicy.REFUSE) {
            return false;
          }
          askAboutMissingValues(file, failure.getMessage(), options);
          return true;
        });
  }

  /** Missing values are never guessed silently: the user chooses to drop rows or fill means. */
  private void askAboutMissingValues(Path file, String message, ReadOptions options) {
    javafx.scene.control.ButtonType drop =
        new javafx.scene.control.ButtonType("Drop those rows");
    javafx.scene.control.ButtonType impute =
        new javafx.scene.control.ButtonType("Fill with the column mean");
    Alert ask =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            message + "\n\nDropping removes the rows; filling replaces each missing feature with"
                + " the mean of its column. Your current dataset is unchanged until you choose.",
            drop,
            impute,
            javafx.scene.control.ButtonType.CANCEL);
    ask.initOwner(scene.getWindow());
    ask.setTitle("Missing values in " + file.getFileName());
    ask.setHeaderText(file.getFileName() + " has missing values");
    ask.getDialogPane().setId("missing-values");
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
    alert.setTitle("Could not open the dataset");
    alert.setHeaderText("The file could not be used");
    alert.setContentText(message + "\n\nYour current dataset is unchanged.");
    alert.getDialogPane().setId("dataset-error");
    alert.getDialogPane().setMinWidth(520);
    alert.show();
  }
}
