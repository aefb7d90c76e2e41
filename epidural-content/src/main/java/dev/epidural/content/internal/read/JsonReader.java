package dev.epidural.content.internal.read;

import dev.epidural.content.ReadLimits;
import dev.epidural.content.internal.problem.Messages;
import dev.epidural.content.ProblemCode;
import dev.epidural.content.internal.problem.Problems;
import dev.epidural.content.internal.rules.TextRules;
import dev.epidural.content.internal.tree.JsonPath;
import dev.epidural.content.internal.tree.Node;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads the bytes of one bundle file into a located {@link Node} tree: strict UTF-8, strict JSON,
 * tight limits (the {@link ReadLimits} given, by default the defaults). Every failure becomes a
 * located problem; nothing here throws for any input.
 */
public final class JsonReader {

  /**
   * The parser factory, for the default limits. Every leniency Jackson offers is named and switched
   * off here, even those that are off by default, so that a change of defaults in a later Jackson
   * cannot loosen it; {@link #factory(ReadLimits)} makes the same factory with other limits.
   *
   * <p>Two checks are done by this reader instead of by Jackson, because Jackson reports them
   * without the position of the offending token and stops: duplicate property names (Jackson's
   * {@code STRICT_DUPLICATE_DETECTION} points past the name) and nesting depth (Jackson's limit is
   * set one above ours as a backstop, so that ours, which knows the token, fires first).
   */
  public static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
          JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
          JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS, JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
          JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_RS_CONTROL_CHAR,
          JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Limits.MAX_NESTING_DEPTH + 1)
          .maxStringLength(Limits.MAX_STRING_LENGTH)
          .maxNameLength(Limits.MAX_NAME_LENGTH)
          .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
          .maxDocumentLength(Limits.MAX_FILE_BYTES)
          .maxTokenCount(Limits.MAX_TOKEN_COUNT)
          .build())
      .build();

  /**
   * The factory of the fast path ({@code StreamBinder}) for the default limits, made on first use
   * (the built-in bundle's snapshot path never binds): {@link #FACTORY} with Jackson's depth limit
   * at ours, not above it, since the fast path gives up on any limit rather than reporting it, and
   * must give up on every file this reader refuses.
   */
  private static final class FastPath {
    static final JsonFactory DEFAULT = withConstraints(ReadLimits.defaults(), 0);
  }

  /** The factories of the last limits other than the defaults asked for: a load uses one set of limits. */
  private static volatile Factories recent;

  private record Factories(ReadLimits limits, JsonFactory reporting, JsonFactory fastPath) {}

  private JsonReader() {}

  /** {@link #FACTORY} with other limits: Jackson's depth limit one above ours, as a backstop. */
  public static JsonFactory factory(ReadLimits limits) {
    return limits.equals(ReadLimits.defaults()) ? FACTORY : factories(limits).reporting();
  }

  /**
   * The factory for binding straight from the token stream under {@code limits}: Jackson's depth
   * limit is ours, so the fast path gives up on every file too deep for this reader.
   */
  public static JsonFactory fastPathFactory(ReadLimits limits) {
    return limits.equals(ReadLimits.defaults()) ? FastPath.DEFAULT : factories(limits).fastPath();
  }

  private static Factories factories(ReadLimits limits) {
    Factories f = recent;
    if (f == null || !f.limits().equals(limits)) {
      f = new Factories(limits, withConstraints(limits, 1), withConstraints(limits, 0));
      recent = f;
    }
    return f;
  }

  private static JsonFactory withConstraints(ReadLimits limits, int depthAbove) {
    return FACTORY.rebuild().streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth() + depthAbove)
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxFileBytes())
            .maxTokenCount(limits.maxTokenCount())
            .build())
        .build();
  }

  /**
   * Decodes and parses one file under the default limits.
   *
   * @return the root node, or empty when the file could not be read (the problems say why)
   */
  public static Optional<Node> read(String file, byte[] bytes, Problems problems) {
    return read(file, bytes, ReadLimits.defaults(), problems);
  }

  /**
   * Decodes and parses one file under {@code limits}.
   *
   * @return the root node, or empty when the file could not be read (the problems say why)
   */
  public static Optional<Node> read(String file, byte[] bytes, ReadLimits limits, Problems problems) {
    return decode(file, bytes, problems).flatMap(text -> parse(file, text, limits, problems));
  }

  /**
   * Whether the first bytes pass the checks {@link #decode} makes before decoding: no byte-order
   * mark and no NUL among the first two bytes.
   */
  public static boolean startsAsUtf8(byte[] bytes) {
    return !hasUtf8Bom(bytes) && !hasUtf16Bom(bytes) && !hasNulAtStart(bytes);
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private static boolean hasUtf16Bom(byte[] bytes) {
    return bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
        || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
  }

  private static boolean hasNulAtStart(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0);
  }

  /** Strict UTF-8 decoding: a BOM, UTF-16/32 or a malformed sequence is a located problem. */
  static Optional<String> decode(String file, byte[] bytes, Problems problems) {
    if (hasUtf8Bom(bytes)) {
      problems.add(ProblemCode.ENC_BOM, "file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM",
          file, "", 1, 1);
      return Optional.empty();
    }
    if (hasUtf16Bom(bytes)) {
      problems.add(ProblemCode.ENC_NOT_UTF8, "file starts with a UTF-16 byte-order mark; bundles must be UTF-8",
          file, "", 1, 1);
      return Optional.empty();
    }
    if (hasNulAtStart(bytes)) {
      problems.add(ProblemCode.ENC_NOT_UTF8, "file looks like UTF-16 or UTF-32 (NUL bytes at its start); bundles must be UTF-8",
          file, "", 1, 1);
      return Optional.empty();
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int badByte = in.position();
      out.flip();
      int[] lineColumn = lineColumnAfter(out);
      problems.add(ProblemCode.ENC_NOT_UTF8, String.format(
              "invalid UTF-8 byte sequence starting with byte 0x%02X at byte offset %d; bundles must be UTF-8",
              bytes[Math.min(badByte, bytes.length - 1)] & 0xFF, badByte),
          file, "", lineColumn[0], lineColumn[1]);
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  /** The line and column of the character that would follow {@code prefix}. */
  private static int[] lineColumnAfter(CharSequence prefix) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < prefix.length(); i++) {
      if (prefix.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** As {@link #parse(String, String, ReadLimits, Problems)}, under the default limits. */
  static Optional<Node> parse(String file, String text, Problems problems) {
    return parse(file, text, ReadLimits.defaults(), problems);
  }

  /** Parses decoded text; the root must be an object and nothing may follow it. */
  static Optional<Node> parse(String file, String text, ReadLimits limits, Problems problems) {
    boolean rootDone = false;
    JsonParser parser = null;
    try {
      parser = factory(limits).createParser(ObjectReadContext.empty(), text);
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(ProblemCode.JSON_SYNTAX, text.isEmpty() ? "file is empty; expected a JSON object"
            : "file holds only whitespace (" + text.length() + " characters); expected a JSON object", file, "", 1, 1);
        return Optional.empty();
      }
      Tree tree = new Tree(parser, file, limits.maxNestingDepth(), problems);
      Node root = tree.readValue(first, 1, null);
      if (tree.failed) {
        return Optional.empty();
      }
      rootDone = true;
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.add(ProblemCode.JSON_TRAILING, "content after the end of the JSON document: "
            + describe(extra, parser) + "; a file holds exactly one JSON object", file, "", at.getLineNr(), at.getColumnNr());
        return Optional.empty();
      }
      if (!(root instanceof Node.Obj)) {
        problems.add(ProblemCode.SHAPE_TYPE, "file holds a JSON " + root.typeName() + "; expected an object",
            file, "", root);
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (StreamConstraintsException e) {
      String message = firstLine(e.getOriginalMessage());
      // Jackson buffers a long number as text and so first reports it as a string that is too long.
      if (message.startsWith("String value length") && parser != null
          && inNumber(text, parser.currentLocation().getCharOffset())) {
        message = "a number literal is longer than " + limits.maxNumberLength() + " characters";
      }
      add(problems, ProblemCode.JSON_LIMIT, "read limit exceeded: " + message, file, e, parser);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      long offset = at != null && at.getCharOffset() >= 0 ? at.getCharOffset()
          : parser != null ? parser.currentLocation().getCharOffset() : -1;
      String message = SyntaxMessages.plain(firstLine(e.getOriginalMessage()), SyntaxMessages.before(text, offset));
      if (rootDone) {
        add(problems, ProblemCode.JSON_TRAILING, "content after the end of the JSON document: " + message, file, e,
            parser);
      } else {
        add(problems, ProblemCode.JSON_SYNTAX, message, file, e, parser);
      }
    } catch (RuntimeException e) {
      // Jackson documents only JacksonException; anything else is still reported, never thrown.
      problems.addFile(ProblemCode.JSON_SYNTAX, "malformed JSON: " + e.getClass().getSimpleName(), file);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the parser stopped inside a number: the characters before {@code offset} are digits,
   * signs, points and exponents, preceded by what may come before a value.
   */
  static boolean inNumber(String text, long offset) {
    int i = (int) Math.min(offset, text.length());
    int end = i;
    while (i > 0 && "0123456789+-.eE".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    if (i == end) {
      return false;
    }
    while (i > 0 && TextRules.isRegexSpace(text.charAt(i - 1))) {
      i--;
    }
    return i > 0 && ":[,".indexOf(text.charAt(i - 1)) >= 0;
  }

  /** Reports at the exception's location, or where the parser stopped when it gives none. */
  private static void add(Problems problems, ProblemCode code, String message, String file, JacksonException e,
                          JsonParser parser) {
    TokenStreamLocation at = e.getLocation();
    if ((at == null || at.getLineNr() <= 0) && parser != null) {
      at = parser.currentLocation();
    }
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    problems.add(code, message, file, "", line, column);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    String first = nl < 0 ? message : message.substring(0, nl);
    return first.length() > 300 ? first.substring(0, 300) + "..." : first;
  }

  private static String describe(JsonToken token, JsonParser parser) {
    String text = parser.getString();
    return token.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + (text == null ? "" : " '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'");
  }

  /** Builds the located tree; reports duplicate names and excess depth at their token. */
  private static final class Tree {
    private final JsonParser p;
    private final String file;
    private final int maxDepth;
    private final Problems problems;
    boolean failed;

    Tree(JsonParser p, String file, int maxDepth, Problems problems) {
      this.p = p;
      this.file = file;
      this.maxDepth = maxDepth;
      this.problems = problems;
    }

    /** Reads one value; {@code path} is null at the root and only rendered for a problem. */
    Node readValue(JsonToken token, int depth, JsonPath path) {
      int line;
      int column;
      if (p instanceof ParserBase base) {
        // Reads the position without allocating a location object for every value. This accessor
        // counts one column further than currentTokenLocation(); the fixture tests pin the result.
        line = base.getTokenLineNr();
        column = base.getTokenColumnNr() - 1;
      } else {
        TokenStreamLocation at = p.currentTokenLocation();
        line = at.getLineNr();
        column = at.getColumnNr();
      }
      if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > maxDepth) {
        problems.add(ProblemCode.JSON_LIMIT, "nesting depth " + depth + " exceeds the limit of "
            + maxDepth, file, path == null ? "" : path.pointer(), line, column);
        failed = true;
        p.skipChildren();
        return new Node.Null(line, column);
      }
      switch (token) {
        case START_OBJECT -> {
          List<Node.Member> members = new ArrayList<>(8);
          // Past a few dozen members a linear duplicate check would turn quadratic on hostile input.
          Set<String> names = null;
          JsonPath here = path == null ? JsonPath.at("") : path;
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            TokenStreamLocation nameAt = p.currentTokenLocation();
            String name = p.currentName();
            JsonPath child = here.child(name);
            Node value = readValue(p.nextToken(), depth + 1, child);
            boolean duplicate;
            if (names == null && members.size() < 32) {
              duplicate = Node.Obj.find(members, name) != null;
            } else {
              if (names == null) {
                names = new HashSet<>();
                for (Node.Member m : members) {
                  names.add(m.name());
                }
              }
              duplicate = !names.add(name);
            }
            if (duplicate) {
              problems.add(ProblemCode.JSON_DUPLICATE_KEY, "duplicate property '" + Messages.clip(name)
                  + "'; each property may appear once per object", file, child.pointer(), nameAt.getLineNr(),
                  nameAt.getColumnNr());
              failed = true;
            } else {
              members.add(new Node.Member(name, value, nameAt.getLineNr(), nameAt.getColumnNr()));
            }
          }
          return new Node.Obj(members, line, column);
        }
        case START_ARRAY -> {
          List<Node> elements = new ArrayList<>();
          JsonPath here = path == null ? JsonPath.at("") : path;
          JsonToken t;
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            elements.add(readValue(t, depth + 1, here.child(elements.size())));
          }
          return new Node.Arr(elements, line, column);
        }
        case VALUE_STRING -> {
          return new Node.Str(p.getString(), line, column);
        }
        case VALUE_NUMBER_INT -> {
          return new Node.Num(p.getDoubleValue(), true, p.getString(), line, column);
        }
        case VALUE_NUMBER_FLOAT -> {
          return new Node.Num(p.getDoubleValue(), false, p.getString(), line, column);
        }
        case VALUE_TRUE -> {
          return new Node.Bool(true, line, column);
        }
        case VALUE_FALSE -> {
          return new Node.Bool(false, line, column);
        }
        case VALUE_NULL -> {
          return new Node.Null(line, column);
        }
        default ->
          // The parser only yields the tokens above at a value position.
          throw new IllegalStateException("unexpected token " + token);
      }
    }
  }
}
