/**
 * The Epidural SDK's command-line validator, {@code epidural}: validate, diff, export, schema,
 * review packets and records, fmt, init and explain. Entry point {@code dev.epidural.cli.Main}; on
 * the module path, {@code java -p DIR -m dev.epidural.cli}. It exports nothing: it is a program,
 * not a library.
 */
module dev.epidural.cli {
  requires dev.epidural.content;
  requires info.picocli;
  requires tools.jackson.core;
  // The JUnit XML report is written with the StAX writer.
  requires java.xml;

  // picocli reads and sets the commands' annotated fields and makes their mixins reflectively.
  opens dev.epidural.cli to info.picocli;
}
