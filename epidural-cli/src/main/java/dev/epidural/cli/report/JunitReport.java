package dev.epidural.cli.report;

import dev.epidural.content.Problem;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Surefire, Jenkins and other CI systems count it: {@code <testsuites>} with a
 * {@code <testsuite>} per bundle, and in it one {@code <testcase>} per problem, named
 * {@code file: CODE at /pointer} (not by line, so a test keeps its name when lines move), plus one
 * passing {@code <testcase>} named after each bundle file that has no problem. {@code classname}
 * is the bundle id, or its path when the manifest could not be read. An error's test case holds one
 * {@code <failure>} whose {@code type} is the problem code; a warning's or notice's test case passes
 * and says the problem in {@code <system-out>}. So {@code tests} counts test cases and
 * {@code failures} the failed ones (the errors), and both add up over the suites. Written with the
 * JDK's {@link XMLStreamWriter}, which escapes; valid against Jenkins' {@code junit-10.xsd}.
 */
final class JunitReport implements ReportWriter {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  @Override
  public void write(List<Checked> checked, ReportOptions options, Writer out) throws IOException {
    try {
      XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      newline(x, 0);
      int tests = 0;
      int failures = 0;
      Map<Checked, Map<String, List<Problem>>> byFile = new LinkedHashMap<>();
      for (Checked c : checked) {
        Map<String, List<Problem>> files = files(c);
        byFile.put(c, files);
        tests += cases(files);
        failures += c.report().errors().size();
      }
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "epidural");
      x.writeAttribute("tests", Integer.toString(tests));
      x.writeAttribute("failures", Integer.toString(failures));
      x.writeAttribute("errors", "0");
      for (Map.Entry<Checked, Map<String, List<Problem>>> suite : byFile.entrySet()) {
        writeSuite(x, suite.getKey(), suite.getValue());
      }
      newline(x, 0);
      x.writeEndElement();
      newline(x, 0);
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  /** Each bundle file with its problems, in bundle order. */
  private static Map<String, List<Problem>> files(Checked c) {
    Map<String, List<Problem>> grouped = c.report().problems().stream()
        .collect(Collectors.groupingBy(Problem::file, LinkedHashMap::new, Collectors.toList()));
    Map<String, List<Problem>> files = new LinkedHashMap<>();
    for (String file : c.files(List.copyOf(grouped.keySet()))) {
      files.put(file, grouped.getOrDefault(file, List.of()));
    }
    return files;
  }

  /** Test cases of a suite: one per problem, one per file without any. */
  private static int cases(Map<String, List<Problem>> files) {
    return files.values().stream().mapToInt(problems -> Math.max(1, problems.size())).sum();
  }

  private static void writeSuite(XMLStreamWriter x, Checked c, Map<String, List<Problem>> files)
      throws XMLStreamException {
    newline(x, 1);
    x.writeStartElement("testsuite");
    x.writeAttribute("name", safe(c.name()));
    x.writeAttribute("tests", Integer.toString(cases(files)));
    x.writeAttribute("failures", Integer.toString(c.report().errors().size()));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", "0");
    newline(x, 2);
    x.writeStartElement("properties");
    property(x, "path", c.bundle().shown());
    if (c.report().bundle().isPresent()) {
      property(x, "id", c.report().bundle().get().id());
      property(x, "version", c.report().bundle().get().version());
    }
    newline(x, 2);
    x.writeEndElement();
    for (Map.Entry<String, List<Problem>> file : files.entrySet()) {
      if (file.getValue().isEmpty()) {
        newline(x, 2);
        x.writeEmptyElement("testcase");
        caseAttributes(x, c, file.getKey());
      }
      for (Problem p : file.getValue()) {
        writeCase(x, c, p);
      }
    }
    newline(x, 1);
    x.writeEndElement();
  }

  private static void writeCase(XMLStreamWriter x, Checked c, Problem p) throws XMLStreamException {
    newline(x, 2);
    x.writeStartElement("testcase");
    caseAttributes(x, c, p.file() + ": " + p.code() + (p.pointer().isEmpty() ? "" : " at " + p.pointer()));
    newline(x, 3);
    if (p.isError()) {
      x.writeStartElement("failure");
      x.writeAttribute("message", safe(p.message()));
      x.writeAttribute("type", p.code());
    } else {
      x.writeStartElement("system-out");
    }
    x.writeCharacters(safe(c.line(p)));
    x.writeEndElement();
    newline(x, 2);
    x.writeEndElement();
  }

  private static void caseAttributes(XMLStreamWriter x, Checked c, String name) throws XMLStreamException {
    x.writeAttribute("classname", safe(c.name()));
    x.writeAttribute("name", safe(name));
  }

  private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    newline(x, 3);
    x.writeEmptyElement("property");
    x.writeAttribute("name", name);
    x.writeAttribute("value", safe(value));
  }

  private static void newline(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** XML 1.0 cannot hold control characters even escaped. */
  private static String safe(String text) {
    return Safe.printable(text);
  }
}
