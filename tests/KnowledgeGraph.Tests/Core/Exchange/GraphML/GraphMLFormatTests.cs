using System.Xml.Linq;
using KnowledgeGraph.Core.Exchange;
using KnowledgeGraph.Core.Exchange.GraphML;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Tests.Core.Exchange.GraphML;

/// <summary>The GraphML export: well-formed, every key declared, only what XML can hold.</summary>
public sealed class GraphMLFormatTests : ExchangeTestBase
{
    private static readonly XNamespace G = GraphMLFormat.Namespace;

    [Fact]
    public async Task GraphML_is_well_formed_declares_every_key_before_the_graph_and_keeps_every_character_the_graph_may_hold()
    {
        var store = await EmptyStoreAsync("graphml");
        await store.UpsertAsync(HostileGraph(), "test");
        var file = Path.Combine(Temp.Path, "graph.graphml");
        await GraphExport.WriteAsync(store, Format("graphml"), file);

        var root = XDocument.Load(file).Root!;   // throws when the file is not well-formed XML
        var keys = root.Elements(G + "key").ToList();
        var nodeProperties = GraphSchema.Labels.SelectMany(l => l.Properties).Select(p => p.Name).Distinct().Count();
        var edgeProperties = GraphSchema.Relationships.SelectMany(r => r.Properties).Select(p => p.Name).Distinct().Count();
        Assert.Equal(3 + nodeProperties + 2 + edgeProperties, keys.Count);
        Assert.Equal(GraphMLFormat.KeyCount, keys.Count);
        Assert.All(root.Elements().TakeWhile(e => e.Name != G + "graph"), e => Assert.Equal(G + "key", e.Name));
        Assert.Equal("long", keys.Single(k => (string?)k.Attribute("id") == "n_founded").Attribute("attr.type")!.Value);

        var graph = root.Element(G + "graph")!;
        Assert.Equal("directed", graph.Attribute("edgedefault")!.Value);
        var declared = keys.Select(k => k.Attribute("id")!.Value).ToHashSet();
        Assert.All(graph.Descendants(G + "data"), d => Assert.Contains(d.Attribute("key")!.Value, declared));
        Assert.Equal(Hostile.Length + 1, graph.Elements(G + "node").Count());
        var invisible = graph.Elements(G + "node").Single(n => n.Attribute("id")!.Value == "org:hostile_5");
        Assert.Equal(Hostile[5], invisible.Elements(G + "data").Single(d => d.Attribute("key")!.Value == "n_description").Value);
    }
}
