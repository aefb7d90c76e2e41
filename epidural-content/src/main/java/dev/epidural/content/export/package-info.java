/**
 * Exports of content for apps and web pages: {@link dev.epidural.content.export.JsonExporter JSON}
 * in a documented, stable shape, schema.org {@link dev.epidural.content.export.JsonLdExporter
 * JSON-LD}, and {@link dev.epidural.content.export.HtmlExporter HTML} and
 * {@link dev.epidural.content.export.MarkdownExporter Markdown} pages. Each exporter takes an
 * {@link dev.epidural.content.export.ExportContent} (loaded, validated content, read as it is) and
 * {@link dev.epidural.content.export.ExportOptions} (audience, text resolver, language).
 *
 * <p>Content is plain text everywhere: every exporter escapes it for its output, so no text (of the
 * content, a text resolver or a label) can become markup, script or a non-http link. JSON and
 * JSON-LD are safe inside an HTML {@code <script>} element.
 *
 * <pre>{@code
 * ExportContent content = ExportContent.from(EpiduralContent.builtIn());
 * ExportOptions options = ExportOptions.of(Audience.PATIENT);
 * String json = JsonExporter.of(content, options).catalogue();
 * HtmlFragment faq = HtmlExporter.of(content, options).faqPage();
 * }</pre>
 */
@NullMarked
package dev.epidural.content.export;

import org.jspecify.annotations.NullMarked;
