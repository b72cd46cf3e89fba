using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary>One page of a ranked analysis list: the items, the rank of the first, and how many the whole ranking holds.</summary>
public sealed record AnalysisPage<T>(IReadOnlyList<T> Items, int Offset, int TotalCount)
{
    public PageInfoModel PageInfo => new(Offset + Items.Count < TotalCount, Offset > 0,
        Items.Count > 0 ? AnalysisConnection.Cursor(Offset) : null, Items.Count > 0 ? AnalysisConnection.Cursor(Offset + Items.Count - 1) : null);
}

/// <summary>
/// Relay cursor paging over a ranked analysis list (forward only: first/after). A cursor is a rank in the ranking;
/// the ranking is recomputed per request, so a write between two pages can shift it.
/// </summary>
public static class AnalysisConnection
{
    public static string Cursor(int rank) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"rank:{rank.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>The page that <c>first</c> and <c>after</c> ask for, out of the whole ranking.</summary>
    public static AnalysisPage<T> Page<T>(IResolveFieldContext context, IReadOnlyList<T> ranked, int defaultFirst, int maxFirst = AnalysisArgs.MaxResults)
    {
        var first = Args.InRange(context, "first", defaultFirst, 0, maxFirst);
        var offset = context.GetArgument<string?>("after") is { } after ? RankOf(after) + 1 : 0;
        return new AnalysisPage<T>([.. ranked.Skip(offset).Take(first)], Math.Min(offset, ranked.Count), ranked.Count);
    }

    private static int RankOf(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith("rank:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var rank))
            {
                return rank;
            }
        }
        catch (FormatException)
        {
        }
        throw new GraphError(ErrorCodes.BadUserInput, "'after' is not a cursor of this connection.");
    }

    /// <summary>A connection type (edges with cursors, nodes, pageInfo, totalCount) over items of <paramref name="itemType"/>.</summary>
    public static ObjectGraphType Type<T>(string name, IGraphType itemType, string description,
        string totalCountDescription = "How many results the whole ranking holds, across all pages.")
    {
        var edge = new ObjectGraphType { Name = $"{name}Edge", Description = $"One result of {name}Connection with its cursor." };
        edge.AddField(new FieldType
        {
            Name = "cursor",
            Description = "Where this result is: pass it as 'after' to read the results ranked below it.",
            ResolvedType = new NonNullGraphType(new StringGraphType()),
            Resolver = new FuncFieldResolver<KeyValuePair<string, T>, string>(c => c.Source.Key),
        });
        edge.AddField(new FieldType
        {
            Name = "node",
            Description = "The result.",
            ResolvedType = new NonNullGraphType(itemType),
            Resolver = new FuncFieldResolver<KeyValuePair<string, T>, T>(c => c.Source.Value),
        });
        var connection = new ObjectGraphType { Name = $"{name}Connection", Description = description };
        connection.AddField(new FieldType
        {
            Name = "edges",
            Description = "The results of this page, each with its cursor.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge))),
            Resolver = new FuncFieldResolver<AnalysisPage<T>, object>(c => c.Source.Items.Select((item, i) => KeyValuePair.Create(Cursor(c.Source.Offset + i), item)).ToList()),
        });
        connection.AddField(new FieldType
        {
            Name = "nodes",
            Description = "The results of this page, without their cursors.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(itemType))),
            Resolver = new FuncFieldResolver<AnalysisPage<T>, object>(c => c.Source.Items),
        });
        connection.AddField(new FieldType
        {
            Name = "pageInfo",
            Description = "Where this page is: cursors to page on, and whether there are more.",
            ResolvedType = new NonNullGraphType(GraphTypeFactory.Named("PageInfo")),
            Resolver = new FuncFieldResolver<AnalysisPage<T>, PageInfoModel>(c => c.Source.PageInfo),
        });
        connection.AddField(new FieldType
        {
            Name = "totalCount",
            Description = totalCountDescription,
            ResolvedType = new NonNullGraphType(new IntGraphType()),
            Resolver = new FuncFieldResolver<AnalysisPage<T>, int>(c => c.Source.TotalCount),
        });
        return connection;
    }
}
