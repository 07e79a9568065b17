package mllab.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import mllab.persist.ProgressStore;
import mllab.pipeline.Step;
import mllab.quiz.GiftExport;
import mllab.quiz.MoodleXmlExport;
import mllab.quiz.Question;
import mllab.quiz.QuestionBank;
import mllab.quiz.QuestionData;
import mllab.quiz.QuestionStep;
import mllab.text.Text;
import mllab.ui.common.FileDialogs;
import mllab.ui.common.FxBackgroundRunner;
import mllab.ui.common.Messages;
import mllab.ui.common.SessionModel;
import mllab.ui.quiz.LearnViewModel;

/**
 * The questions behind Learn and the steps' "check yourself" cards: the built-in bank, read in the
 * background; the Learn screen's model, made on first use; and File → Open question bank and Export
 * questions, with the file reading and writing off the FX thread.
 */
final class QuestionBankService {

  private final SessionModel session;
  private final ProgressStore progressStore;
  private final Supplier<QuestionBank> builtInBankReader;
  private final FileDialogs fileDialogs;
  private final Supplier<Window> owner;
  private final Consumer<Step> onOpenStep;
  private final Runnable showLearn;
  private CompletableFuture<QuestionBank> builtInBank;
  private LearnViewModel learn;

  /**
   * @param builtInBankReader reads the built-in questions (on a background thread)
   * @param onOpenStep a Learn question's "Try it": opens its step
   * @param showLearn shows the Learn screen (after a bank was opened)
   */
  QuestionBankService(
      SessionModel session,
      ProgressStore progressStore,
      Supplier<QuestionBank> builtInBankReader,
      FileDialogs fileDialogs,
      Supplier<Window> owner,
      Consumer<Step> onOpenStep,
      Runnable showLearn) {
    this.session = session;
    this.progressStore = progressStore;
    this.builtInBankReader = builtInBankReader;
    this.fileDialogs = fileDialogs;
    this.owner = owner;
    this.onOpenStep = onOpenStep;
    this.showLearn = showLearn;
  }

  /** Uses {@code bank}, already read, as the built-in questions. */
  void useBuiltIn(QuestionBank bank) {
    builtInBank = CompletableFuture.completedFuture(bank);
  }

  /** The built-in questions, read in the background on first use. */
  CompletableFuture<QuestionBank> builtInBank() {
    if (builtInBank == null) {
      builtInBank =
          CompletableFuture.supplyAsync(
              builtInBankReader,
              work -> {
                Thread reader = new Thread(work, "mllab-questions");
                reader.setDaemon(true); // closing the window need not wait for it
                reader.start();
              });
    }
    return builtInBank;
  }

  /** Gives {@code show} the "check yourself" question of {@code step}, on the FX thread, if any. */
  void checkFor(Step step, Consumer<Question> show) {
    builtInBank()
        .thenAcceptAsync(
            bank -> bank.checkFor(QuestionStep.valueOf(step.name())).ifPresent(show),
            FxBackgroundRunner::later);
  }

  /** True when the Learn model can be had at once, without waiting for the questions. */
  boolean learnReady() {
    return learn != null || builtInBank().isDone();
  }

  /** Runs {@code action} on the FX thread with the Learn model, once the questions are read. */
  void withLearnModel(Consumer<LearnViewModel> action) {
    builtInBank()
        .thenRunAsync(
            () -> action.accept(learnModel()),
            work -> {
              if (Platform.isFxApplicationThread()) {
                work.run();
              } else {
                FxBackgroundRunner.later(work);
              }
            });
  }

  /**
   * The Learn screen's model, made on first use (by the screen or the question-bank menu). Only
   * called once the built-in questions are read (see {@link #withLearnModel}), so the join below
   * never waits.
   */
  LearnViewModel learnModel() {
    if (learn == null) {
      learn = new LearnViewModel(session, progressStore, builtInBank().join());
      learn.setOnOpenStep(onOpenStep);
    }
    return learn;
  }

  /** Writes quiz answers not yet on disk. */
  void flushProgress() {
    if (learn != null) {
      learn.flushProgress();
    }
  }

  /** Loads an instructor's question bank (a YAML file or a folder of them) for Learn. */
  void open(Path fileOrFolder) {
    session
        .runner()
        .run(
            () -> QuestionBank.load(fileOrFolder),
            bank ->
                withLearnModel(
                    learn -> {
                      learn.useBank(bank, String.valueOf(fileOrFolder.getFileName()));
                      showLearn.run();
                    }),
            error ->
                withLearnModel(
                    learn ->
                        learn.tell(
                            Text.get(
                                "shell.bank.readFailed",
                                String.valueOf(fileOrFolder.getFileName()),
                                Messages.explain(error)))));
  }

  /** Writes the questions in use as Moodle XML or GIFT, for a course site. */
  void export(boolean moodle, Path file) {
    withLearnModel(learn -> exportQuestions(learn, moodle, file));
  }

  private void exportQuestions(LearnViewModel learn, boolean moodle, Path file) {
    int labels = session.session().dataset().labelCount();
    List<Question> questions =
        learn.bank().questions().stream().map(q -> QuestionData.fill(q, labels)).toList();
    session
        .runner()
        .run(
            () -> {
              Files.writeString(
                  file, moodle ? MoodleXmlExport.toXml(questions) : GiftExport.toGift(questions));
              return file;
            },
            done ->
                learn.tell(
                    Text.get(
                        "shell.bank.written",
                        String.valueOf(questions.size()),
                        String.valueOf(file.getFileName()))),
            error ->
                learn.tell(
                    Text.get(
                        "shell.bank.writeFailed",
                        String.valueOf(file.getFileName()),
                        Messages.explain(error))));
  }

  /** File → Open question bank…: asks for a YAML file, then opens it. */
  void chooseAndOpen() {
    fileDialogs
        .open(
            owner.get(),
            Text.get("shell.bank.openTitle"),
            List.of(
                new FileChooser.ExtensionFilter(Text.get("shell.bank.filter"), "*.yaml", "*.yml")))
        .ifPresent(this::open);
  }

  /** File → Export questions as Moodle XML or GIFT…: asks where, then writes. */
  void chooseExport(boolean moodle) {
    String fileName = moodle ? "questions.xml" : "questions.gift";
    fileDialogs
        .save(
            owner.get(),
            moodle
                ? Text.get("shell.bank.exportMoodleTitle")
                : Text.get("shell.bank.exportGiftTitle"),
            fileName,
            List.of())
        .ifPresent(file -> export(moodle, file));
  }
}
