using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.RateLimiting;

namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// Adds <c>extensions.cost</c> to a response body: the operation's estimated cost, the limit it was judged by, what
/// this request took from the client's cost budget, and what is left of that budget now. Added per request, after the
/// response cache, so a cached answer reports a charge of 0 and the client's budget as it stands.
/// </summary>
public sealed class CostReport(RateBudget budget)
{
    public ExecutedResponse Attach(ExecutedResponse response, bool cacheHit, string client)
    {
        if (response.Cost is not { } cost || !response.Body.EndsWith('}'))
        {
            return response;
        }
        var report = Write(cost with { Charged = cacheHit ? 0 : cost.Charged }, budget.StatusOf(client));
        // The serializer writes extensions last, and only this report writes them (GraphQLExecution sees to it). The
        // report goes in place of the closing brace when the body is written: a cached body of tens of KB is not copied.
        var separator = response.Body.AsSpan(0, response.Body.Length - 1).TrimEnd().EndsWith('{') ? "" : ",";
        return response with { Ending = string.Concat(separator, "\"extensions\":{\"cost\":", report, "}}") };
    }

    private static string Write(QueryCost cost, BudgetStatus? status)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("estimated", Math.Ceiling(Math.Min(cost.Estimated, 1e15)));
            json.WriteNumber("limit", cost.Limit);
            json.WriteNumber("charged", cost.Charged);
            if (status is not null)
            {
                json.WriteStartObject("budget");
                json.WriteNumber("remaining", status.Remaining);
                json.WriteNumber("capacity", status.Capacity);
                json.WriteNumber("perSecond", status.PerSecond);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
