package dev.epidural.content.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.internal.catalogue.Catalogue;
import dev.epidural.model.Id;
import dev.epidural.model.Source;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A snapshot gives back the bundle description it was written with, the manifest's files included. */
class SnapshotBundleInfoTest {

  private static final Source SOURCE = new Source(Id.of("src"), "Source", "Publisher", Optional.empty(),
      Optional.empty(), Optional.empty());

  private static BundleInfo roundTrip(BundleInfo info) {
    byte[] bytes = Snapshot.write(Map.of("bundle.json", "00000000-1"), info, Optional.empty(),
        new Catalogue(List.of()), Map.of());
    Snapshot.Result read = Snapshot.read(bytes);
    assertThat(read.reason()).isEmpty();
    return read.content().orElseThrow().info();
  }

  @Test
  void theManifestsFilesRoundTripInTheirOrderAsWritten() {
    BundleInfo info = new BundleInfo("b", "1.0.0", "Bündel", Locale.forLanguageTag("es-MX"), "P", "CC0-1.0",
        List.of(SOURCE), List.of("z.json", "a/ä.json", "z.json", "m.json"));

    BundleInfo read = roundTrip(info);

    assertThat(read).isEqualTo(info);
    assertThat(read.files()).containsExactly("z.json", "a/ä.json", "z.json", "m.json");
  }

  @Test
  void aDescriptionWithoutFilesRoundTrips() {
    BundleInfo info = new BundleInfo("b", "1", "B", Locale.ENGLISH, "P", "CC0-1.0", List.of(SOURCE));

    assertThat(roundTrip(info)).isEqualTo(info);
  }
}
