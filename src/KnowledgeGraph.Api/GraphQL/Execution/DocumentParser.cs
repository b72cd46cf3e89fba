using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>Parses a query document; every way parsing can fail becomes a GRAPHQL_PARSE_FAILED error, never an exception.</summary>
public static class DocumentParser
{
    public static (GraphQLDocument? Document, ExecutionError? Error) Parse(string query)
    {
        try
        {
            return (Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments }), null);
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
