package dev.epidural.examples.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ```java} blocks of a Markdown file, and the Java source each one compiles as.
 *
 * <p>The convention (CONTRIBUTING.md, "Java code in the docs"): a block is either a whole
 * compilation unit, recognised by a top-level {@code class}, {@code record}, {@code interface} or
 * {@code enum} declaration at the start of a line, whose {@code public static void main} is run; or
 * its own {@code import} lines followed by statements, which run as the body of a {@code main} that
 * may throw any exception. No import is added: what the block names, it imports. The generated
 * source keeps every line of the block on the same line number, so a compiler message or a stack
 * frame at line {@code n} of the source is at line {@code firstLine + n - 1} of the Markdown file.
 */
final class DocSnippets {

  private static final Pattern OPEN = Pattern.compile("^\\s*```java\\s*$");
  private static final Pattern CLOSE = Pattern.compile("^\\s*```\\s*$");
  private static final Pattern TYPE = Pattern.compile(
      "^(?:public\\s+|final\\s+|abstract\\s+|sealed\\s+)*(?:class|record|interface|enum)\\s+(\\w+)",
      Pattern.MULTILINE);
  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+[\\w.*\\s]+;\\s*(//.*)?$");

  private DocSnippets() {}

  /** One {@code ```java} block: the file, the line of its first code line, and its code. */
  record Block(Path file, String displayName, int firstLine, String code) {

    /** Where the block is, as editors link it: {@code docs/api.md:8}. */
    String where() {
      return displayName + ":" + firstLine;
    }

    /** Where line {@code n} (1-based) of the generated source is in the Markdown file. */
    String where(long n) {
      return displayName + ":" + (firstLine + n - 1);
    }

    /** The name of the class the block compiles to. */
    String className() {
      Matcher type = TYPE.matcher(code);
      if (type.find()) {
        return type.group(1);
      }
      return "Snippet_" + displayName.replaceAll("[^A-Za-z0-9]", "_") + "_" + firstLine;
    }

    /** Whether the block is a whole compilation unit rather than statements. */
    boolean wholeUnit() {
      return TYPE.matcher(code).find();
    }

    /** The Java source of the block, line for line. */
    String source() {
      if (wholeUnit()) {
        return code;
      }
      List<String> lines = code.lines().toList();
      StringBuilder out = new StringBuilder();
      boolean opened = false;
      for (String line : lines) {
        if (!opened && (line.isBlank() || IMPORT.matcher(line).matches())) {
          out.append(line).append('\n');
          continue;
        }
        if (!opened) {
          // On the same line as the block's first statement, so the line numbers stay the same.
          out.append("public final class ").append(className())
              .append(" { public static void main(String[] args) throws Exception { ");
          opened = true;
        }
        out.append(line).append('\n');
      }
      if (!opened) {
        out.append("public final class ").append(className())
            .append(" { public static void main(String[] args) throws Exception { ");
      }
      return out.append("}}\n").toString();
    }
  }

  /**
   * Every {@code ```java} block of {@code file}, in order.
   *
   * @throws IllegalStateException naming the line of a block that is never closed
   */
  static List<Block> read(Path file, String displayName) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    int open = -1;
    boolean otherFence = false;
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (open >= 0) {
        if (CLOSE.matcher(line).matches()) {
          blocks.add(new Block(file, displayName, open + 2, code.toString()));
          open = -1;
          code.setLength(0);
        } else {
          code.append(line).append('\n');
        }
      } else if (otherFence) {
        otherFence = !CLOSE.matcher(line).matches();
      } else if (OPEN.matcher(line).matches()) {
        open = i;
      } else if (line.strip().startsWith("```")) {
        otherFence = true; // a fence of another language: a ```java line inside it is text
      }
    }
    if (open >= 0) {
      throw new IllegalStateException(displayName + ":" + (open + 1) + ": ```java block is never closed");
    }
    return blocks;
  }
}
