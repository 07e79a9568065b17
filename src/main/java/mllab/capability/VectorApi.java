package mllab.capability;

/**
 * Whether the JDK's Vector API can be used: the {@code jdk.incubator.vector} module is in the JVM
 * (the build adds it wherever it starts one) and {@code -Dmllab.simd=false} did not turn it off.
 * The one place that decides it, for the training kernels ({@code mllab.model}, which builds on
 * this package) and the threshold decisions here.
 */
public final class VectorApi {

  private static final boolean PRESENT =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
          && !"false".equals(System.getProperty("mllab.simd"));

  private VectorApi() {}

  public static boolean present() {
    return PRESENT;
  }
}
