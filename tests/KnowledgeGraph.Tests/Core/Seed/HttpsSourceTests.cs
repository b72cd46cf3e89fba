using KnowledgeGraph.Core.Exchange.Import;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Core.Seed;

/// <summary>
/// Seed sources use https; the few left on plain http are listed with the reason (audit S4). A source moved to https
/// leaves the list, so the list cannot grow stale.
/// </summary>
public sealed class HttpsSourceTests
{
    private static readonly GraphBatch Seed = SeedFiles.Read(RepoPaths.SeedData).ToBatch();

    private static readonly Dictionary<string, string> HttpKept = new()
    {
        ["source:adcncn_sb820_commentary"] = "a small association's site; no https copy of the page was seen",
        ["source:ca_assembly_floor_analysis_sb1087"] = "the legacy leginfo.ca.gov archive; its https form was not seen",
        ["source:ca_senate_floor_analysis_ab1978"] = "the legacy leginfo.ca.gov archive; its https form was not seen",
        ["source:capitalwirepr_unstoppable_day_rally_2018"] = "a press-release wire; no https copy of the page was seen",
        ["source:dwu_national_survey_press_release"] = "an old organization site; no https copy of the page was seen",
        ["source:fels_sb1087_fact_sheet"] = "an employer association's site; no https copy of the page was seen",
        ["source:hrlawyers_c65_royal_assent_2018"] = "a law firm's blog; no https copy of the page was seen",
        ["source:lideres_campesinas_history"] = "the organization's old site; no https copy of the page was seen",
        ["source:parmigiani_alianza_board_2018"] = "a blog on a custom domain; no https copy of the page was seen",
        ["source:raiseamerica_promotora_graduation_2019"] = "a small organization's site; no https copy of the page was seen",
        ["source:syms_hb2020_signed_2018"] = "a legislator's campaign site; no https copy of the page was seen",
        ["source:workplace_dynamics_eeoc_fy2019"] = "a vendor's news page; no https copy of the page was seen",
    };

    [Fact]
    public void Only_the_listed_sources_stay_on_plain_http()
    {
        var onHttp = Seed.Nodes.Where(n => n.Label == GraphSchema.Source)
            .Where(s => ((string)s.Props["url"]!).StartsWith("http://", StringComparison.Ordinal))
            .Select(s => s.Id).ToHashSet();

        Assert.Contains(Seed.Nodes, n => n.Label == GraphSchema.Source && ((string)n.Props["url"]!).StartsWith("https://", StringComparison.Ordinal));
        Assert.Empty(onHttp.Except(HttpKept.Keys));
        Assert.Empty(HttpKept.Keys.Except(onHttp));
        Assert.All(HttpKept.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }
}
