/**
 * What every stage shares: spans, paragraphs, and the offset maps that lead a cleaned text's
 * positions back to the raw text.
 *
 * <pre>{@code
 * List<Paragraph> ps = Paragraphs.split(text, ParagraphMode.AUTO);
 * OffsetMap map = cleaned.offsets();
 * map.rawSpan(token.start(), token.end());
 * }</pre>
 */
package io.github.propre.text;
