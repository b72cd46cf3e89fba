using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Hosting;

public sealed class WarmupOptions
{
    public const string Section = "Warmup";

    /// <summary>Run representative reads in-process before the server reports ready (<see cref="Warmup"/>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The longest the warm-up may take; readiness waits for it, so it stays short.</summary>
    [Range(0.1, 60)]
    public double Seconds { get; set; } = 3;

    /// <summary>Rounds of the warm-up reads at most: enough calls for the JIT to recompile the hot path at full optimisation.</summary>
    [Range(1, 10_000)]
    public int Rounds { get; set; } = 100;
}
