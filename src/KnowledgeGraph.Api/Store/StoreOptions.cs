using KnowledgeGraph.Core.Stores.Sql;

namespace KnowledgeGraph.Api.Store;

/// <summary>Which database holds the graph.</summary>
public enum StoreProvider
{
    /// <summary>The embedded default: one SQLite file.</summary>
    Sqlite,

    /// <summary>The server store on PostgreSQL.</summary>
    Postgres,

    /// <summary>Another spelling of <see cref="Postgres"/>, accepted in configuration.</summary>
    PostgreSql = Postgres,
}

public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>Which store holds the graph: <c>Sqlite</c> (the embedded default) or <c>Postgres</c> (the server store).</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>The PostgreSQL connection string (Npgsql), used when <see cref="Provider"/> is Postgres.</summary>
    public string? Postgres { get; set; }

    /// <summary>The SQLite file; a relative path is taken from the install root (the folder holding the seed directory).</summary>
    public string SqlitePath { get; set; } = "data/knowledge-graph.db";

    /// <summary>
    /// The page cache each pooled SQLite connection keeps, in MiB (1 to 4096; default 16). Raise it when the graph's
    /// file is much larger than the default and requests read across it; each open connection has its own.
    /// </summary>
    public int SqlitePageCacheMiB { get; set; } = SqliteDialect.DefaultPageCacheMib;

    /// <summary>Where the curated seed graph lives; a relative path is searched for upwards from the content root.</summary>
    public string SeedDirectory { get; set; } = "seed-data";

    /// <summary>Load the seed graph into an empty store at start.</summary>
    public bool SeedOnStart { get; set; } = true;

    /// <summary>True when the options name a usable store.</summary>
    public bool IsComplete => Provider != StoreProvider.Postgres || !string.IsNullOrWhiteSpace(Postgres);

    public bool HasValidPageCache => SqlitePageCacheMiB is >= 1 and <= SqliteDialect.MaxPageCacheMib;
}
