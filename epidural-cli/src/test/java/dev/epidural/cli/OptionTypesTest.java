package dev.epidural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * {@code Main.main} tells picocli to leave out its converters for {@code java.sql} and
 * {@code java.time} types: no option or parameter of any command may have one.
 */
class OptionTypesTest {

  @org.junit.jupiter.api.Test
  void noOptionOrParameterHasATypeWhoseConverterIsLeftOut() {
    CommandLine all = Main.commandLine(Cli.CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    List<CommandLine> commands = new ArrayList<>();
    commands.add(all);
    commands.addAll(all.getSubcommands().values());
    Pattern excluded = Pattern.compile("java\\.(sql|time)\\..*");
    List<String> types = new ArrayList<>();
    for (CommandLine c : commands) {
      for (ArgSpec arg : c.getCommandSpec().args()) {
        types.add(arg.type().getName());
        for (Class<?> aux : arg.auxiliaryTypes()) {
          types.add(aux.getName());
        }
      }
    }

    assertThat(commands).hasSizeGreaterThan(5);
    assertThat(types).isNotEmpty().noneMatch(t -> excluded.matcher(t).matches());
  }
}
