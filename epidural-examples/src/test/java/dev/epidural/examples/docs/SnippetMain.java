package dev.epidural.examples.docs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Runs compiled docs snippets one after another in this JVM, whose working directory the test
 * prepared. For each class name in {@code args} it prints a marker line to stdout, {@code @@ok NAME}
 * or {@code @@fail NAME} followed by the stack trace and {@code @@end}; what a snippet prints
 * itself goes in between and is shown only when that snippet fails.
 */
public final class SnippetMain {

  static final String OK = "@@ok ";
  static final String FAIL = "@@fail ";
  static final String END = "@@end";

  private SnippetMain() {}

  /**
   * Runs the {@code main} of each named class.
   *
   * @param args class names
   */
  public static void main(String[] args) {
    for (String name : args) {
      System.out.println("@@start " + name);
      try {
        Method main = Class.forName(name).getMethod("main", String[].class);
        main.invoke(null, (Object) new String[0]);
        System.out.flush();
        System.out.println(OK + name);
      } catch (InvocationTargetException e) {
        report(name, e.getCause());
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        report(name, e);
      }
    }
    System.out.flush();
  }

  private static void report(String name, Throwable thrown) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    System.out.flush();
    System.out.println(FAIL + name);
    System.out.println(trace.toString().strip());
    System.out.println(END);
  }
}
