package mllab.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mllab.persist.RecentFiles.Entry;
import mllab.persist.RecentFiles.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

  @TempDir Path dir;

  @Test
  void keepsTheLastFiveNewestFirstWithoutDuplicates() throws Exception {
    RecentFiles recent = new RecentFiles(dir.resolve("config"));
    for (int i = 1; i <= 6; i++) {
      recent.add(Kind.SESSION, dir.resolve("s" + i + ".mllab.json"));
    }
    recent.add(Kind.DATASET, dir.resolve("s3.mllab.json"));

    List<Entry> read = new RecentFiles(dir.resolve("config")).load();

    assertEquals(
        List.of(
            new Entry(Kind.DATASET, dir.resolve("s3.mllab.json").toAbsolutePath()),
            new Entry(Kind.SESSION, dir.resolve("s6.mllab.json").toAbsolutePath()),
            new Entry(Kind.SESSION, dir.resolve("s5.mllab.json").toAbsolutePath()),
            new Entry(Kind.SESSION, dir.resolve("s4.mllab.json").toAbsolutePath()),
            new Entry(Kind.SESSION, dir.resolve("s2.mllab.json").toAbsolutePath())),
        read);
    assertEquals(
        List.of(dir.resolve("config/recent.json")), Files.list(dir.resolve("config")).toList());
  }

  @Test
  void aCorruptListIsIgnoredAndReplacedOnTheNextAdd() throws Exception {
    RecentFiles recent = new RecentFiles(dir);
    Files.writeString(recent.file(), "[{\"kind\": \"SESSION\", \"pa");
    assertEquals(List.of(), recent.load());
    Files.writeString(recent.file(), "[{\"kind\": \"SPACESHIP\", \"path\": \"x\"}]");
    assertEquals(List.of(), recent.load());

    recent.add(Kind.DATASET, dir.resolve("yeast-train.arff"));

    assertEquals(
        List.of(new Entry(Kind.DATASET, dir.resolve("yeast-train.arff").toAbsolutePath())),
        recent.load());
  }
}
