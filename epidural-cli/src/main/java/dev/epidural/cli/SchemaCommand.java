package dev.epidural.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code epidural schema}: prints the JSON Schema of the bundle format. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Prints the JSON Schema (draft 2020-12) of the bundle format.",
        "$defs/manifest describes bundle.json, $defs/contentFile a content file; the root accepts either.",
        "It is generated from the model and checks the shape of each file;",
        "references, clinical rules, text safety and review dates need 'validate'."})
public final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the schema to FILE (UTF-8) instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    Output.write(BundleSchema.text(), output, spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
