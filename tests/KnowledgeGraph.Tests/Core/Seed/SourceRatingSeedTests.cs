using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Exchange.Import;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Core.Seed;

/// <summary>
/// Every seed source is rated, and every quote left in the seed is verbatim: the paraphrases once stored as quotes
/// (listed in paraphrased-quotes.json) are notes now, and each remaining quote stands in quotation marks in FACTS.md.
/// </summary>
public sealed class SourceRatingSeedTests
{
    private static readonly GraphBatch Seed = SeedFiles.Read(RepoPaths.SeedData).ToBatch();

    private static readonly IReadOnlyList<string> Paraphrases = JsonSerializer.Deserialize<List<string>>(
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "KnowledgeGraph.Tests", "Core", "Seed", "paraphrased-quotes.json")))!;

    private static IEnumerable<NodeInput> Sources => Seed.Nodes.Where(n => n.Label == GraphSchema.Source);

    private static IEnumerable<(string Where, string Quote)> Quotes =>
        Sources.Select(s => (s.Id, s.Props["quote"]))
            .Concat(Seed.Edges.Where(e => e.Type == RelationshipTypes.Cites).Select(e => ($"{e.SourceId} -> {e.TargetId}", e.Props["quote"])))
            .Where(q => q.Item2 is not null)
            .Select(q => (q.Item1, q.Item2!.GetValue<string>()));

    [Fact]
    public void Every_seed_source_has_a_type_and_a_primary_flag()
    {
        Assert.Equal(SeedCounts.Of("sources.json"), Sources.Count());
        Assert.All(Sources, s =>
        {
            Assert.Contains(s.Props["type"]?.GetValue<string>(), SourceTypes.All);
            Assert.NotNull(s.Props["primary"]?.GetValue<bool>());
        });
    }

    // AP wire stories as published by AP member newspapers are the AP's own publication, not a repost.
    private static readonly string[] ApMembers =
        ["source:fox6now_ap_100_lawmakers_2020", "source:macombdaily_ap_legislature_records_2018", "source:newspressnow_ap_legislatures_2025",
         "source:wsiltv_ap_legislatures_harassment_2019"];

    private static bool IsCopy(string publisher) =>
        publisher.Contains("mirror", StringComparison.OrdinalIgnoreCase) || publisher.Contains("repost", StringComparison.OrdinalIgnoreCase)
        || publisher.Contains("(via ", StringComparison.Ordinal);

    [Fact]
    public void Mirrors_reposts_and_copies_are_never_primary()
    {
        var copies = Sources.Where(s => !ApMembers.Contains(s.Id) && s.Props["publisher"]?.GetValue<string>() is { } p && IsCopy(p)).ToList();

        // Every mirror was replaced by its original or left out with its facts; the AP's members publish the AP's own text.
        Assert.All(copies, s => Assert.False(s.Props["primary"]!.GetValue<bool>(), s.Id));
        Assert.All(ApMembers, id => Assert.True(IsCopy(Sources.Single(s => s.Id == id).Props["publisher"]!.GetValue<string>()), id));
        Assert.True(IsCopy("docslib (mirror)") && !IsCopy("Associated Press"));
    }

    [Fact]
    public void No_seed_quote_is_one_of_the_paraphrases_moved_to_notes()
    {
        Assert.True(Paraphrases.Count > 100);
        Assert.All(Quotes, q => Assert.DoesNotContain(q.Quote, Paraphrases));
        Assert.Contains(Sources, s => s.Props["note"] is JsonValue note && Paraphrases.Contains(note.GetValue<string>()));
    }

    [Fact]
    public void Every_remaining_quote_stands_in_quotation_marks_in_the_fact_table()
    {
        var facts = File.ReadAllLines(Path.Combine(RepoPaths.SeedData, "FACTS.md"));
        Assert.NotEmpty(Quotes);
        Assert.All(Quotes, q =>
        {
            var text = q.Quote.Trim().TrimEnd('.').Trim('"').TrimEnd('.');
            var lower = char.ToLowerInvariant(text[0]) + text[1..];
            Assert.True(facts.Any(line => Quoted(line, text) || Quoted(line, lower)), $"{q.Where}: \"{q.Quote}\" is not quoted in FACTS.md");
        });
    }

    [Fact]
    public void The_no_meaningful_gains_phrase_is_a_note_that_names_where_it_comes_from()
    {
        var katz = Seed.Edges.Single(e => e.Type == RelationshipTypes.Cites && e.SourceId == "finding:google_arbitration_optional_2018"
            && e.TargetId == "source:katzbanks_google_walkout");

        Assert.Null(katz.Props["quote"]);
        Assert.Contains("source:medium_end_forced_arbitration_2019", katz.Props["note"]!.GetValue<string>());
    }

    private static bool Quoted(string line, string text)
    {
        for (var at = line.IndexOf(text, StringComparison.Ordinal); at >= 0; at = line.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            if (line[..at].Count(c => c == '"') % 2 == 1)
            {
                return true;
            }
        }
        return false;
    }
}
