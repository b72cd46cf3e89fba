using KnowledgeGraph.Api.Store;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// What a verb runs in: the store, made exactly as the server makes it, and where relative paths start. The server's
/// builder reads the configuration (appsettings.json, appsettings.{Environment}.json, environment variables such as
/// <c>Store__SqlitePath</c>, then <c>--Store:SqlitePath=...</c> overrides and the <c>--db</c> shortcut for it) and
/// <see cref="StoreSetup"/> registers the store.
/// The builder is never built into a host: WebApplicationFactory listens for hosts built in the process, and nothing
/// of the server (hosted services, seeding) runs. The store is migrated before the verb uses it.
/// </summary>
internal sealed class VerbEnvironment(ServiceProvider services, IGraphStore store, string description, string installRoot) : IAsyncDisposable
{
    public IGraphStore Store { get; } = store;

    /// <summary>Which store this is, for messages: the provider and, for SQLite, the file.</summary>
    public string Description { get; } = description;

    /// <summary>
    /// An input path: from the working directory when it exists there, else from the install root. <c>dotnet run
    /// --project</c> runs in the project folder, so <c>import seed-data</c> typed at the repository root still works.
    /// </summary>
    public string Input(string path) =>
        Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path) || !Exists(Path.Combine(installRoot, path))
            ? path
            : Path.Combine(installRoot, path);

    /// <summary>An output path: relative ones start at the install root, as <c>Store:SqlitePath</c> does.</summary>
    public string Output(string path) => Path.GetFullPath(Path.Combine(installRoot, path));

    public static async Task<VerbEnvironment> OpenAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var overrides = args.ConfigurationArgs.ToList();
        if (args.Db is { } db)
        {
            overrides.Add($"--{StoreOptions.Section}:{nameof(StoreOptions.SqlitePath)}={db}");
        }
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. overrides] });
        builder.Logging.ClearProviders();
        builder.AddKnowledgeGraphStore();

        var options = builder.Configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        var installRoot = StoreSetup.InstallRoot(builder.Environment.ContentRootPath, options.SeedDirectory);
        var description = options.Provider == StoreProvider.Sqlite
            ? $"SQLite {Path.GetFullPath(Path.Combine(installRoot, options.SqlitePath))}"
            : options.Provider.ToString();
        var services = builder.Services.BuildServiceProvider();
        try
        {
            var store = services.GetRequiredService<IGraphStore>();
            await store.MigrateAsync(cancellationToken);
            return new VerbEnvironment(services, store, description, installRoot);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
}
