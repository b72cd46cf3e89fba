using KnowledgeGraph.Api.Store;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Hosting;

/// <summary>The store is migrated and seeded once, at the first start.</summary>
public sealed class SeedLoadingTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task The_first_start_loads_the_seed_graph_and_later_starts_change_nothing()
    {
        var settings = new Dictionary<string, string?> { ["Store:SqlitePath"] = Path.Combine(_directory.Path, "kg.db") };
        long version;
        int interventions;
        using (var first = new KnowledgeGraphApp())
        {
            foreach (var (k, v) in settings)
            {
                first.Settings[k] = v;
            }
            var data = await first.QueryAsync("{ interventions { totalCount } findings { totalCount } }");
            interventions = (int)data["interventions"]!["totalCount"]!;
            Assert.Equal(SeedCounts.Of("interventions.json"), interventions);
            version = await first.Store.GetGraphVersionAsync();
            Assert.Equal(1, version);

            // Loading the same files again, directly, writes nothing and keeps the version.
            var again = await SeedFiles.LoadAsync(first.Store, RepoPaths.SeedData);
            Assert.Equal((0, 0, 1L), (again.NodesWritten, again.EdgesWritten, again.GraphVersion));
        }
        using var second = new KnowledgeGraphApp();
        foreach (var (k, v) in settings)
        {
            second.Settings[k] = v;
        }
        var after = await second.QueryAsync("{ interventions { totalCount } }");
        Assert.Equal(interventions, (int)after["interventions"]!["totalCount"]!);
        Assert.Equal(version, await second.Store.GetGraphVersionAsync());
    }

    [Fact]
    public void A_relative_seed_directory_is_found_from_a_subfolder_and_data_lands_beside_it()
    {
        var api = Path.Combine(RepoPaths.Root, "src", "KnowledgeGraph.Api");
        Assert.Equal(RepoPaths.SeedData, StoreSetup.FindSeedDirectory(api, "seed-data"));
        Assert.Equal(RepoPaths.Root, StoreSetup.InstallRoot(api, "seed-data"));
        Assert.Null(StoreSetup.FindSeedDirectory(_directory.Path, "no-such-seed-folder"));
    }

    public void Dispose() => _directory.Dispose();
}
