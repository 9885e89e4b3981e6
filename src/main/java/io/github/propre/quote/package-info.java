/**
 * Finds quotations in French text, with who said them.
 *
 * <p>{@link io.github.propre.quote.QuoteExtractor} reads guillemets with any spacing, nested quotes,
 * quotes continued over paragraphs, dialogue dashes and incises, and attributes each
 * {@link io.github.propre.quote.Quote} to the speaker mention and reporting verb the text uses
 * ({@link io.github.propre.quote.ReportingVerbs} holds the verbs in all their forms).
 *
 * <pre>{@code
 * Quote q = QuoteExtractor.standard().extract("« Oui », a affirmé Lavrov.").get(0);
 * q.text();                   // "Oui"
 * q.speaker().get().text();   // "Lavrov"
 * }</pre>
 */
package io.github.propre.quote;
