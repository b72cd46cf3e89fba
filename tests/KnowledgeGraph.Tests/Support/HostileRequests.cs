using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// A deterministic generator of hostile HTTP requests in the categories of the hostile-input report: GraphQL syntax and
/// shape attacks, hostile analysis arguments, credential variants on writes, malformed bodies and exports.
/// </summary>
public sealed class HostileRequests(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "...", "@", "$", "!", "=", "|", "&", "\"", "\"\"\"", "#", ",", "\r", "\n", "\u0001", "\u0000",
        "query", "mutation", "subscription", "fragment", "on", "Query", "__schema", "__type", "__typename", "industries", "node", "nodes",
        "first", "after", "id", "name", "paths", "neighborhood", "evidenceMap", "search", "true", "null", "1e999", "-2147483649",
        "99999999999999999999", "\\u", "\\ud800", "\uffff", "é", "💥", "@skip(if: true)", "@include(if: $v)", "@deprecated", "...L0",
    ];

    private static readonly string[] Fields =
    [
        "industries(first: 100) { nodes { id name } }", "node(id: \"industry:hospitality_hotels_casinos\") { id }", "__typename",
        "stats { nodesByLabel { key count } }", "search(text: \"hotel\") { score }", "tactics { totalCount }",
        "neighborhood(id: \"industry:cross_industry\", depth: 3, limit: 1000) { truncated }",
        "paths(from: \"industry:agriculture_farmwork\", to: \"org:unite_here\", maxHops: 6, first: 50) { length }",
        "evidenceMap(rows: INTERVENTION, columns: JURISDICTION) { gapCount }", "whatWorked(first: 100) { score }",
        "__schema { types { name fields { name type { name fields { name } } } } }",
    ];

    private static readonly string[] HostileStrings =
    [
        "\" OR 1=1 --", "'; DROP TABLE nodes; --", "* NEAR( AND OR - ^ :", "((((", "\"\"\"", "%_%", "industry:tech\n", "\u0000",
        "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}", "../../etc/passwd", "IzIxNDc0ODM2NDc", "#-1", "",
        new string('a', 5_000), "\ud800", "=cmd|' /C calc'!A0", "MATCH (n) DETACH DELETE n",
    ];

    private static readonly string[] Credentials =
    [
        "", "Bearer ", "Bearer nope", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIn0.", "Basic YWRtaW46YWRtaW4=",
        "Bearer a.b.c", "bearer " + new string('x', 4_000), "Bearer eyJhbGciOiJIUzI1NiJ9.e30.AAAA",
    ];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Hostile() => JsonSerializer.Serialize(Pick(HostileStrings));

    public HttpRequestMessage Next() => _random.Next(8) switch
    {
        0 => Post(string.Join(' ', Enumerable.Range(0, _random.Next(1, 40)).Select(_ => Pick(Tokens)))),
        1 => Post(HostileDocuments.FragmentBomb(_random.Next(1, 25), _random.Next(2, 12))),
        2 => Post(HostileDocuments.Aliases(_random.Next(1, 1_200), Pick(Fields))),
        3 => Post(_random.Next(2) == 0 ? HostileDocuments.Nested(_random.Next(10, 400)) : HostileDocuments.NestedIntrospection(_random.Next(1, 14))),
        4 => Post(AnalysisWithHostileArguments()),
        5 => Write(),
        6 => MalformedBody(),
        _ => Get(),
    };

    private string AnalysisWithHostileArguments() => _random.Next(7) switch
    {
        0 => $"{{ search(text: {Hostile()}, first: {_random.Next(-5, 500)}) {{ score snippet }} }}",
        1 => $"{{ paths(from: {Hostile()}, to: \"org:unite_here\", maxHops: {_random.Next(-2, 12)}, first: {_random.Next(-2, 80)}) {{ length }} }}",
        2 => $"{{ neighborhood(id: {Hostile()}, depth: {_random.Next(-1, 9)}, limit: {_random.Next(-10, 5_000)}) {{ truncated }} }}",
        3 => $"{{ industries(after: {Hostile()}, first: {_random.Next(-1, 300)}) {{ totalCount }} }}",
        4 => $"{{ node(id: \"industry:tech\") {{ ... on Industry {{ organizations(after: {Hostile()}) {{ totalCount }} }} }} }}",
        5 => $"{{ nodes(ids: [{string.Join(',', Enumerable.Range(0, _random.Next(0, 150)).Select(_ => Hostile()))}]) {{ id }} }}",
        _ => $"{{ whatWorked(industry: {Hostile()}, first: {_random.Next(-3, 300)}) {{ score }} }}",
    };

    private HttpRequestMessage Write()
    {
        var request = Post(Pick(new[]
        {
            $"mutation {{ createIndustry(input: {{ id: {Hostile()}, name: {Hostile()} }}) {{ id }} }}",
            "mutation { deleteNode(id: \"industry:hospitality_hotels_casinos\") { deletedId } }",
            "mutation { importGraph(input: { nodes: [], relationships: [] }) { created } }",
            $"mutation {{ updateTactic(id: \"tactic:hashtag_campaign\", input: {{ name: {Hostile()} }}) {{ id }} }}",
            "mutation { __typename }",
        }));
        if (Pick(Credentials) is { Length: > 0 } credential)
        {
            request.Headers.TryAddWithoutValidation("Authorization", credential);
        }
        return request;
    }

    private HttpRequestMessage MalformedBody()
    {
        var body = _random.Next(7) switch
        {
            0 => "{\"query\":",
            1 => "[{\"query\":\"{ __typename }\"}]",
            2 => "{\"query\":\"{ __typename }\",\"query\":\"mutation { __typename }\"}",
            3 => "{\"query\":123,\"variables\":\"x\"}",
            4 => "{\"query\":\"query($v: Int) { industries(first: $v) { totalCount } }\",\"variables\":{\"v\":\"9999999999999\"}}",
            5 => "{\"query\":\"{ __typename }\",\"operationName\":\"" + new string('x', 10_000) + "\\n[00:00:00 ERR] forged\"}",
            _ => "\u0000\u0001" + new string('{', 100),
        };
        var contentType = Pick(new[] { "application/json", "application/json; charset=utf-8", "text/plain", "application/graphql", "application/x-www-form-urlencoded" });
        return new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } } };
    }

    private HttpRequestMessage Get() => _random.Next(4) switch
    {
        0 => new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Pick(new[] { "mutation { __typename }", "{ __typename }", "{", HostileDocuments.FragmentBomb(9) }))),
        1 => new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D&variables=" + Uri.EscapeDataString(Pick(HostileStrings))),
        2 => new HttpRequestMessage(HttpMethod.Get, "/export/evidence-map.csv?rows=" + Uri.EscapeDataString(Pick(new[] { "TACTIC", "NOPE", "" })) + "&columns=INDUSTRY&industries=" + Uri.EscapeDataString(Pick(HostileStrings))),
        _ => new HttpRequestMessage(Pick(new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options }), "/graphql"),
    };

    private static HttpRequestMessage Post(string query) =>
        new(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json") };
}
