namespace KnowledgeGraph.Api.Cli;

/// <summary>Runs a verb: results on <c>output</c>, reports and progress on <c>error</c>; returns the exit code.</summary>
internal delegate Task<int> VerbRun(CliArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken);

/// <summary>One verb of the command line, as dispatched and as the help shows it.</summary>
/// <param name="Synopsis">The arguments after the verb's name, as the help shows them.</param>
/// <param name="Description">What the verb does, for the help: one or more lines.</param>
internal sealed record CliVerb(string Name, string Synopsis, string Description, VerbRun Run);
