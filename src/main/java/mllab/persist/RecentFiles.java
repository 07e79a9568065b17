package mllab.persist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The last {@value #LIMIT} sessions and datasets the user opened, newest first, kept as {@code
 * recent.json} in the user's configuration folder (the one beside the quiz progress). Written
 * atomically; a list that cannot be read is treated as empty, since it only saves a few clicks.
 */
public final class RecentFiles {

  public static final String FILE_NAME = "recent.json";

  public static final int LIMIT = 5;

  /** What kind of file an entry is, so the app opens it the right way. */
  public enum Kind {
    SESSION,
    DATASET
  }

  /** One remembered file. */
  public record Entry(Kind kind, Path path) {
    public Entry {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(path, "path");
    }
  }

  private final Path folder;

  /** A list kept in {@code folder} (created on first save); tests pass a temporary folder. */
  public RecentFiles(Path folder) {
    this.folder = Objects.requireNonNull(folder, "folder");
  }

  public Path file() {
    return folder.resolve(FILE_NAME);
  }

  /**
   * The remembered files, newest first; empty when there is no list or it cannot be read (a bad
   * path is an {@link IllegalArgumentException} too).
   */
  public List<Entry> load() {
    Path file = file();
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      JsonNode root = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
      List<Entry> entries = new ArrayList<>();
      if (root == null || !root.isArray()) {
        return List.of();
      }
      for (JsonNode n : root) {
        JsonNode kind = n.get("kind");
        JsonNode path = n.get("path");
        if (kind == null || path == null || !kind.isTextual() || !path.isTextual()) {
          return List.of();
        }
        entries.add(new Entry(Kind.valueOf(kind.textValue()), Path.of(path.textValue())));
      }
      return List.copyOf(entries.subList(0, Math.min(LIMIT, entries.size())));
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    }
  }

  /**
   * Puts {@code file} first (once, with its absolute path), keeps at most {@value #LIMIT} entries,
   * saves the list and returns it.
   */
  public List<Entry> add(Kind kind, Path file) throws IOException {
    Entry entry = new Entry(kind, file.toAbsolutePath().normalize());
    List<Entry> entries = new ArrayList<>();
    entries.add(entry);
    for (Entry e : load()) {
      if (!e.path().equals(entry.path()) && entries.size() < LIMIT) {
        entries.add(e);
      }
    }
    save(entries);
    return List.copyOf(entries);
  }

  private void save(List<Entry> entries) throws IOException {
    ArrayNode root = Json.mapper().createArrayNode();
    for (Entry e : entries) {
      root.addObject().put("kind", e.kind().name()).put("path", e.path().toString());
    }
    writeAtomically(
        folder, FILE_NAME, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }

  /** Writes {@code text} to {@code fileName} in {@code folder} (created if needed) atomically. */
  static void writeAtomically(Path folder, String fileName, String text) throws IOException {
    Files.createDirectories(folder);
    // Same folder: a rename is atomic only within one file system.
    Path temp = Files.createTempFile(folder, fileName + ".", ".tmp");
    Path file = folder.resolve(fileName);
    try {
      Files.writeString(temp, text);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
