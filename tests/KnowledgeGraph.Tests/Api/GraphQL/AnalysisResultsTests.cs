using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// Analysis results for dashboards: strategies typed by the Strategy interface, one failing panel that leaves its
/// siblings' data in the answer, and whatWorked's ranking paged by cursor.
/// </summary>
public sealed class AnalysisResultsTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    [Fact]
    public async Task Strategies_are_tactics_levers_or_interventions_and_their_name_needs_no_fragment()
    {
        var data = await app.QueryAsync("""
            {
              whatWorked(first: 30) { strategy { __typename id name ... on Node { id } } }
              strategy: __type(name: "Strategy") { kind interfaces { name } possibleTypes { name } }
            }
            """);
        Assert.Equal("INTERFACE", (string?)data["strategy"]!["kind"]);
        Assert.Equal(["Node"], data["strategy"]!["interfaces"]!.AsArray().Select(i => (string?)i!["name"]));
        Assert.Equal(["Intervention", "PolicyLever", "Tactic"], data["strategy"]!["possibleTypes"]!.AsArray().Select(t => (string?)t!["name"]).Order());
        var strategies = data["whatWorked"]!.AsArray().Select(r => r!["strategy"]!).ToList();
        Assert.NotEmpty(strategies);
        Assert.All(strategies, s =>
        {
            Assert.Contains((string?)s["__typename"], new[] { "Intervention", "PolicyLever", "Tactic" });
            Assert.False(string.IsNullOrEmpty((string?)s["name"]));
        });
    }

    [Fact]
    public async Task One_failing_analysis_is_null_with_a_coded_error_and_its_sibling_panels_keep_their_data()
    {
        await using var failing = new KnowledgeGraphApp
        {
            Environment = "Production",
            ExtraServices = services =>
            {
                services.RemoveAll<IGraphAnalyses>();
                services.AddSingleton(sp => FailingAnalyses.Wrap(sp.GetRequiredService<CountingGraphStore>().Analyses, nameof(IGraphAnalyses.StatsAsync)));
            },
        };
        var response = await failing.PostAsync("""
            {
              stats { nodesByLabel { key count } }
              whatWorked(first: 3) { strategy { id } verdict }
              evidenceMap(rows: TACTIC, columns: INDUSTRY) { gapCount }
            }
            """, accept: "application/json");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Null(body["data"]!["stats"]);
        Assert.Equal(3, body["data"]!["whatWorked"]!.AsArray().Count);
        Assert.NotNull(body["data"]!["evidenceMap"]!["gapCount"]);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal(["stats"], error["path"]!.AsArray().Select(p => (string?)p));
        Assert.Equal("INTERNAL", (string?)error["extensions"]!["code"]);
        Assert.DoesNotContain("planted", body.ToJsonString());
    }

    [Fact]
    public async Task What_worked_pages_by_cursor_through_the_same_ranking()
    {
        var whole = await app.QueryAsync("{ whatWorked(first: 100) { strategy { id } } }");
        var ids = whole["whatWorked"]!.AsArray().Select(r => (string?)r!["strategy"]!["id"]).ToList();
        Assert.True(ids.Count > 6, $"Only {ids.Count} ranked strategies.");

        const string page = """
            query($after: String) {
              whatWorkedConnection(first: 3, after: $after) {
                totalCount edges { cursor node { strategy { id } } } nodes { strategy { id } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;
        var first = (await app.QueryAsync(page))["whatWorkedConnection"]!;
        var second = (await app.QueryAsync(page, new { after = (string?)first["pageInfo"]!["endCursor"] }))["whatWorkedConnection"]!;
        Assert.Equal(ids.Take(6), Ids(first["edges"]!).Concat(Ids(second["edges"]!)));
        Assert.Equal(Ids(first["edges"]!), first["nodes"]!.AsArray().Select(n => (string?)n!["strategy"]!["id"]));
        Assert.Equal(ids.Count < 100 ? ids.Count : (int)first["totalCount"]!, (int)first["totalCount"]!);
        Assert.Equal((true, false), ((bool)first["pageInfo"]!["hasNextPage"]!, (bool)first["pageInfo"]!["hasPreviousPage"]!));
        Assert.True((bool)second["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal((string?)first["edges"]![0]!["cursor"], (string?)first["pageInfo"]!["startCursor"]);

        var (_, errors, _) = await app.QueryErrorsAsync(page, new { after = "not-a-cursor" });
        Assert.Equal("BAD_USER_INPUT", (string?)errors[0]!["extensions"]!["code"]);
    }

    private static IEnumerable<string?> Ids(JsonNode edges) => edges.AsArray().Select(e => (string?)e!["node"]!["strategy"]!["id"]);

    /// <summary>The analyses with one method that fails, as a broken query or a lost connection would.</summary>
    public class FailingAnalyses : DispatchProxy
    {
        private IGraphAnalyses _inner = null!;
        private string _failing = "";

        public static IGraphAnalyses Wrap(IGraphAnalyses inner, string failing)
        {
            var proxy = Create<IGraphAnalyses, FailingAnalyses>();
            var self = (FailingAnalyses)(object)proxy;
            self._inner = inner;
            self._failing = failing;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == _failing)
            {
                throw new InvalidOperationException("planted failure");
            }
            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }
    }
}
