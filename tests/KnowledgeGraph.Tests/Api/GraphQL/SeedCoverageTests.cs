using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// How much of the field the seed covers, over HTTP: enough findings to compare strategies, effect findings in every
/// industry or the industry named as a gap in seed-data/README.md, and no industry named as a gap that has one.
/// </summary>
public sealed partial class SeedCoverageTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private const string GapSection = "## Industries without effect evidence";

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list!.AsArray().Select(n => n!);

    [GeneratedRegex(@"^- `(industry:[a-z0-9_]+)`", RegexOptions.Multiline)]
    private static partial Regex GapLine();

    /// <summary>The industry ids listed under <see cref="GapSection"/> in seed-data/README.md.</summary>
    private static HashSet<string> IndustriesListedAsGaps()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.SeedData, "README.md"));
        var start = readme.IndexOf(GapSection, StringComparison.Ordinal);
        Assert.True(start >= 0, $"seed-data/README.md has no section '{GapSection}'");
        var body = readme[(start + GapSection.Length)..];
        var end = body.IndexOf("\n## ", StringComparison.Ordinal);
        return GapLine().Matches(end < 0 ? body : body[..end]).Select(m => m.Groups[1].Value).ToHashSet();
    }

    [Fact]
    public async Task The_seed_holds_at_least_150_findings_of_every_kind()
    {
        var data = await app.QueryAsync("""
            {
              all: findings(first: 1) { totalCount }
              effects: findings(first: 1, where: { kind: [EFFECT] }) { totalCount }
              adoptions: findings(first: 1, where: { kind: [ADOPTION] }) { totalCount }
              prevalence: findings(first: 1, where: { kind: [PREVALENCE] }) { totalCount }
              process: findings(first: 1, where: { kind: [PROCESS] }) { totalCount }
            }
            """);
        int Count(string alias) => (int)data[alias]!["totalCount"]!;

        Assert.True(Count("all") >= 150, $"the seed holds {Count("all")} findings");
        Assert.Equal(Count("all"), Count("effects") + Count("adoptions") + Count("prevalence") + Count("process"));
        Assert.All(new[] { "effects", "adoptions", "prevalence", "process" }, kind => Assert.True(Count(kind) > 0, kind));
    }

    [Fact]
    public async Task Every_industry_has_an_effect_finding_or_is_listed_as_a_gap_and_no_listed_gap_has_one()
    {
        var data = await app.QueryAsync("""
            {
              industries(first: 100) { totalCount nodes { id } }
              findings(first: 100, where: { kind: [EFFECT] }) {
                totalCount
                nodes { intervention { industries(first: 50) { nodes { id } } } }
              }
            }
            """);
        var industries = Items(data["industries"]!["nodes"]).Select(i => (string)i["id"]!).ToHashSet();
        Assert.Equal((int)data["industries"]!["totalCount"]!, industries.Count);
        var effects = Items(data["findings"]!["nodes"]).ToList();
        Assert.Equal((int)data["findings"]!["totalCount"]!, effects.Count);

        var withEffect = effects
            .Where(f => f["intervention"] is not null)
            .SelectMany(f => Items(f["intervention"]!["industries"]!["nodes"]).Select(i => (string)i["id"]!))
            .ToHashSet();
        var withoutEffect = industries.Except(withEffect).ToHashSet();
        var listed = IndustriesListedAsGaps();

        Assert.True(withoutEffect.SetEquals(listed),
            $"industries without an EFFECT finding: [{string.Join(", ", withoutEffect.Order())}]; listed as gaps: [{string.Join(", ", listed.Order())}]");
        Assert.Empty(listed.Except(industries));
    }
}
