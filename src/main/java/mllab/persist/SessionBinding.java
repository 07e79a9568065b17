package mllab.persist;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mllab.persist.SessionJson.Document;

/**
 * Binds a session file's text to {@link SessionJson} records, strictly: a whole number is an
 * integer token, a number is a number token or one of the strings {@code "NaN"}, {@code
 * "Infinity"}, {@code "-Infinity"}, a text is a string token, a flag is {@code true} or {@code
 * false}; nothing is coerced. Unknown fields are ignored.
 *
 * <p>A value of the wrong shape does not stop the reading: its field is taken out of the tree, its
 * place (such as {@code model.layers[0].biases[2]}) is noted as broken, and the tree is bound
 * again, so that {@link SessionValidator} can check the file in its own order and name the first
 * bad value. A file without such values is bound once, straight from the text.
 */
final class SessionBinding {

  /** Bad values taken out one by one before whole top-level fields are taken out at once. */
  private static final int ONE_BY_ONE = 20;

  /** The strict reader of session files (they are written with the shared {@link Json} mapper). */
  static final ObjectMapper READER = reader();

  /** The records, and the places of values of the wrong shape in file order. */
  record Bound(Document document, Set<String> broken) {}

  private SessionBinding() {}

  private static ObjectMapper reader() {
    SimpleModule strict =
        new SimpleModule("mllab-session-strict")
            .addDeserializer(Integer.class, new Scalar<>(Integer.class))
            .addDeserializer(Long.class, new Scalar<>(Long.class))
            .addDeserializer(Double.class, new Scalar<>(Double.class))
            .addDeserializer(Boolean.class, new Scalar<>(Boolean.class))
            .addDeserializer(String.class, new Scalar<>(String.class))
            .addDeserializer(double[].class, new Numbers<>(double[].class))
            .addDeserializer(int[].class, new Numbers<>(int[].class));
    // The shared mapper's rules, made strict for reading: the copy leaves the shared one alone.
    ObjectMapper m =
        Json.mapper()
            .copy()
            .registerModule(strict)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    m.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    return m;
  }

  /**
   * The text's records. Broken JSON is a {@link JsonProcessingException} (with its line); a
   * document that is not an object is returned as {@code null}.
   */
  static Bound bind(String text) throws JsonProcessingException {
    try {
      return new Bound(READER.readValue(text, Document.class), Set.of());
    } catch (MismatchedInputException first) {
      return repair(READER.readTree(text));
    }
  }

  private static Bound repair(JsonNode root) throws JsonProcessingException {
    if (root == null || !root.isObject()) {
      return new Bound(null, Set.of());
    }
    Set<String> broken = new LinkedHashSet<>();
    for (int pass = 0; ; pass++) {
      try {
        return new Bound(READER.treeToValue(root, Document.class), broken);
      } catch (MismatchedInputException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (pass >= ONE_BY_ONE) {
          path = path.subList(0, 1);
        }
        broken.add(dotted(path));
        takeOut((ObjectNode) root, path);
      }
    }
  }

  /** A place as the messages name it: {@code history[2].trainLoss}. */
  static String dotted(List<JsonMappingException.Reference> path) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** Removes the field nearest to the bad value: the value itself, or the list it is in. */
  private static void takeOut(ObjectNode root, List<JsonMappingException.Reference> path) {
    int last = 0;
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i).getFieldName() != null) {
        last = i;
      }
    }
    JsonNode parent = root;
    for (int i = 0; i < last && parent != null; i++) {
      JsonMappingException.Reference r = path.get(i);
      parent = r.getFieldName() != null ? parent.get(r.getFieldName()) : parent.get(r.getIndex());
    }
    if (!(parent instanceof ObjectNode)) {
      throw new IllegalStateException("no field holds the bad value at " + dotted(path));
    }
    ((ObjectNode) parent).remove(path.get(last).getFieldName());
  }

  /** One value of a JSON type, nothing coerced; the wrong type is a mismatch at its place. */
  private static final class Scalar<T> extends StdDeserializer<T> {
    Scalar(Class<T> type) {
      super(type);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
      Object v = value(handledType(), p);
      if (v == null) {
        return (T) c.handleUnexpectedToken(handledType(), p);
      }
      return (T) handledType().cast(v);
    }
  }

  /** A list of numbers as a Java array; a bad element is a mismatch at its index. */
  private static final class Numbers<T> extends StdDeserializer<T> {
    Numbers(Class<T> type) {
      super(type);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
      if (!p.isExpectedStartArrayToken()) {
        return (T) c.handleUnexpectedToken(handledType(), p);
      }
      boolean whole = handledType() == int[].class;
      double[] values = new double[16];
      int n = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Object v = value(whole ? Integer.class : Double.class, p);
        if (v == null) {
          throw JsonMappingException.wrapWithPath(
              MismatchedInputException.from(p, handledType(), "not a number here"), values, n);
        }
        if (n == values.length) {
          values = Arrays.copyOf(values, 2 * n);
        }
        values[n++] = ((Number) v).doubleValue();
      }
      double[] read = Arrays.copyOf(values, n);
      return (T) (whole ? Arrays.stream(read).mapToInt(d -> (int) d).toArray() : read);
    }
  }

  /** The current token as a {@code type}, or {@code null} if it is not one. */
  private static Object value(Class<?> type, JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (type == String.class) {
      return t == JsonToken.VALUE_STRING ? p.getText() : null;
    }
    if (type == Boolean.class) {
      return t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE
          ? t == JsonToken.VALUE_TRUE
          : null;
    }
    if (type == Double.class) {
      return t.isNumeric()
          ? Double.valueOf(p.getDoubleValue())
          : t == JsonToken.VALUE_STRING ? nonFinite(p.getText()) : null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      return null;
    }
    JsonParser.NumberType n = p.getNumberType();
    if (type == Integer.class) {
      return n == JsonParser.NumberType.INT ? Integer.valueOf(p.getIntValue()) : null;
    }
    return n == JsonParser.NumberType.INT || n == JsonParser.NumberType.LONG
        ? Long.valueOf(p.getLongValue())
        : null;
  }

  private static Double nonFinite(String text) {
    switch (text) {
      case "NaN":
        return Double.NaN;
      case "Infinity":
        return Double.POSITIVE_INFINITY;
      case "-Infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        return null;
    }
  }
}
