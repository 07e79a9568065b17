package mllab.persist;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The app's one Jackson mapper, for every JSON file it reads or writes: progress, recent files,
 * sessions, {@code metrics.json} and the notebook export. Output is indented; a writer given to it
 * is flushed, never closed, so a caller can add to the file after it.
 *
 * <p>Made on first use (loading Jackson is a noticeable part of the app's start-up). It is shared:
 * nobody reconfigures it; a reader with other rules starts from {@link ObjectMapper#copy()}.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private Json() {}

  /** The shared mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
