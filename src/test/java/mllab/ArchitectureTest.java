package mllab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
