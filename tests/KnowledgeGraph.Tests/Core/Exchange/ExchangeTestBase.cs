using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Exchange;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;

namespace KnowledgeGraph.Tests.Core.Exchange;

/// <summary>What the exchange format tests share: a temporary folder for stores and outputs, and the hostile graph.</summary>
public abstract class ExchangeTestBase : IDisposable
{
    protected TempDirectory Temp { get; } = new();

    /// <summary>
    /// Strings that break naive CSV, SQL, Cypher, XML or JSON writers; every one is a legal property value (control
    /// characters other than tab and line feed are not: see <see cref="KnowledgeGraph.Core.Graph.TextRules"/>).
    /// </summary>
    public static readonly string[] Hostile =
    [
        "He said \"no\", then left", "Robert'); DROP TABLE nodes;--", "x'}) MATCH (n) DETACH DELETE n //", "line1\nline2\n\nline3\ttab\n",
        @"back\slash \' \u0041 \\", "ls\u2028 ps\u2029 zwsp\u200b rlo\u202e bom\ufeff nbsp\u00a0", "  padded, ; semicolons  ",
        "=HYPERLINK(\"http://example.org\")", "👩‍🔧 Trabajadoras — ñ ü 中文 עברית", "`backtick` {braces} $param <tag attr='v'>&amp;</tag>",
        string.Concat(Enumerable.Repeat("long, \"quoted\" text\n", 200))[..4000],
    ];

    public void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static IGraphExportFormat Format(string name) => ExchangeFormats.FindExport(name)!;

    protected async Task<IGraphStore> EmptyStoreAsync(string name)
    {
        var store = SqlGraphStore.ForSqliteFile(Path.Combine(Temp.Path, name + ".db"));
        await store.MigrateAsync();
        return store;
    }

    protected async Task<IGraphStore> SeededStoreAsync()
    {
        var store = await EmptyStoreAsync("seed");
        await SeedFiles.LoadAsync(store, RepoPaths.SeedData);
        return store;
    }

    protected static GraphBatch HostileGraph() => new(
        [
            new("industry:hotels", GraphSchema.Industry, new() { ["name"] = "Hotels", ["riskFactors"] = new JsonArray("ISOLATED_WORK", "ALCOHOL") }),
            .. Hostile.Select((text, i) => new NodeInput($"org:hostile_{i}", GraphSchema.Organization,
                new() { ["name"] = text.Trim() is { Length: > 0 and <= 500 } name ? name : $"Org {i}", ["kind"] = "UNION", ["founded"] = 2000 + i, ["description"] = text })),
        ],
        Hostile.Select((text, i) => new EdgeInput("PARTNERS_WITH", $"org:hostile_{i}", $"org:hostile_{(i + 1) % Hostile.Length}",
            new() { ["context"] = text.Length <= 500 ? text : text[..500] })).ToList());

    /// <summary>Every node and edge with its properties in a canonical key order: two stores hold the same graph when these are equal.</summary>
    protected static async Task<List<string>> SnapshotAsync(IGraphStore store)
    {
        static string Canonical(JsonObject props) => new JsonObject(props.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))).ToJsonString();
        var snapshot = new List<string>();
        await foreach (var node in store.ReadNodesAsync())
        {
            snapshot.Add($"{node.Id} {node.Label} {node.Name} {Canonical(node.Props)}");
        }
        await foreach (var edge in store.ReadEdgesAsync())
        {
            snapshot.Add($"{edge.Id} {edge.Type} {edge.SourceId} {edge.TargetId} {Canonical(edge.Props)}");
        }
        return snapshot;
    }
}
