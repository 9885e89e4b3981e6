/**
 * Reliability suites that cover the whole library: fuzz targets, concurrency, hostile input and
 * the errors a user sees.
 *
 * <ul>
 *   <li><b>Fuzz targets</b> ({@code *FuzzTest}, Jazzer): the tokenizer, the sentence splitter, the
 *       deduplicator, the cleaner, the quote extractor and the whole pipeline, each checking the
 *       {@link io.github.propre.reliability.Invariants invariants} the property tests check. They
 *       run only with the {@code fuzz} profile (Jazzer's agent would instrument every class the other
 *       tests load): {@code mvn test -Pfuzz} replays their saved inputs, then fuzzes each for 8
 *       seconds in a JVM of its own (the short pass CI runs), {@code mvn test -Pfuzz
 *       -Dfuzz.seconds=3600} for an hour each. Corpora grow in {@code .cifuzz-corpus/}; a crash is
 *       written as a {@code crash-*} file at the project root: replay it by moving it into
 *       {@code src/test/resources/io/github/propre/reliability/<Class>Inputs/<method>/}, then turn it
 *       into a regression test named after what it found.
 *   <li><b>Concurrency</b> ({@code ConcurrencyTest}): shared stages and pipelines under 16 threads
 *       give the answers of a sequential run (200 documents by default, 1,000 in the slow run); a shared {@code DuplicateIndex} equals a sequential
 *       replay in arrival order.
 *   <li><b>Hostile input</b> ({@code HostileInputTest}; the command line's share is {@code
 *       io.github.propre.cli.CliHostileInputTest}): every Unicode space, unpaired surrogates, lone
 *       combining marks, controls, nested quotes, runs of one mark, a 50 MB paragraph; linear in CPU
 *       time and in bytes allocated. The size comparisons are tagged {@code slow}.
 *   <li><b>Errors</b> ({@code ApiErrorsTest}; {@code io.github.propre.cli.CliErrorsTest}): null,
 *       empty and invalid values are refused with a message that names the argument.
 * </ul>
 */
package io.github.propre.reliability;
