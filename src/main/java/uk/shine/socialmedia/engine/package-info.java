/**
 * The engine behind one door: the only package that uses Camunda's internals
 * ({@code org.camunda.bpm.engine.impl}). Everything else speaks Camunda's public API and
 * these few helpers, each with plain Java in and out: the engine's clock ({@link EngineTime}), who is
 * asking ({@link EngineUser}), work the engine does on its own account ({@link EngineCommands}),
 * records read by id ({@link EngineRecords}), the application's own jobs ({@link EngineJobs}) and
 * FEEL ({@link EngineFeel}). These public helpers depend on no feature package; its package-private
 * plugins ({@link EnginePlugins}) plug the features' rules into the engine. {@code ArchitectureTest} keeps it so.
 */
package uk.shine.socialmedia.engine;
