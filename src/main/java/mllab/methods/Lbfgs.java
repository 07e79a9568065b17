package mllab.methods;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Limited-memory BFGS (Nocedal 1980; Liu and Nocedal 1989): minimises a smooth function from its
 * value and gradient alone, the solver scikit-learn's {@code LogisticRegression} uses by default.
 *
 * <p>Newton's method would step to {@code w − H⁻¹ g} with the Hessian {@code H}, which for d
 * parameters costs d² memory and d³ time. BFGS builds an approximation of {@code H⁻¹} from how the
 * gradient changed between steps; the limited-memory variant keeps only the last {@code m} pairs
 * (step, change of gradient) and applies the approximation with the two-loop recursion in O(m d).
 * Each step is then shortened until the function falls enough (Armijo's condition).
 *
 * <p>The objectives here (L2-regularised logistic and softmax regression) are strictly convex, so
 * the minimum is unique and any solver that converges finds the same weights: that is why the app's
 * binary relevance matches scikit-learn's to the third decimal. Deterministic.
 */
final class Lbfgs {

  /** A smooth function: returns f(w) and writes ∇f(w) into {@code gradient}. */
  @FunctionalInterface
  interface Objective {
    double valueAndGradient(double[] w, double[] gradient);
  }

  /** Pairs kept; 10 as in scikit-learn's (SciPy's) default. */
  private static final int MEMORY = 10;

  private final int maxIterations;
  private final double tolerance;

  /**
   * @param maxIterations the most steps (scikit-learn's {@code max_iter}, 100 by default)
   * @param tolerance stop when the largest gradient component is below this
   */
  Lbfgs(int maxIterations, double tolerance) {
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /**
   * Minimises {@code f} from {@code w}, which is overwritten with the minimiser.
   *
   * @throws CancellationException when {@code cancelled} turns true between steps
   */
  void minimise(Objective f, double[] w, BooleanSupplier cancelled) {
    int d = w.length;
    double[] g = new double[d];
    double fx = f.valueAndGradient(w, g);
    PairHistory history = new PairHistory(d);
    double[] dir = new double[d];
    double[] wNew = new double[d];
    double[] gNew = new double[d];
    double[] sNew = new double[d];
    double[] yNew = new double[d];
    for (int iter = 0; iter < maxIterations && maxAbs(g) > tolerance; iter++) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("cancelled");
      }
      history.direction(g, dir);
      double slope = dot(g, dir);
      if (!(slope < 0)) {
        // Not a descent direction (rounding): restart from steepest descent.
        for (int i = 0; i < d; i++) {
          dir[i] = -g[i];
        }
        slope = dot(g, dir);
        history.forget();
      }
      double step = history.isEmpty() ? Math.min(1.0, 1.0 / Math.sqrt(-slope)) : 1.0;
      double fNew;
      int halvings = 0;
      while (true) {
        for (int i = 0; i < d; i++) {
          wNew[i] = w[i] + step * dir[i];
        }
        fNew = f.valueAndGradient(wNew, gNew);
        // Armijo: the function falls by at least a small share of what the slope promises.
        if (fNew <= fx + 1e-4 * step * slope || halvings == 40) {
          break;
        }
        step *= 0.5;
        halvings++;
      }
      if (!(fNew < fx) && halvings == 40) {
        return; // no progress possible in double precision: at the minimum
      }
      double sy = 0;
      for (int i = 0; i < d; i++) {
        sNew[i] = wNew[i] - w[i];
        yNew[i] = gNew[i] - g[i];
        sy += sNew[i] * yNew[i];
      }
      history.add(sNew, yNew, sy);
      double previous = fx;
      System.arraycopy(wNew, 0, w, 0, d);
      System.arraycopy(gNew, 0, g, 0, d);
      fx = fNew;
      // SciPy's L-BFGS-B stops on the same relative decrease (its default ftol).
      if (previous - fx <= 2.2e-9 * Math.max(1.0, Math.max(Math.abs(fx), Math.abs(previous)))) {
        return;
      }
    }
  }

  /**
   * The last {@link #MEMORY} pairs (step, change of gradient), kept in a ring, and the two-loop
   * recursion that turns them into a search direction.
   */
  private static final class PairHistory {
    private final double[][] s;
    private final double[][] y;
    private final double[] rho = new double[MEMORY];
    private final double[] alpha = new double[MEMORY];
    private int stored;
    private int newest = -1;

    PairHistory(int d) {
      s = new double[MEMORY][d];
      y = new double[MEMORY][d];
    }

    boolean isEmpty() {
      return stored == 0;
    }

    /** Drops the pairs (the ring's position stays where it is). */
    void forget() {
      stored = 0;
    }

    /** Two-loop recursion: writes {@code dir = −H⁻¹ g} with the stored pairs. */
    void direction(double[] g, double[] dir) {
      int d = dir.length;
      for (int i = 0; i < d; i++) {
        dir[i] = -g[i];
      }
      for (int j = 0; j < stored; j++) {
        int k = Math.floorMod(newest - j, MEMORY);
        alpha[k] = rho[k] * dot(s[k], dir);
        axpy(-alpha[k], y[k], dir);
      }
      if (stored > 0) {
        // Scale by sᵀy / yᵀy, the usual guess of the Hessian's size along the last step.
        double gamma = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
        for (int i = 0; i < d; i++) {
          dir[i] *= gamma;
        }
      }
      for (int j = stored - 1; j >= 0; j--) {
        int k = Math.floorMod(newest - j, MEMORY);
        double beta = rho[k] * dot(y[k], dir);
        axpy(alpha[k] - beta, s[k], dir);
      }
    }

    /** Keeps the pair {@code (sNew, yNew)} whose product is {@code sy}, if it curves upwards. */
    void add(double[] sNew, double[] yNew, double sy) {
      if (sy > 1e-12) {
        // Only a pair with positive curvature keeps the approximation positive definite.
        newest = (newest + 1) % MEMORY;
        System.arraycopy(sNew, 0, s[newest], 0, sNew.length);
        System.arraycopy(yNew, 0, y[newest], 0, yNew.length);
        rho[newest] = 1.0 / sy;
        stored = Math.min(stored + 1, MEMORY);
      }
    }
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < y.length; i++) {
      y[i] += a * x[i];
    }
  }
}
