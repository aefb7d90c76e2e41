package dev.epidural.content.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.internal.catalogue.Catalogue;
import dev.epidural.content.internal.meta.Kind;
import dev.epidural.content.internal.meta.ModelFingerprint;
import dev.epidural.model.Id;
import dev.epidural.model.Item;
import dev.epidural.model.Review;
import dev.epidural.model.Source;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A snapshot is read only by readers made for its model: none, readers of another model, or readers
 * that do not link against the model classes make it unusable with a reason, never an error.
 */
class SnapshotReadersTest {

  private static final Source SOURCE = new Source(Id.of("src"), "Source", "Publisher", Optional.empty(),
      Optional.empty(), Optional.empty());

  private static final byte[] SNAPSHOT = Snapshot.write(Map.of("bundle.json", "00000000-1"),
      new BundleInfo("b", "1", "B", Locale.ENGLISH, "P", "CC0-1.0", List.of(SOURCE)), Optional.empty(),
      new Catalogue(List.of()), Map.of());

  /** Readers that say they are for {@code model} and give what {@code delegate} gives, or fail with {@code error}. */
  private static Snapshot.Readers readers(long model, Error error) {
    // Through Snapshot, not by name: the regenerating build compiles these tests without RecordReaders.
    Snapshot.Readers generated = Snapshot.readers();
    return new Snapshot.Readers() {
      @Override
      public long model() {
        return model;
      }

      @Override
      public Item readItem(Snapshot.In in, Kind kind) throws IOException {
        return generated.readItem(in, kind);
      }

      @Override
      public Source readSource(Snapshot.In in) throws IOException {
        if (error != null) {
          throw error;
        }
        return generated.readSource(in);
      }

      @Override
      public Review readReview(Snapshot.In in) throws IOException {
        return generated.readReview(in);
      }
    };
  }

  @Test
  void theGeneratedReadersReadWhatTheWriterWrote() {
    Snapshot.Result read = Snapshot.read(SNAPSHOT);

    assertThat(read.reason()).isEmpty();
    assertThat(read.content().orElseThrow().info().sources()).containsExactly(SOURCE);
    assertThat(Snapshot.read(SNAPSHOT, readers(ModelFingerprint.model(), null)).content()).isPresent();
  }

  @Test
  void withoutReadersTheSnapshotIsUnusable() {
    Snapshot.Result read = Snapshot.read(SNAPSHOT, null);

    assertThat(read.content()).isEmpty();
    assertThat(read.reason()).isEqualTo("this build has no generated snapshot readers");
  }

  @Test
  void readersOfAnotherModelAreNotUsedAndTheReasonSaysHowToRegenerate() {
    Snapshot.Result read = Snapshot.read(SNAPSHOT, readers(ModelFingerprint.model() ^ 1, null));

    assertThat(read.content()).isEmpty();
    assertThat(read.reason()).startsWith("its readers were generated for a model with fingerprint ")
        .endsWith(ModelFingerprint.REGENERATE);
  }

  @Test
  void readersThatDoNotLinkMakeTheSnapshotStaleNotAnError() {
    Snapshot.Result read = Snapshot.read(SNAPSHOT,
        readers(ModelFingerprint.model(), new NoSuchMethodError("dev.epidural.model.Source.<init>")));

    assertThat(read.content()).isEmpty();
    assertThat(read.reason()).startsWith("it is stale: its readers do not link against the model classes here");
  }
}
