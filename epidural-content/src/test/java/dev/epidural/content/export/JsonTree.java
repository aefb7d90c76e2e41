package dev.epidural.content.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/** Test helper: parses JSON with Jackson's streaming parser into maps, lists, strings, numbers and booleans. */
final class JsonTree {

  private static final JsonFactory STRICT = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private JsonTree() {}

  /** The value of a whole JSON document; fails on trailing content or malformed JSON. */
  static Object parse(String json) {
    try (JsonParser parser = STRICT.createParser(ObjectReadContext.empty(), json)) {
      Object value = read(parser, parser.nextToken());
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("trailing content after the JSON value");
      }
      return value;
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String json) {
    return (Map<String, Object>) parse(json);
  }

  private static Object read(JsonParser parser, JsonToken token) {
    if (token == null) {
      throw new IllegalArgumentException("no JSON value");
    }
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          map.put(name, read(parser, parser.nextToken()));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          list.add(read(parser, t));
        }
        return list;
      }
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER_INT:
        return parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalArgumentException("unexpected token " + token);
    }
  }

  /** Follows a path of property names and list indexes. */
  @SuppressWarnings("unchecked")
  static <T> T at(Object root, Object... path) {
    Object node = root;
    for (Object step : path) {
      if (step instanceof Integer index) {
        node = ((List<Object>) node).get(index);
      } else {
        Map<String, Object> map = (Map<String, Object>) node;
        if (!map.containsKey((String) step)) {
          throw new AssertionError("no property '" + step + "' in " + map.keySet());
        }
        node = map.get((String) step);
      }
    }
    return (T) node;
  }

  /** The list at a path. */
  static List<Object> list(Object root, Object... path) {
    return at(root, path);
  }

  /** The object at a path. */
  static Map<String, Object> map(Object root, Object... path) {
    return at(root, path);
  }

  /** The objects of the list at a path. */
  static List<Map<String, Object>> maps(Object root, Object... path) {
    return at(root, path);
  }

  /** Every value of a property with this name, anywhere in the tree, in document order. */
  @SuppressWarnings("unchecked")
  static List<Object> all(Object root, String name) {
    List<Object> found = new ArrayList<>();
    if (root instanceof Map<?, ?> map) {
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
        if (entry.getKey().equals(name)) {
          found.add(entry.getValue());
        }
        found.addAll(all(entry.getValue(), name));
      }
    } else if (root instanceof List<?> list) {
      list.forEach(element -> found.addAll(all(element, name)));
    }
    return found;
  }

  /** Every string anywhere in the tree, property values and list elements. */
  static List<String> strings(Object root) {
    List<String> found = new ArrayList<>();
    if (root instanceof String s) {
      found.add(s);
    } else if (root instanceof Map<?, ?> map) {
      map.values().forEach(v -> found.addAll(strings(v)));
    } else if (root instanceof List<?> list) {
      list.forEach(v -> found.addAll(strings(v)));
    }
    return found;
  }
}
