using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Graph;

/// <summary>One broken rule: which node or edge, which rule, and what is wrong.</summary>
public sealed record Violation(string ElementId, string Rule, string Message)
{
    public override string ToString() => $"{ElementId}: {Message} [{Rule}]";
}

/// <summary>Thrown when a write breaks the graph schema; nothing of that write was kept.</summary>
public sealed class GraphValidationException(IReadOnlyList<Violation> violations)
    : Exception($"The write was refused: {string.Join("; ", violations.Take(5))}{(violations.Count > 5 ? $" (and {violations.Count - 5} more)" : "")}")
{
    public IReadOnlyList<Violation> Violations { get; } = violations;
}

/// <summary>What the validator needs to know about the graph already stored.</summary>
/// <param name="LabelsById">Labels of stored nodes the batch refers to.</param>
public sealed record StoredContext(IReadOnlyDictionary<string, string> LabelsById)
{
    public static readonly StoredContext Empty = new(new Dictionary<string, string>());
}

/// <summary>
/// Checks a batch of nodes and edges against <see cref="GraphSchema"/>. Rules that need the graph as the write leaves
/// it (a finding cites a source, a node in use is not deleted) are the write plan's.
/// </summary>
public static partial class GraphValidator
{
    public const int MaxIdLength = 200;
    public const int MaxListItems = 50;
    public const double MaxAmount = 1e15;

    // \A and \z, never ^ and $: in .NET '$' also matches before a final newline, so "industry:tech\n" would pass.
    [GeneratedRegex(@"\A[a-z]+:[a-z0-9][a-z0-9_.-]*\z")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\A\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?\z")]
    private static partial Regex PartialDatePattern();

    /// <summary>Ids of stored nodes that the batch's edges point at and the batch does not itself hold.</summary>
    public static IReadOnlyCollection<string> ExternalReferences(GraphBatch batch)
    {
        var own = batch.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return batch.Edges.SelectMany(e => new[] { e.SourceId, e.TargetId }).Where(id => !own.Contains(id)).Distinct().ToArray();
    }

    public static IReadOnlyList<Violation> Validate(GraphBatch batch, StoredContext stored)
    {
        var violations = new List<Violation>();
        var labels = new Dictionary<string, string>(stored.LabelsById, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in batch.Nodes)
        {
            if (!seen.Add(node.Id))
            {
                violations.Add(new(node.Id, "unique-id", "the id appears more than once in this write"));
            }
            ValidateNode(node, violations);
            labels[node.Id] = node.Label;
        }

        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in batch.Edges)
        {
            if (!edgeIds.Add(edge.Id))
            {
                violations.Add(new(edge.Id, "unique-edge", "this relationship appears more than once in this write"));
            }
            ValidateEdge(edge, labels, violations);
        }
        return violations;
    }

    private static void ValidateNode(NodeInput node, List<Violation> violations)
    {
        var rule = GraphSchema.FindLabel(node.Label);
        if (rule is null)
        {
            violations.Add(new(node.Id, "known-label", $"unknown label '{node.Label}'"));
            return;
        }
        if (node.Id.Length > MaxIdLength || !IdPattern().IsMatch(node.Id))
        {
            violations.Add(new(node.Id, "id-format", $"ids are lower-case slugs such as '{rule.IdPrefix}example_name' of at most {MaxIdLength} characters"));
        }
        else if (!node.Id.StartsWith(rule.IdPrefix, StringComparison.Ordinal))
        {
            violations.Add(new(node.Id, "id-prefix", $"ids of {rule.Label} nodes start with '{rule.IdPrefix}'"));
        }
        ValidateProperties(node.Id, rule.Label, node.Props, rule.Properties, violations);
        if (rule.Label == GraphSchema.Finding)
        {
            ValidateFinding(node.Id, node.Props, violations);
        }
        else if (rule.Label == GraphSchema.Intervention)
        {
            ValidateLegalStatus(node.Id, node.Props, "legalStatus", violations);
        }
    }

    private static void ValidateEdge(EdgeInput edge, Dictionary<string, string> labels, List<Violation> violations)
    {
        var rule = GraphSchema.FindRelationship(edge.Type);
        if (rule is null)
        {
            violations.Add(new(edge.Id, "known-relationship", $"unknown relationship type '{edge.Type}'"));
            return;
        }
        if (edge.SourceId == edge.TargetId)
        {
            violations.Add(new(edge.Id, "no-self-loop", "a relationship cannot connect a node to itself"));
        }
        CheckEnd(edge, edge.SourceId, "from", labels, rule.AllowsFrom, rule.From, violations);
        CheckEnd(edge, edge.TargetId, "to", labels, rule.AllowsTo, rule.To, violations);
        ValidateProperties(edge.Id, edge.Type, edge.Props, rule.Properties, violations);
        if (rule.Type == RelationshipTypes.EnactedIn)
        {
            ValidateLegalStatus(edge.Id, edge.Props, "status", violations);
        }
    }

