package mllab.persist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mllab.quiz.Progress;
import mllab.text.Text;

/**
 * Keeps a student's {@link Progress} as {@code progress.json} in the user's configuration folder.
 *
 * <p>Saving is atomic: the JSON goes to a temporary file in the same folder, is forced to disk, and
 * then replaces the old file in one rename, so a crash or power cut leaves either the old or the
 * new progress, never half a file. A file that is nevertheless unreadable (edited by hand,
 * truncated by a full disk) is moved aside as {@code progress.json.corrupt-<timestamp>} rather than
 * overwritten, the caller gets a message to show, and the student starts from fresh progress.
 */
public final class ProgressStore {

  public static final String FILE_NAME = "progress.json";

  private static final int FORMAT_VERSION = 1;
  private static final DateTimeFormatter BACKUP_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path folder;
  private final Clock clock;

  /** A store in {@code folder} (created on first save); tests pass a temporary folder. */
  public ProgressStore(Path folder) {
    this(folder, Clock.systemUTC());
  }

  /** As {@link #ProgressStore(Path)}, with the clock that names backups. */
  public ProgressStore(Path folder, Clock clock) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The store in this user's OS-appropriate configuration folder. */
  public static ProgressStore forCurrentUser() {
    return new ProgressStore(
        defaultFolder(
            System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home")));
  }

  /**
   * Where per-user settings belong on each OS: {@code %APPDATA%\MultiLabelLab} on Windows, {@code
   * ~/Library/Application Support/MultiLabelLab} on macOS, and {@code
   * $XDG_CONFIG_HOME/multi-label-lab} (default {@code ~/.config/multi-label-lab}) elsewhere.
   */
  public static Path defaultFolder(String osName, Map<String, String> env, String userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    Path home = Path.of(userHome);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base =
          appData == null || appData.isBlank()
              ? home.resolve("AppData").resolve("Roaming")
              : Path.of(appData);
      return base.resolve("MultiLabelLab");
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("MultiLabelLab");
    }
    // The XDG spec says to ignore a relative XDG_CONFIG_HOME.
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : home.resolve(".config");
    return base.resolve("multi-label-lab");
  }

  public Path file() {
    return folder.resolve(FILE_NAME);
  }

  /**
   * What {@link #load()} found: the progress to use, and when the saved file was unreadable a
   * message for the student and where the bad file was moved.
   */
  public record LoadResult(Progress progress, Optional<String> message, Optional<Path> backup) {}

  /** Reads the saved progress; never throws for a missing or bad file. */
  public LoadResult load() {
    Path file = file();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new LoadResult(Progress.empty(), Optional.empty(), Optional.empty());
    } catch (IOException e) {
      return new LoadResult(
          Progress.empty(),
          Optional.of(
              Text.get(
                  "quiz.progress.unreadable",
                  String.valueOf(file),
                  String.valueOf(e.getMessage()))),
          Optional.empty());
    }
    try {
      return new LoadResult(parse(bytes), Optional.empty(), Optional.empty());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String reason =
          e instanceof JsonProcessingException j
              ? Text.get("quiz.progress.atLine", j.getOriginalMessage(), String.valueOf(lineOf(j)))
              : e.getMessage();
      return moveAside(file, reason);
    } catch (IOException e) {
      return moveAside(file, e.getMessage());
    }
  }

  /** Writes {@code progress} atomically, creating the folder if needed. */
  public void save(Progress progress) throws IOException {
    Files.createDirectories(folder);
    byte[] bytes =
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(progress));
    // The temporary file must be in the same folder: a rename is atomic only within a file system.
    Path temp = Files.createTempFile(folder, FILE_NAME + ".", ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        // Data on disk before the rename, or a crash could leave a renamed but empty file.
        channel.force(true);
      }
      try {
        Files.move(
            temp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Some network drives cannot rename atomically; a plain replace is the best left.
        Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private LoadResult moveAside(Path file, String reason) {
    String stamp = FILE_NAME + ".corrupt-" + BACKUP_STAMP.format(clock.instant());
    Path backup = folder.resolve(stamp);
    // Never overwrite an earlier backup, even when two bad loads happen within one second.
    for (int n = 2; Files.exists(backup); n++) {
      backup = folder.resolve(stamp + "-" + n);
    }
    try {
      Files.move(file, backup);
      return new LoadResult(
          Progress.empty(),
          Optional.of(
              Text.get(
                  "quiz.progress.damaged",
                  String.valueOf(file),
                  reason,
                  String.valueOf(backup.getFileName()))),
          Optional.of(backup));
    } catch (IOException e) {
      return new LoadResult(
          Progress.empty(),
          Optional.of(
              Text.get(
                  "quiz.progress.damagedNotMoved",
                  String.valueOf(file),
                  reason,
                  String.valueOf(e.getMessage()))),
          Optional.empty());
    }
  }

  private static int lineOf(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }

  private static JsonNode toJson(Progress progress) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("version", FORMAT_VERSION);
    root.put("attempts", progress.attempts());
    root.put("correct", progress.correct());
    ArrayNode tests = root.putArray("tests");
    for (Progress.TestScore t : progress.tests()) {
      tests
          .addObject()
          .put("takenAt", t.takenAt().toString())
          .put("correct", t.correct())
          .put("total", t.total());
    }
    ArrayNode missed = root.putArray("missed");
    progress.missedIds().forEach(missed::add);
    return root;
  }

  /** Parses and checks the saved JSON; anything unexpected is an IllegalArgumentException. */
  private static Progress parse(byte[] bytes) throws IOException {
    JsonNode root = Json.mapper().readTree(bytes);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(Text.get("quiz.progress.notObject"));
    }
    int version = integer(root, "version");
    if (version != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          Text.get("quiz.progress.version", String.valueOf(version)));
    }
    List<Progress.TestScore> tests = new ArrayList<>();
    for (JsonNode t : array(root, "tests")) {
      try {
        tests.add(
            new Progress.TestScore(
                Instant.parse(t.path("takenAt").asText()),
                integer(t, "correct"),
                integer(t, "total")));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(Text.get("quiz.progress.badDate", e.getParsedString()));
      }
    }
    List<String> missed = new ArrayList<>();
    for (JsonNode id : array(root, "missed")) {
      if (!id.isTextual()) {
        throw new IllegalArgumentException(Text.get("quiz.progress.badId", String.valueOf(id)));
      }
      missed.add(id.asText());
    }
    return new Progress(integer(root, "attempts"), integer(root, "correct"), tests, missed);
  }

  private static int integer(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException(Text.get("quiz.progress.notWhole", field));
    }
    return value.intValue();
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new IllegalArgumentException(Text.get("quiz.progress.notList", field));
    }
    return value;
  }
}
