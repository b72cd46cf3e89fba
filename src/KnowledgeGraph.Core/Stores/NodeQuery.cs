using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores;

public enum NodeOrderField
{
    Name,
    Id,
    Year,
    CreatedAt,
    UpdatedAt,
}

/// <summary>A filtered, ordered, cursor-paged listing of one label.</summary>
public sealed record NodeQuery(string Label)
{
    /// <summary>Case-insensitive substring of the name or the description/summary/quote.</summary>
    public string? Text { get; init; }

    /// <summary>Enum property name → accepted values (any of them matches; for list properties, any item).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> EnumFilters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }

    /// <summary>Only nodes with a relationship (either direction) to every one of these ids.</summary>
    public IReadOnlyList<string> RelatedTo { get; init; } = [];

    public NodeOrderField OrderBy { get; init; } = NodeOrderField.Name;
    public bool Descending { get; init; }

    public int? First { get; init; }
    public Cursor? After { get; init; }
    public int? Last { get; init; }
    public Cursor? Before { get; init; }

    public bool IncludeTotalCount { get; init; } = true;
}

/// <summary>A keyset position: the sort key and id of a node, opaque to clients.</summary>
public sealed record Cursor(string Key, string Id)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new[] { Key, Id }));

    public static Cursor? TryDecode(string text)
    {
        try
        {
            var parts = JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(text));
            return parts is [var key, var id] && key is not null && id is not null ? new Cursor(key, id) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    public static string EncodeOffset(int offset) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"#{offset}"));

    public static int? TryDecodeOffset(string text)
    {
        try
        {
            var raw = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            return raw.StartsWith('#') && int.TryParse(raw.AsSpan(1), out var n) && n >= 0 ? n : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

public sealed record NodeEdge(Node Node, Cursor Cursor);

public sealed record NodePage(IReadOnlyList<NodeEdge> Edges, bool HasNextPage, bool HasPreviousPage, long? TotalCount);