    private static void CheckEnd(EdgeInput edge, string id, string end, Dictionary<string, string> labels,
        Func<string, bool> allows, IReadOnlyList<string> allowed, List<Violation> violations)
    {
        if (!labels.TryGetValue(id, out var label))
        {
            violations.Add(new(edge.Id, "endpoint-exists", $"the '{end}' node '{id}' does not exist"));
        }
        else if (!allows(label))
        {
            violations.Add(new(edge.Id, "endpoint-label", $"{edge.Type} cannot go {end} a {label} (allowed: {string.Join(", ", allowed)})"));
        }
    }

    private static void ValidateProperties(string elementId, string owner, JsonObject props, IReadOnlyList<PropertyRule> rules, List<Violation> violations)
    {
        foreach (var (name, _) in props)
        {
            if (!rules.Any(r => r.Name == name))
            {
                violations.Add(new(elementId, "known-property", $"{owner} has no property '{name}' (known: {string.Join(", ", rules.Select(r => r.Name))})"));
            }
        }
        foreach (var rule in rules)
        {
            props.TryGetPropertyValue(rule.Name, out var value);
            if (value is null)
            {
                if (rule.Required)
                {
                    violations.Add(new(elementId, "required-property", $"property '{rule.Name}' is required"));
                }
                continue;
            }
            var problem = CheckValue(rule, value);
            if (problem is not null)
            {
                violations.Add(new(elementId, "property-type", $"property '{rule.Name}' {problem}"));
            }
        }
    }

    private static string? CheckValue(PropertyRule rule, JsonNode value)
    {
        switch (rule.Kind)
        {
            case PropertyKind.Year:
                return value is JsonValue y && y.GetValueKind() == JsonValueKind.Number
                    && long.TryParse(y.ToJsonString(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 2200
                    ? null
                    : "must be a year (an integer from 1000 to 2200)";
            case PropertyKind.Boolean:
                return value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : "must be true or false";
            case PropertyKind.Number:
                return value is JsonValue n && n.GetValueKind() == JsonValueKind.Number
                    && double.TryParse(n.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
                    && double.IsFinite(amount) && amount is >= 0 and <= MaxAmount
                    ? null
                    : $"must be a number from 0 to {MaxAmount:0}";
            case PropertyKind.EnumList:
                if (value is not JsonArray list || list.Count > MaxListItems)
                {
                    return $"must be a list of at most {MaxListItems} {rule.EnumName} values";
                }
                var items = list.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).ToList();
                var allowedItems = GraphSchema.Enums[rule.EnumName!];
                if (items.Any(i => i is null || !allowedItems.Contains(i)))
                {
                    return $"must hold only {rule.EnumName} values ({string.Join(", ", allowedItems)})";
                }
                return items.Distinct().Count() == items.Count ? null : "must not repeat a value";
        }

        if (value is not JsonValue jv || !jv.TryGetValue<string>(out var text))
        {
            return "must be a string";
        }
        if (text.Length > rule.MaxLength)
        {
            return $"is {text.Length} characters long; at most {rule.MaxLength} are allowed";
        }
        if (TextRules.FirstForbidden(text) is { } forbidden)
        {
            return $"holds the control character U+{(int)forbidden:X4} at position {text.IndexOf(forbidden, StringComparison.Ordinal)}; only tab and line feed are allowed";
        }
        if (!TextRules.HasVisibleCharacter(text))
        {
            return "must hold a visible character (leave it out instead)";
        }
        return rule.Kind switch
        {
            PropertyKind.Url => Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? null
                : "must be an absolute http or https URL",
            PropertyKind.PartialDate => PartialDatePattern().IsMatch(text) ? null : "must be a date written YYYY, YYYY-MM or YYYY-MM-DD",
            PropertyKind.Enum => GraphSchema.Enums[rule.EnumName!].Contains(text)
                ? null
                : $"must be one of {string.Join(", ", GraphSchema.Enums[rule.EnumName!])}",
            _ => null,
        };
    }
}
