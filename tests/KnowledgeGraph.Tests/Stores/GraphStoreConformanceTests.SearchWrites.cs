using KnowledgeGraph.Core.Analyses.Search;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

// The full-text index follows every write: a renamed node is found by its new name only, a changed description by
// its new words only, a deleted node not at all, and a node created again under a deleted id by its new text.
public abstract partial class GraphStoreConformanceTests
{
    private async Task<IReadOnlyList<string>> FoundAsync(string text) =>
        (await Analyses.SearchAsync(new SearchQuery(text, [], 10))).Select(h => h.Node.Id).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Search_follows_renames_changed_text_and_deletions()
    {
        var others = Enumerable.Range(0, 20).Select(i => Node($"industry:other{i:D2}", GraphSchema.Industry, new() { ["name"] = $"Other {i}", ["description"] = "filler" }));
        await Store.UpsertAsync(new GraphBatch(
            [
                Node("industry:alpha", GraphSchema.Industry, new() { ["name"] = "Alpaca farms", ["description"] = "zebra crossings" }),
                Node("industry:beta", GraphSchema.Industry, new() { ["name"] = "Beta mills", ["description"] = "walrus docks" }),
                .. others,
            ], []), "test");
        Assert.Equal(["industry:alpha"], await FoundAsync("alpaca"));
        Assert.Equal(["industry:beta"], await FoundAsync("walrus"));

        await Store.UpsertAsync(new GraphBatch(
            [
                Node("industry:alpha", GraphSchema.Industry, new() { ["name"] = "Quokka farms", ["description"] = "zebra crossings" }),
                Node("industry:beta", GraphSchema.Industry, new() { ["name"] = "Beta mills", ["description"] = "giraffe docks" }),
            ], []), "test");
        Assert.Empty(await FoundAsync("alpaca"));
        Assert.Equal(["industry:alpha"], await FoundAsync("quokka"));
        Assert.Equal(["industry:alpha"], await FoundAsync("zebra"));
        Assert.Empty(await FoundAsync("walrus"));
        Assert.Equal(["industry:beta"], await FoundAsync("giraffe"));

        await Store.ApplyAsync(new GraphChange { DeleteNodes = ["industry:beta", "industry:other03"] }, "test");
        Assert.Empty(await FoundAsync("giraffe"));
        var filler = (await Analyses.SearchAsync(new SearchQuery("filler", [], 30))).Select(h => h.Node.Id).ToList();
        Assert.Equal(19, filler.Count);
        Assert.DoesNotContain("industry:other03", filler);

        await Store.UpsertAsync(new GraphBatch([Node("industry:beta", GraphSchema.Industry, new() { ["name"] = "Okapi mills" })], []), "test");
        Assert.Equal(["industry:beta"], await FoundAsync("okapi"));
        Assert.Empty(await FoundAsync("giraffe"));
        Assert.Equal(["industry:alpha"], await FoundAsync("quokka"));
    }
}
