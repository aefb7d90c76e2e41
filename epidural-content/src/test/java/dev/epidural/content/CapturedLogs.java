package dev.epidural.content;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J binding for this module's tests (registered in {@code META-INF/services}): it keeps
 * every event logged, so a test can see what the library logged. Thread-safe.
 */
public final class CapturedLogs implements SLF4JServiceProvider {

  /** One logged event, its message formatted. */
  public record Event(Level level, String logger, String message) {}

  private static final List<Event> EVENTS = new ArrayList<>();

  /** Forgets every event logged so far. */
  public static void clear() {
    synchronized (EVENTS) {
      EVENTS.clear();
    }
  }

  /** The events logged since the last {@link #clear()}, oldest first. */
  public static List<Event> events() {
    synchronized (EVENTS) {
      return List.copyOf(EVENTS);
    }
  }

  private final ILoggerFactory factory = CapturingLogger::new;
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class CapturingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
                                               Throwable throwable) {
      String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
      synchronized (EVENTS) {
        EVENTS.add(new Event(level, name, message));
      }
    }
  }
}
