package mllab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The optimisers add the L2 penalty's gradient {@code λ w} inside their update loop. Taking a step
 * that way must be the same step as on a gradient that already contains the penalty, which is what
 * the penalty means (the gradient check covers the penalty only through plain SGD).
 */
class OptimizerTest {

  @ParameterizedTest
  @EnumSource(Optimizer.class)
  void stepWithL2IsTheStepOnThePenalisedGradient(Optimizer optimizer) {
    // Given weights, their loss gradient, some optimiser state and λ = 0.05
    double l2 = 0.05;
    double[] w = {0.8, -0.3, 0.0, 1.5, -2.0};
    double[] g = {0.01, -0.2, 0.3, 0.0, 0.05};
    TrainingConfig config = TrainingConfig.lesson().withOptimizer(optimizer).withL2(l2);
    double stepSize = optimizer.stepSize(config, 3);
    double[] penalised = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      penalised[i] = g[i] + l2 * w[i];
    }
    double[] fusedW = w.clone();
    double[] fusedM = {0.1, 0.0, -0.1, 0.2, 0.0};
    double[] fusedV = {0.01, 0.02, 0.0, 0.03, 0.04};
    double[] plainW = w.clone();
    double[] plainM = fusedM.clone();
    double[] plainV = fusedV.clone();

    // When one takes the step with λ, the other without λ on the penalised gradient
    optimizer.update(fusedW, g, fusedM, fusedV, stepSize, l2, config);
    optimizer.update(plainW, penalised, plainM, plainV, stepSize, 0.0, config);

    // Then weights and optimiser state end up the same
    assertArrayEquals(plainW, fusedW, 1e-15);
    assertArrayEquals(plainM, fusedM, 1e-15);
    assertArrayEquals(plainV, fusedV, 1e-15);
  }
}
