package mllab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
              "mllab.data..", "mllab.prep..", "mllab.split..", "mllab.model..", "mllab.eval..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("mllab.pipeline..", "mllab.ui..", "mllab.cli..", "mllab.quiz..")
          .because("calls run one way: ui → pipeline → model/eval/prep/split/data");

  @ArchTest
  static final ArchRule pipelineDoesNotCallUi =
      noClasses()
          .that()
          .resideInAnyPackage("mllab.pipeline..", "mllab.quiz..", "mllab.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("mllab.ui..")
          .because("the pipeline and quiz are used by the ui, never the other way round")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Entry").definedBy("mllab")
          .layer("Ui").definedBy("mllab.ui..")
          .layer("Cli").definedBy("mllab.cli..")
          .layer("Export").definedBy("mllab.export..")
          .layer("Pipeline").definedBy("mllab.pipeline..")
          .layer("Quiz").definedBy("mllab.quiz..")
          .layer("Methods").definedBy("mllab.methods..")
          .layer("Model").definedBy("mllab.model..")
          .layer("Prep").definedBy("mllab.prep..", "mllab.split..")
          .layer("Eval").definedBy("mllab.eval..")
          .layer("Data").definedBy("mllab.data..")
          .layer("Text").definedBy("mllab.text..")
          .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
          .whereLayer("Ui").mayOnlyBeAccessedByLayers("Entry")
          .whereLayer("Cli").mayOnlyBeAccessedByLayers("Entry")
          .whereLayer("Export").mayOnlyBeAccessedByLayers("Entry", "Ui", "Cli")
          .whereLayer("Pipeline").mayOnlyBeAccessedByLayers("Entry", "Ui", "Cli", "Export")
          .whereLayer("Quiz").mayOnlyBeAccessedByLayers("Entry", "Ui", "Cli", "Pipeline")
          .whereLayer("Methods").mayOnlyBeAccessedByLayers("Ui", "Cli", "Pipeline", "Export")
          .because("calls run one way, from the window and the command line down to the engine,"
              + " and the engine's lower layers know nothing of the ones above");

  @ArchTest
  static final ArchRule noCycles =
      slices().matching("mllab.(**)").should().beFreeOfCycles()
          .because("a cycle between packages makes neither of them understandable alone");

  @ArchTest
  static final ArchRule screensDoNotImportEachOther =
      slices().matching("mllab.ui.(*)..")
          .should().notDependOnEachOther()
          .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
              com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                  "mllab.ui.common..", "mllab.ui.chart.."))
          .ignoreDependency(
              com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                  "mllab.ui.shell.."),
              com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
          // Step 5 hosts the trace (one of its tabs) and opens the comparison of methods: they are
          // parts of that screen kept in packages of their own, not screens of the navigator.
          .ignoreDependency(
              com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                  "mllab.ui.evaluation.."),
              com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                  "mllab.ui.trace..", "mllab.ui.compare.."))
          .because("each screen stands alone on the shared parts; only the shell assembles them");
}
