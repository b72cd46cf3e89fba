using System.Collections.Concurrent;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>
/// Parses a query document; every way parsing can fail becomes a GRAPHQL_PARSE_FAILED error, never an exception.
/// Parsed documents are kept by their text (GET and POST alike) in a bounded cache: the executer treats a document as
/// read-only, so one parsed document serves every request that sends the same text.
/// </summary>
public static class DocumentParser
{
    /// <summary>How many documents the cache keeps; when full it starts over, so hostile variety costs only re-parsing.</summary>
    public const int CachedDocuments = 1000;

    /// <summary>Longer documents are parsed every time: the cache holds the repeated queries of clients, not any text.</summary>
    public const int CachedDocumentLength = 16 * 1024;

    private static readonly ConcurrentDictionary<string, GraphQLDocument> Cache = new(StringComparer.Ordinal);

    public static (GraphQLDocument? Document, ExecutionError? Error) Parse(string query)
    {
        if (Cache.TryGetValue(query, out var cached))
        {
            return (cached, null);
        }
        try
        {
            var document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
            if (query.Length <= CachedDocumentLength)
            {
                if (Cache.Count >= CachedDocuments)
                {
                    Cache.Clear();
                }
                Cache.TryAdd(query, document);
            }
            return (document, null);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, new GraphError(ErrorCodes.ParseFailed, "The query document nests too deeply to be parsed."));
        }
        catch (GraphQLParserException e)
        {
            var error = new GraphError(ErrorCodes.ParseFailed, "Syntax error: " + e.Description);
            error.AddLocation(e.Location);
            return (null, error);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            // The parser can fail while describing an error in unusual input; the document is still not valid GraphQL.
            return (null, new GraphError(ErrorCodes.ParseFailed, "The query document is not valid GraphQL."));
        }
    }
}
