using System.Buffers;
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
        // The serializer writes extensions last, and only this report writes them (GraphQLExecution sees to it). The
        // report goes in place of the closing brace when the body is written: a cached body of tens of KB is not copied.
        var first = response.Body.AsSpan(0, response.Body.Length - 1).TrimEnd().EndsWith('{');
        return response with { Ending = Ending(first, cost with { Charged = cacheHit ? 0 : cost.Charged }, budget.StatusOf(client)) };
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_json;

    /// <summary>The text that replaces the body's closing brace; written in buffers kept per thread, as this runs on every cache hit.</summary>
    private static string Ending(bool first, QueryCost cost, BudgetStatus? status)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        buffer.Write(first ? "\"extensions\":{\"cost\":"u8 : ",\"extensions\":{\"cost\":"u8);
        var json = t_json ??= new Utf8JsonWriter(buffer);
        json.Reset(buffer);
        Write(json, cost, status);
        json.Flush();
        buffer.Write("}}"u8);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter json, QueryCost cost, BudgetStatus? status)
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
}
