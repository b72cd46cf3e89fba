using System.Text;

namespace KnowledgeGraph.Tests.Support;

/// <summary>GraphQL documents built to cost a server far more than they cost to send, after a hostile-input report.</summary>
public static class HostileDocuments
{
    /// <summary>Each level's fragment spreads the next one <paramref name="fanOut"/> times: 10^levels fields when expanded.</summary>
    public static string FragmentBomb(int levels, int fanOut = 10)
    {
        var document = new StringBuilder("{ ...L0 }");
        for (var level = 0; level < levels; level++)
        {
            document.Append($" fragment L{level} on Query {{ {string.Join(' ', Enumerable.Repeat($"...L{level + 1}", fanOut))} }}");
        }
        return document.Append($" fragment L{levels} on Query {{ __typename }}").ToString();
    }

    /// <summary>The same field under many aliases in one operation.</summary>
    public static string Aliases(int count, string field) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: {field}")) + " }";

    /// <summary>Full schema walks, each aliased, through one fragment.</summary>
    public static string SchemaWalks(int count) =>
        Aliases(count, "__schema { ...F }") + " fragment F on __Schema { types { name kind description fields(includeDeprecated: true) { name description args { name type { ...T } defaultValue } type { ...T } } inputFields { name type { ...T } } enumValues { name } interfaces { name } possibleTypes { name } } } fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { name } } } } }";

    /// <summary>Introspection nested through types' fields' types' fields, <paramref name="levels"/> times.</summary>
    public static string NestedIntrospection(int levels)
    {
        var fragments = new StringBuilder();
        for (var level = 0; level < levels; level++)
        {
            fragments.Append($" fragment N{level} on __Type {{ name fields {{ name type {{ ...N{level + 1} }} }} }}");
        }
        return "{ __schema { types { ...N0 } } }" + fragments + $" fragment N{levels} on __Type {{ name }}";
    }

    /// <summary>Selection sets nested <paramref name="levels"/> deep: past the parser's own depth limit at about 62.</summary>
    public static string Nested(int levels) => "{" + string.Concat(Enumerable.Repeat("a{", levels)) + "b" + new string('}', levels) + "}";

    // The query GraphiQL 3 sends on load (graphql-js getIntrospectionQuery with default options), 15 levels deep.
    public const string GraphiQLIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
