package mllab;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/** The layering of DESIGN.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "mllab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule onlyUiTouchesJavaFx =
      noClasses()
          .that()
          .resideOutsideOfPackage("mllab.ui..")
          .and()
          .doNotHaveFullyQualifiedName("mllab.App")
          .and()
          .doNotHaveFullyQualifiedName("mllab.Launcher")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "org.jfree..", "atlantafx..", "org.kordamp..")
          .because(
              "the engine must run without a window (CLI, tests, benchmarks); only the ui"
                  + " package and the entry classes may use the UI toolkit");

  @ArchTest
  static final ArchRule engineDoesNotCallUp =
      noClasses()
          .that()
          .resideInAnyPackage(
              "mllab.data..",
              "mllab.prep..",
              "mllab.split..",
              "mllab.model..",
              "mllab.eval..",
              "mllab.capability..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "mllab.pipeline..",
              "mllab.lesson..",
              "mllab.persist..",
              "mllab.ui..",
              "mllab.cli..",
              "mllab.quiz..")
          .because("calls run one way: ui → pipeline → model/eval/prep/split/data");

  @ArchTest
  static final ArchRule pipelineDoesNotCallUi =
      noClasses()
          .that()
          .resideInAnyPackage(
              "mllab.pipeline..",
              "mllab.lesson..",
              "mllab.persist..",
              "mllab.quiz..",
              "mllab.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("mllab.ui..")
          .because(
              "the pipeline, the lesson, persistence and the quiz are used by the ui, never"
                  + " the other way round")
          .allowEmptyShould(true);

  /**
   * Every class of the app sits in one layer, and each layer names what it may call (the same list
   * its package-info gives). Calls run from the window and the command line down: persist saves
   * sessions built from lesson defaults, lesson reads the pipeline, the pipeline drives the engine.
   */
  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .ensureAllClassesAreContainedInArchitecture()
          .layer("Entry")
          .definedBy("mllab")
          .layer("Ui")
          .definedBy("mllab.ui..")
          .layer("Cli")
          .definedBy("mllab.cli..")
          .layer("Export")
          .definedBy("mllab.export..")
          .layer("Persist")
          .definedBy("mllab.persist..")
          .layer("Lesson")
          .definedBy("mllab.lesson..")
          .layer("Pipeline")
          .definedBy("mllab.pipeline..")
          .layer("Quiz")
          .definedBy("mllab.quiz..")
          .layer("Methods")
          .definedBy("mllab.methods..")
          .layer("Model")
          .definedBy("mllab.model..")
          .layer("Prep")
          .definedBy("mllab.prep..", "mllab.split..")
          .layer("Eval")
          .definedBy("mllab.eval..")
          .layer("Data")
          .definedBy("mllab.data..")
          .layer("Capability")
          .definedBy("mllab.capability..")
          .layer("Text")
          .definedBy("mllab.text..")
          .whereLayer("Entry")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Ui")
          .mayOnlyAccessLayers(
              "Export",
              "Persist",
              "Lesson",
              "Pipeline",
              "Quiz",
              "Methods",
              "Model",
              "Prep",
              "Eval",
              "Data",
              "Text")
          .whereLayer("Cli")
          .mayOnlyAccessLayers(
              "Export",
              "Persist",
              "Lesson",
              "Pipeline",
              "Quiz",
              "Methods",
              "Model",
              "Prep",
              "Eval",
              "Data",
              "Text")
          .whereLayer("Export")
          .mayOnlyAccessLayers(
              "Persist", "Lesson", "Pipeline", "Model", "Prep", "Eval", "Data", "Text")
          .whereLayer("Persist")
          .mayOnlyAccessLayers(
              "Lesson", "Pipeline", "Quiz", "Model", "Prep", "Eval", "Data", "Text")
          .whereLayer("Lesson")
          .mayOnlyAccessLayers("Pipeline", "Methods", "Model", "Prep", "Eval", "Data", "Text")
          .whereLayer("Pipeline")
          .mayOnlyAccessLayers("Model", "Prep", "Eval", "Data", "Text")
          .whereLayer("Quiz")
          .mayOnlyAccessLayers("Eval", "Text")
          .whereLayer("Methods")
          .mayOnlyAccessLayers("Model", "Prep", "Eval", "Data", "Text")
          .whereLayer("Model")
          .mayOnlyAccessLayers("Eval", "Data", "Capability", "Text")
          .whereLayer("Prep")
          .mayOnlyAccessLayers("Data", "Text")
          .whereLayer("Eval")
          .mayOnlyAccessLayers("Capability", "Text")
          .whereLayer("Data")
          .mayOnlyAccessLayers("Text")
          .whereLayer("Capability")
          .mayNotAccessAnyLayer()
          .whereLayer("Text")
          .mayNotAccessAnyLayer()
          .because(
              "calls run one way, from the window and the command line down to the engine,"
                  + " and the engine's lower layers know nothing of the ones above");

  /** Each package of the app is a slice of its own, the root package ({@code App}) included. */
  private static final SliceAssignment EVERY_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
          String p = c.getPackageName();
          return p.equals("mllab") || p.startsWith("mllab.")
              ? SliceIdentifier.of(p)
              : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "every package of the app";
        }
      };

  @ArchTest
  static final ArchRule noCycles =
      slices()
          .assignedFrom(EVERY_PACKAGE)
          .should()
          .beFreeOfCycles()
          .because("a cycle between packages makes neither of them understandable alone");

  @ArchTest
  static final ArchRule screensDoNotImportEachOther =
      slices()
          .matching("mllab.ui.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              alwaysTrue(), resideInAnyPackage("mllab.ui.common..", "mllab.ui.chart.."))
          .ignoreDependency(resideInAnyPackage("mllab.ui.shell.."), alwaysTrue())
          // Step 5 hosts the trace (one of its tabs) and opens the comparison of methods: they are
          // parts of that screen kept in packages of their own, not screens of the navigator.
          .ignoreDependency(
              resideInAnyPackage("mllab.ui.evaluation.."),
              resideInAnyPackage("mllab.ui.trace..", "mllab.ui.compare.."))
          .because("each screen stands alone on the shared parts; only the shell assembles them");

  /** A call to {@code Platform.runLater}, or a reference to it handed on as an executor. */
  private static final DescribedPredicate<JavaAccess<?>> RUN_LATER =
      new DescribedPredicate<>("Platform.runLater") {
        @Override
        public boolean test(JavaAccess<?> access) {
          AccessTarget t = access.getTarget();
          return t.getOwner().getFullName().equals("javafx.application.Platform")
              && t.getName().equals("runLater");
        }
      };

  @ArchTest
  static final ArchRule onlyTheRunnerHandsWorkToTheFxThread =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("mllab.ui.common.FxBackgroundRunner")
          .should()
          .accessTargetWhere(RUN_LATER)
          .because(
              "FxBackgroundRunner.later is the one door to the FX thread's queue: work is"
                  + " handed to the FX thread through the runner, never behind its back");

  private static final List<Class<?>> FILE_IO =
      List.of(
          Files.class,
          FileInputStream.class,
          FileOutputStream.class,
          FileReader.class,
          FileWriter.class,
          RandomAccessFile.class);

  /**
   * Waiting for another thread and file IO block the thread that does them; in the ui that is the
   * FX thread, unless the code is background work by design (see {@link #BACKGROUND_BY_DESIGN}).
   */
  private static final DescribedPredicate<JavaAccess<?>> BLOCKS =
      new DescribedPredicate<>("wait for another thread or read or write a file") {
        @Override
        public boolean test(JavaAccess<?> access) {
          AccessTarget t = access.getTarget();
          JavaClass owner = t.getOwner();
          String name = t.getName();
          boolean blocks =
              (owner.isEquivalentTo(Thread.class) && (name.equals("sleep") || name.equals("join")))
                  || (owner.isAssignableTo(Future.class) && name.equals("get"))
                  || (owner.isAssignableTo(CompletableFuture.class) && name.equals("join"))
                  || FILE_IO.stream().anyMatch(owner::isAssignableTo);
          return blocks && !backgroundByDesign(access);
        }
      };

  /**
   * The ui code allowed to block because it does not run on the FX thread, or blocks only where
   * nothing waits: a class (with its nested classes) or one method ({@code Class#method}, lambdas
   * in it included), each with the reason.
   */
  private static final Map<String, String> BACKGROUND_BY_DESIGN =
      Map.of(
          "mllab.ui.common.StallMonitor",
          "a diagnostic, off unless -Dmllab.stallLog names a file: its own watchdog thread samples"
              + " the FX thread, and it writes its log once, as the app closes",
          "mllab.ui.dataset.DatasetViewModel#companionTestFile",
          "one look (no read) for the MULAN test file beside the file the student just picked, to"
              + " offer it in the import dialog; both files are then read on the runner",
          "mllab.ui.shell.QuestionBankService#exportQuestions",
          "writes the exported questions inside the runner's task (a lambda, which ArchUnit counts"
              + " as the method's)",
          "mllab.ui.shell.QuestionBankService#learnModel",
          "joins the built-in questions' future only once it is done: it is reached through"
              + " withLearnModel, or after learnReady() said so");

  private static boolean backgroundByDesign(JavaAccess<?> access) {
    String owner = access.getOriginOwner().getName();
    String method = access.getOrigin().getName();
    return BACKGROUND_BY_DESIGN.keySet().stream()
        .anyMatch(
            k ->
                k.contains("#")
                    ? k.equals(owner + "#" + method)
                    : owner.equals(k) || owner.startsWith(k + "$"));
  }

  @ArchTest
  static final ArchRule uiDoesNotBlockTheFxThread =
      noClasses()
          .that()
          .resideInAPackage("mllab.ui..")
          .should()
          .accessTargetWhere(BLOCKS)
          .because(
              "the FX thread draws every frame: ui code that sleeps, waits for a result or"
                  + " touches a file freezes the window (as far as ArchUnit can tell: the calls a ui"
                  + " class makes itself, lambdas included)");
}
