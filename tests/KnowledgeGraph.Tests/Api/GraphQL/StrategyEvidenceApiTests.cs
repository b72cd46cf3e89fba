using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>strategyEvidence over HTTP on the seed graph: one strategy's evidence, scored exactly as whatWorked scores it.</summary>
public sealed class StrategyEvidenceApiTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private const string Fields = """
        strategy { id } kind appliedInScope verdict score confidence explanation effects { positive total }
        findingKinds { effect adoption prevalence process } findings { id kind effect } adoptions { id kind }
        prevalence { id kind describes { edges { node { id } } } } process { id kind } interventions { id } industries { id }
        """;

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list!.AsArray().Select(n => n!);

    private static List<string> Ids(JsonNode? list) => Items(list).Select(n => (string)n["id"]!).ToList();

    [Theory]
    [InlineData("")]
    [InlineData("industry: \"industry:hospitality_hotels_casinos\"")]
    [InlineData("industry: \"industry:cross_industry\"")]
    public async Task The_verdict_for_one_strategy_is_the_one_what_worked_gives_it_in_the_same_scope(string scope)
    {
        var args = scope.Length == 0 ? "" : scope + ", ";
        var ranked = Items((await app.QueryAsync($$"""{ whatWorked({{args}}first: 100) { strategy { id } kind verdict score confidence explanation findings { id } adoptions { id } interventions { id } } }"""))["whatWorked"]).ToList();
        Assert.NotEmpty(ranked);
        foreach (var expected in ranked)
        {
            var id = (string)expected["strategy"]!["id"]!;
            var one = (await app.QueryAsync($$"""{ strategyEvidence(id: "{{id}}"{{(scope.Length == 0 ? "" : ", " + scope)}}) { {{Fields}} } }"""))["strategyEvidence"]!;
            Assert.True(one["appliedInScope"]!.GetValue<bool>());
            Assert.Equal(((string?)expected["kind"], (string?)expected["verdict"], (double)expected["score"]!, (double)expected["confidence"]!, (string?)expected["explanation"]),
                ((string?)one["kind"], (string?)one["verdict"], (double)one["score"]!, (double)one["confidence"]!, (string?)one["explanation"]));
            Assert.Equal(Ids(expected["findings"]), Ids(one["findings"]));
            Assert.Equal(Ids(expected["adoptions"]), Ids(one["adoptions"]));
            Assert.Equal(Ids(expected["interventions"]), Ids(one["interventions"]));
            EachKindApart(one);
        }
    }

    private static void EachKindApart(JsonNode one)
    {
        foreach (var (list, kind) in new[] { ("findings", "EFFECT"), ("adoptions", "ADOPTION"), ("prevalence", "PREVALENCE"), ("process", "PROCESS") })
        {
            Assert.All(Items(one[list]), f => Assert.Equal(kind, (string?)f["kind"]));
            if (kind != "PREVALENCE")
            {
                Assert.Equal((int)one["findingKinds"]![kind.ToLowerInvariant()]!, Items(one[list]).Count());
            }
        }
        // Prevalence describes industries, not interventions: none is in scope as the strategy's own finding, and the
        // ones listed describe an industry where the strategy was applied.
        Assert.Equal(0, (int)one["findingKinds"]!["prevalence"]!);
        Assert.All(Items(one["prevalence"]), f => Assert.Contains(Items(f["describes"]!["edges"]).Select(e => (string)e["node"]!["id"]!), Ids(one["industries"]).Contains));
        Assert.Equal(Items(one["findings"]).Count(), (int)one["effects"]!["total"]!);
        Assert.Equal(Items(one["findings"]).Count(f => (string?)f["effect"] == "POSITIVE"), (int)one["effects"]!["positive"]!);
    }

    [Fact]
    public async Task Prevalence_in_the_industries_where_a_strategy_was_applied_is_shown_beside_it_and_never_counted()
    {
        var one = (await app.QueryAsync($$"""{ strategyEvidence(id: "intervention:ahla_5_star_promise_2018") { {{Fields}} } }"""))["strategyEvidence"]!;
        Assert.Contains("finding:local1_survey_58pct_guest_harassment", Ids(one["prevalence"]));
        Assert.Equal(0, (int)one["findingKinds"]!["prevalence"]!);
        EachKindApart(one);
    }

    [Fact]
    public async Task Adoption_is_listed_apart_and_never_makes_a_verdict()
    {
        var data = await app.QueryAsync($$"""{ strategyEvidence(id: "intervention:ahla_5_star_promise_2018") { {{Fields}} } }""");
        var one = data["strategyEvidence"]!;
        Assert.Equal("ADOPTED_ONLY", (string?)one["verdict"]);
        Assert.Equal((0.0, 0.0), ((double)one["score"]!, (double)one["confidence"]!));
        Assert.Empty(Items(one["findings"]));
        Assert.Contains("finding:ahla_5_star_adoption", Ids(one["adoptions"]));
        Assert.Equal(["intervention:ahla_5_star_promise_2018"], Ids(one["interventions"]));
        EachKindApart(one);
    }

    [Fact]
    public async Task A_strategy_not_applied_in_scope_has_no_evidence_either_way()
    {
        var data = await app.QueryAsync($$"""{ strategyEvidence(id: "intervention:ahla_5_star_promise_2018", industry: "industry:agriculture_farmwork") { {{Fields}} } }""");
        var one = data["strategyEvidence"]!;
        Assert.False(one["appliedInScope"]!.GetValue<bool>());
        Assert.Equal(("NO_EVIDENCE", 0.0), ((string?)one["verdict"], (double)one["score"]!));
        Assert.Empty(Items(one["interventions"]));
        Assert.Empty(Items(one["adoptions"]));
        Assert.StartsWith("Not applied in this scope", (string?)one["explanation"]);
    }

    [Theory]
    [InlineData("{ strategyEvidence(id: \"org:unite_here\") { verdict } }", "BAD_USER_INPUT")]
    [InlineData("{ strategyEvidence(id: \"industry:hospitality_hotels_casinos\") { verdict } }", "BAD_USER_INPUT")]
    [InlineData("{ strategyEvidence(id: \"tactic:atlantis\") { verdict } }", "NOT_FOUND")]
    [InlineData("{ strategyEvidence(id: \"tactic:worker_led_survey\", industry: \"industry:atlantis\") { verdict } }", "NOT_FOUND")]
    [InlineData("{ strategyEvidence(id: \"tactic:worker_led_survey\", jurisdiction: \"org:unite_here\") { verdict } }", "BAD_USER_INPUT")]
    public async Task Wrong_labels_and_unknown_ids_are_refused_with_a_code(string query, string code)
    {
        var (_, errors, _) = await app.QueryErrorsAsync(query);
        Assert.Equal(code, (string?)errors[0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task It_counts_toward_the_analysis_cap()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 6).Select(i => $"a{i}: strategyEvidence(id: \"tactic:worker_led_survey\") {{ verdict }}"));
        var (_, errors, _) = await app.QueryErrorsAsync($"{{ {fields} }}");
        Assert.Equal("QUERY_TOO_COMPLEX", (string?)errors[0]!["extensions"]!["code"]);
    }
}
