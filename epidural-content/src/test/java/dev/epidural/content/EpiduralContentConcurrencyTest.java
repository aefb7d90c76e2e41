package dev.epidural.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.model.Approach;
import dev.epidural.model.Audience;
import dev.epidural.model.Intent;
import dev.epidural.model.Procedure;
import dev.epidural.model.SpinalRegion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** One content shared by eight threads gives every thread the single-threaded answers. */
class EpiduralContentConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ITERATIONS = 400;

  private static Procedure procedure(EpiduralContent content) {
    return content.item(Procedure.class, "lumbar-transforaminal-esi").orElseThrow();
  }

  /** The questions every thread asks, over and over. */
  private static final List<Function<EpiduralContent, Object>> QUESTIONS = List.of(
      c -> c.procedures().inRegion(SpinalRegion.LUMBAR).via(Approach.TRANSFORAMINAL).forIntent(Intent.THERAPEUTIC).list(),
      c -> c.procedures().inRegion(SpinalRegion.LUMBAR).views(),
      c -> c.procedure("cervical-epidural-steroid-injection").map(ProcedureView::steps),
      c -> c.approaches().inRegion(SpinalRegion.CERVICAL).approaches(),
      c -> c.contraindications().listingFactor("anticoagulant-use").matching("bleeding").list(),
      c -> c.faq().search("drive"),
      c -> c.faq().search("café injection"),
      c -> c.sourcesOf(procedure(c)),
      c -> c.in(Locale.forLanguageTag("es-MX")).forAudience(Audience.PATIENT).texts(procedure(c)),
      c -> c.in(Locale.forLanguageTag("es")).name(procedure(c)),
      c -> c.translationCoverage(),
      c -> c.medications().count());

  private static EpiduralContent load() {
    return EpiduralContent.loader().from(ApiFixtures.resource("l10n/clinic")).clock(ApiFixtures.CLOCK).load();
  }

  @Test
  void eightThreadsQueryingOneContentSeeConsistentAnswers() throws Exception {
    // The single-threaded answers, from a content no other thread touches.
    EpiduralContent reference = load();
    List<Object> expected = QUESTIONS.stream().map(q -> q.apply(reference)).toList();
    assertThat(expected).as("every question has an answer to get wrong").allSatisfy(a -> assertThat(
        a instanceof Collection<?> c ? !c.isEmpty() : a instanceof Map<?, ?> m ? !m.isEmpty()
            : !(a instanceof Optional<?> o) || o.isPresent()).isTrue());
    // A fresh content for the threads, so they also race on anything a first query might set up.
    EpiduralContent shared = load();

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          List<String> mismatches = new ArrayList<>();
          for (int i = 0; i < ITERATIONS; i++) {
            // Each thread walks the questions from another starting point.
            int q = (i + offset) % QUESTIONS.size();
            Object answer = QUESTIONS.get(q).apply(shared);
            if (!answer.equals(expected.get(q))) {
              mismatches.add("question " + q + " at iteration " + i + ": " + answer);
            }
          }
          return mismatches;
        }));
      }
      start.countDown();
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> r : results) {
        mismatches.addAll(r.get());
      }
      assertThat(mismatches).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }
}
