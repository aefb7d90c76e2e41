package dev.epidural.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * {@code validate --watch}: validates, then validates again after every change to the bundle
 * folders, printing a fresh report each time, until interrupted (Ctrl-C ends the process).
 *
 * <p>Editors save in bursts (a temporary file, a rename, a second write), so a change is followed by
 * a short quiet period ({@link #QUIET_MILLIS}) before the run, and the events of one save give one
 * report. Sub-folders are watched too, as a bundle may list files in them.
 */
final class ValidateWatch {

  /** How long the folders must stay quiet after a change before validating again. */
  static final long QUIET_MILLIS = 200;

  private final List<Path> folders;
  private final IntSupplier validate;
  private final PrintWriter err;

  /**
   * @param bundles the bundles, each checked already (the built-in bundle cannot be watched)
   * @param validate runs one validation and prints its report; returns the exit code
   * @param err where the notes between reports go (standard error, so standard output holds reports only)
   */
  ValidateWatch(List<BundleArg> bundles, IntSupplier validate, PrintWriter err) {
    Set<Path> dirs = new LinkedHashSet<>();
    for (BundleArg bundle : bundles) {
      if (bundle.form() == BundleArg.Form.BUILTIN) {
        throw new CliException("--watch cannot watch the built-in bundle, which is inside the SDK's jar");
      }
      Path path = bundle.path().orElseThrow().toAbsolutePath();
      dirs.add(bundle.form() == BundleArg.Form.FOLDER ? path : path.getParent());
    }
    this.folders = List.copyOf(dirs);
    this.validate = validate;
    this.err = err;
  }

  /**
   * Runs {@code validate --watch}: the command's own run, again after every change.
   *
   * @param command the command, with {@code --watch}
   * @return the last run's exit code
   */
  static int watch(ValidateCommand command) {
    command.watch = false;
    List<String> args = new ArrayList<>();
    if (command.builtin) {
      args.add(BundleArg.BUILTIN);
    }
    args.addAll(command.paths);
    if (args.isEmpty()) {
      return command.call(); // the usage error of a missing bundle
    }
    List<BundleArg> bundles = args.stream().map(BundleArg::parse).toList();
    PrintWriter err = command.spec.commandLine().getErr();
    return new ValidateWatch(bundles, () -> {
      try {
        return command.call();
      } catch (CliException e) {
        // A folder renamed away mid-save, an --output that cannot be written: say so and keep watching.
        err.println("epidural: " + e.getMessage());
        err.flush();
        return ExitCode.USAGE;
      }
    }, err).run();
  }

  /** Validates now and after every change; returns the last run's exit code when interrupted. */
  int run() {
    int code = ExitCode.OK;
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      for (Path folder : folders) {
        registerTree(folder, watcher);
      }
      code = validate.getAsInt();
      note("watching " + folders.size() + (folders.size() == 1 ? " folder" : " folders")
          + " for changes; Ctrl-C stops");
      while (!Thread.currentThread().isInterrupted()) {
        WatchKey key = watcher.take();
        drain(key, watcher);
        // Let the burst of one save end before reading the files.
        WatchKey more;
        while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          drain(more, watcher);
        }
        note("change detected; validating again");
        code = validate.getAsInt();
      }
      return code;
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
      return code;
    } catch (IOException e) {
      throw new CliException("cannot watch " + folders + ": " + Output.reason(e), e);
    }
  }

  private void note(String message) {
    err.println("epidural: " + message);
    err.flush();
  }

  /** Takes a key's events, watches any new sub-folder, and resets the key. */
  private static void drain(WatchKey key, WatchService watcher) throws IOException {
    List<Path> created = new ArrayList<>();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
          && event.context() instanceof Path name) {
        Path child = dir.resolve(name);
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
          created.add(child);
        }
      }
    }
    key.reset();
    for (Path dir : created) {
      registerTree(dir, watcher);
    }
  }

  private static void registerTree(Path root, WatchService watcher) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
