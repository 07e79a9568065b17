package mllab.quiz;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A YAML document read into a {@link JsonNode} tree that remembers on which line every mapping,
 * list and field starts, so a validation message can point an instructor at the exact line.
 *
 * <p>Jackson's own tree model drops token locations, hence this small reader over the streaming
 * parser. Scalars are kept as the text the instructor typed: YAML 1.1 would otherwise turn an
 * option written as {@code No} into a boolean.
 */
final class LocatedTree {

  private final Map<JsonNode, Integer> containerLines = new IdentityHashMap<>();
  private final Map<JsonNode, Map<String, Integer>> fieldLines = new IdentityHashMap<>();
  private final Map<JsonNode, Map<String, Integer>> repeatedFields = new IdentityHashMap<>();
  private final JsonNode root;

  private LocatedTree(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    root = first == null ? NullNode.getInstance() : readValue(parser);
  }

  /** Reads the whole document; syntax errors surface as Jackson exceptions with a location. */
  static LocatedTree read(JsonParser parser) throws IOException {
    return new LocatedTree(parser);
  }

  JsonNode root() {
    return root;
  }

  /** The line a mapping or list starts on, 0 if unknown. */
  int lineOf(JsonNode container) {
    return containerLines.getOrDefault(container, 0);
  }

  /** The line of {@code field} in {@code object}, or the object's own line when it is absent. */
  int lineOf(JsonNode object, String field) {
    Map<String, Integer> lines = fieldLines.get(object);
    if (lines != null && lines.containsKey(field)) {
      return lines.get(field);
    }
    return lineOf(object);
  }

  /** Fields written twice in {@code object}, with the line of the second occurrence. */
  Map<String, Integer> repeatedFields(JsonNode object) {
    return repeatedFields.getOrDefault(object, Map.of());
  }

  private JsonNode readValue(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    int line = p.currentTokenLocation().getLineNr();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        containerLines.put(object, line);
        Map<String, Integer> lines = new HashMap<>();
        fieldLines.put(object, lines);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          int fieldLine = p.currentTokenLocation().getLineNr();
          p.nextToken();
          JsonNode value = readValue(p);
          if (lines.containsKey(name)) {
            repeatedFields.computeIfAbsent(object, o -> new HashMap<>()).put(name, fieldLine);
          } else {
            lines.put(name, fieldLine);
          }
          object.set(name, value);
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        containerLines.put(array, line);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(readValue(p));
        }
        return array;
      }
      case VALUE_NULL -> {
        return NullNode.getInstance();
      }
      default -> {
        return TextNode.valueOf(p.getText());
      }
    }
  }
}
