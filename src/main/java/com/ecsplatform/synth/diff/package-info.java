/**
 * Reviewing what a change does to the stacks without touching AWS: parse two offline synth graphs
 * ({@code target/synth/<stack>.json} or a committed snapshot), diff them at the level of resources,
 * properties and stack outputs, classify each change the way the provider would carry it out
 * (create, update in place, replace, delete; {@link com.ecsplatform.synth.diff.ReplaceRules}),
 * cascade replacements through the graph's references, name their operational effects, mark the
 * blocking ones, and render the result as plain text for a failing test or as Markdown for a
 * pull-request comment.
 *
 * <p>Entry points: {@link com.ecsplatform.synth.diff.SynthGraph#parse(String)},
 * {@link com.ecsplatform.synth.diff.GraphDiff#between(SynthGraph, SynthGraph)},
 * {@link com.ecsplatform.synth.diff.Preview#between(SynthGraph, SynthGraph)},
 * {@link com.ecsplatform.synth.diff.TextReport}, {@link com.ecsplatform.synth.diff.MarkdownReport}
 * and the {@link com.ecsplatform.synth.diff.DiffMain} command line.
 */
package com.ecsplatform.synth.diff;
