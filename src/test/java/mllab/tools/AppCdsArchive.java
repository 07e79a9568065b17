package mllab.tools;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Package time, after jpackage has made the app image: gives the image its application
 * class-data-sharing archive. (1) A real start of the app and the first minute of a lesson after
 * its first frame (every step, training started, Learn) records the classes it loads ({@code
 * -XX:DumpLoadedClassList}; the start-up benchmark's probe in its {@code tour} mode on headless
 * Monocle, so no display is needed). (2) The image's own runtime, with the image's own class path
 * and options, runs {@link mllab.StartupArchive} on that list with {@code
 * -XX:ArchiveClassesAtExit}, writing {@code mllab.jsa} beside the jars, where both launchers'
 * {@code -XX:SharedArchiveFile=$APPDIR/mllab.jsa} find it. The list stays in the image ({@code
 * startup-classes.txt}) so that an installer can make the archive again where it installs the app:
 * JDK 17 ties an archive to the class path's absolute paths.
 *
 * <p>Run by the {@code package-app} profile on the test class path: arguments are the app folder of
 * the image (the one holding the {@code .cfg}), the runtime's {@code java}, and the project jar.
 */
public final class AppCdsArchive {

  static final String LIST = "startup-classes.txt";
  static final String ARCHIVE = "mllab.jsa";

  private AppCdsArchive() {}

  public static void main(String[] args) throws Exception {
    Path appDir = Path.of(args[0]).toAbsolutePath();
    Path imageJava = Path.of(args[1]).toAbsolutePath();
    Path projectJar = Path.of(args[2]).toAbsolutePath();
    Path list = appDir.resolve(LIST);
    recordClasses(list, projectJar);
    Path cfg;
    try (Stream<Path> files = Files.list(appDir)) {
      cfg =
          files
              .filter(p -> p.toString().endsWith(".cfg"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no launcher .cfg in " + appDir));
    }
    List<String> command = new ArrayList<>(List.of(imageJava.toString()));
    command.addAll(
        cfgValues(cfg, "java-options=").stream()
            .filter(o -> !o.startsWith("-XX:SharedArchiveFile"))
            .map(o -> expand(o, appDir))
            .toList());
    command.add("-XX:ArchiveClassesAtExit=" + appDir.resolve(ARCHIVE));
    command.add("-cp");
    command.add(
        cfgValues(cfg, "app.classpath=").stream()
            .map(o -> expand(o, appDir))
            .collect(Collectors.joining(File.pathSeparator)));
    command.addAll(List.of(mllab.StartupArchive.class.getName(), list.toString()));
    run(command);
    System.out.println(
        "wrote "
            + appDir.resolve(ARCHIVE)
            + " ("
            + Files.size(appDir.resolve(ARCHIVE)) / (1024 * 1024)
            + " MB)");
  }

  /** The probe's start on this JVM's java and class path, with the project jar for its classes. */
  private static void recordClasses(Path list, Path projectJar) throws Exception {
    // Classes loaded from a folder are not listed: the app's must come from its jar.
    String classPath =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(
                e ->
                    Path.of(e).getFileName().toString().equals("classes")
                        ? projectJar.toString()
                        : e)
            .collect(Collectors.joining(File.pathSeparator));
    run(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--add-modules",
            "jdk.incubator.vector",
            "-XX:DumpLoadedClassList=" + list,
            "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless",
            "-Dprism.order=sw",
            "-cp",
            classPath,
            "mllab.bench.StartupBenchmarkProbe",
            "tour"));
  }

  private static List<String> cfgValues(Path cfg, String key) throws IOException {
    return Files.readAllLines(cfg, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith(key))
        .map(l -> l.substring(key.length()))
        .toList();
  }

  private static String expand(String value, Path appDir) {
    return value.replace("$APPDIR", appDir.toString());
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("failed (" + p.exitValue() + "): " + command);
    }
  }
}
