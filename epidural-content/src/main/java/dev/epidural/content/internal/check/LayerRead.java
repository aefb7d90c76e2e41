package dev.epidural.content.internal.check;

import dev.epidural.content.BundleInfo;
import dev.epidural.content.internal.bind.Entry;
import dev.epidural.content.internal.bind.Manifest;
import dev.epidural.content.internal.tree.Node;
import java.util.List;
import java.util.Optional;

/**
 * One layer of a bundle as the read and bind stages gave it.
 *
 * @param manifestName how its manifest is named in problems
 * @param manifest its manifest, as far as it could be read
 * @param mroot the manifest's located tree
 * @param info the bundle it describes; empty when its manifest describes none (a locale that is not
 *     well formed, properties that could not be read)
 * @param entries its bound items, in file order
 * @param translations its translation files that could be read
 * @param signOffs the sign-offs of its review files
 */
public record LayerRead(String manifestName, Manifest manifest, Node mroot, Optional<BundleInfo> info,
                        List<Entry> entries, List<TranslationReader.File> translations,
                        List<ReviewStage.Read> signOffs) {}
