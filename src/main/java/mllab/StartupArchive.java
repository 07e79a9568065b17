package mllab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The scripted start from which the packaged app's class-data-sharing archive is made: loads every
 * class a real start loaded by its first frame (the list is recorded at package time) without
 * running anything, so it needs no display and can run where the app is installed. Started with
 * {@code -XX:ArchiveClassesAtExit=mllab.jsa}, the JVM then writes those classes, parsed and
 * verified, into the archive the launchers map with {@code -XX:SharedArchiveFile}; the window's
 * classes then need not be read from the jars at every start. See docs/package.md.
 *
 * <p>Argument: the class list (one binary name with slashes per line, as {@code
 * -XX:DumpLoadedClassList} writes it). Names this class path does not hold (the test classes that
 * recorded the list, generated lambda classes) are skipped.
 */
public final class StartupArchive {

  private StartupArchive() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: StartupArchive <class list>");
      System.exit(2);
    }
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    ClassLoader loader = StartupArchive.class.getClassLoader();
    int named = 0;
    int loaded = 0;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
        continue;
      }
      named++;
      String name = line.split(" ", 2)[0].replace('/', '.');
      try {
        Class.forName(name, false, loader);
        loaded++;
      } catch (ClassNotFoundException | LinkageError e) {
        // Not on this class path: the archive simply goes without it.
      }
    }
    System.out.println("loaded " + loaded + " of " + named + " classes named in " + args[0]);
  }
}
