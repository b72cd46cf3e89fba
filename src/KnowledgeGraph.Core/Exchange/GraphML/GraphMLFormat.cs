using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange.GraphML;

/// <summary>
/// GraphML for Gephi and yEd. Every key is declared before the graph: for nodes <c>label</c> (the display name, which
/// Gephi shows), <c>nodeLabel</c> (Industry, Source, ...), <c>kgId</c> (the graph id) and one <c>n_</c> key per
/// property; for edges <c>e_label</c> (named <c>label</c>: the type), <c>e_kgId</c> and one <c>e_</c> key per property.
/// Property key ids are prefixed because Gephi reads some bare ids (x, y, size, weight, d3...) as layout or labels.
/// Years are <c>long</c>, flags <c>boolean</c>, amounts <c>double</c>, everything else <c>string</c>; lists are JSON text. Characters XML 1.0 cannot hold are dropped.
/// </summary>
public sealed class GraphMLFormat : IGraphExportFormat
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly IReadOnlyList<(string Name, string Type)> NodeProperties = Properties(GraphSchema.Labels.Select(l => l.Properties));

    private static readonly IReadOnlyList<(string Name, string Type)> EdgeProperties = Properties(GraphSchema.Relationships.Select(r => r.Properties));

    /// <summary>How many <c>&lt;key&gt;</c> elements every export declares.</summary>
    public static int KeyCount => 3 + NodeProperties.Count + 2 + EdgeProperties.Count;

    public string Name => "graphml";

    public string Description => "one file (graph.graphml in a directory) for Gephi and yEd";

    public ExportTarget Target => ExportTarget.File;

    public async Task<ExportSummary> WriteAsync(IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Edge> edges, string file, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = ExportFiles.Utf8NoBom, NewLineChars = "\n", NewLineHandling = NewLineHandling.Entitize };
        await using var xml = XmlWriter.Create(file, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await Key(xml, "label", "node", "label", "string");
        await Key(xml, "nodeLabel", "node", "nodeLabel", "string");
        await Key(xml, "kgId", "node", "kgId", "string");
        foreach (var (name, type) in NodeProperties)
        {
            await Key(xml, "n_" + name, "node", name, type);
        }
        await Key(xml, "e_label", "edge", "label", "string");
        await Key(xml, "e_kgId", "edge", "kgId", "string");
        foreach (var (name, type) in EdgeProperties)
        {
            await Key(xml, "e_" + name, "edge", name, type);
        }
        await xml.WriteStartElementAsync(null, "graph", null);
        await xml.WriteAttributeStringAsync(null, "id", null, "knowledge-graph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");

        var xmlIds = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var node in nodes.WithCancellation(cancellationToken))
        {
            // Graph ids always hold a ':', so they cannot collide with the n0, n1... used for ids that are not name tokens.
            var xmlId = IsNameToken(node.Id) && node.Id.Contains(':') ? node.Id : $"n{xmlIds.Count}";
            xmlIds[node.Id] = xmlId;
            await xml.WriteStartElementAsync(null, "node", null);
            await xml.WriteAttributeStringAsync(null, "id", null, xmlId);
            await Data(xml, "label", node.Name);
            await Data(xml, "nodeLabel", node.Label);
            await Data(xml, "kgId", node.Id);
            await Properties(xml, "n_", node.Props);
            await xml.WriteEndElementAsync();
        }
        long edgeCount = 0;
        await foreach (var edge in edges.WithCancellation(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "edge", null);
            await xml.WriteAttributeStringAsync(null, "id", null, $"e{edgeCount++}");
            await xml.WriteAttributeStringAsync(null, "source", null, xmlIds.GetValueOrDefault(edge.SourceId, Clean(edge.SourceId)));
            await xml.WriteAttributeStringAsync(null, "target", null, xmlIds.GetValueOrDefault(edge.TargetId, Clean(edge.TargetId)));
            await Data(xml, "e_label", edge.Type);
            await Data(xml, "e_kgId", edge.Id);
            await Properties(xml, "e_", edge.Props);
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        return new ExportSummary(xmlIds.Count, edgeCount, [file]);
    }

    /// <summary>Drops what XML 1.0 cannot hold, even escaped: controls other than tab, LF, CR, and unpaired surrogates.</summary>
    public static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]);
            if (pair || XmlConvert.IsXmlChar(text[i]))
            {
                clean?.Append(text, i, pair ? 2 : 1);
                i += pair ? 1 : 0;
            }
            else
            {
                clean ??= new StringBuilder(text.Length).Append(text, 0, i);
            }
        }
        return clean?.ToString() ?? text;
    }

    private static bool IsNameToken(string id) => id.Length > 0 && id.All(c => c == ':' || XmlConvert.IsNCNameChar(c));

    private static async Task Properties(XmlWriter xml, string prefix, JsonObject props)
    {
        foreach (var (name, value) in props)
        {
            if (value is not null)
            {
                await Data(xml, prefix + name, value is JsonArray list ? list.ToJsonString() : PropertyCells.ToCell(value));
            }
        }
    }

    private static async Task Key(XmlWriter xml, string id, string target, string name, string type)
    {
        await xml.WriteStartElementAsync(null, "key", null);
        await xml.WriteAttributeStringAsync(null, "id", null, id);
        await xml.WriteAttributeStringAsync(null, "for", null, target);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
        await xml.WriteEndElementAsync();
    }

    private static async Task Data(XmlWriter xml, string key, string value)
    {
        await xml.WriteStartElementAsync(null, "data", null);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(Clean(value));
        await xml.WriteEndElementAsync();
    }

    private static List<(string Name, string Type)> Properties(IEnumerable<IReadOnlyList<PropertyRule>> rules) =>
        rules.SelectMany(r => r)
            .GroupBy(r => r.Name)
            .Select(g => (g.Key, g.Select(r => r.Kind).Distinct().ToList() switch
            {
                [PropertyKind.Year] => "long",
                [PropertyKind.Boolean] => "boolean",
                [PropertyKind.Number] => "double",
                _ => "string",
            }))
            .ToList();
}
