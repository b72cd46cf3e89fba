using System.Text;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>
/// A serialized GraphQL response in two parts: the result as it was executed (or kept by the response cache), and
/// what this request adds to it (<see cref="Limits.CostReport"/>'s <c>extensions</c>), which replaces the result's
/// closing brace. Written straight to the response, a cached result of tens of KB is encoded once per request and
/// never copied into a new string; <see cref="ToString"/> joins the parts for the few that need one string.
/// </summary>
/// <param name="Result">A JSON object, as the serializer wrote it.</param>
/// <param name="Ending">Null, or the text that takes the place of <paramref name="Result"/>'s last character (its closing <c>}</c>).</param>
public readonly record struct ResponseText(string Result, string? Ending = null)
{
    public static implicit operator ResponseText(string result) => new(result);

    public override string ToString() => Ending is null ? Result : string.Concat(Result.AsSpan(0, Result.Length - 1), Ending);

    /// <summary>Writes the text as UTF-8 to the response body, then flushes it once, as <c>HttpResponse.WriteAsync</c> does with one string.</summary>
    public async Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        if (!response.HasStarted)
        {
            await response.StartAsync(cancellationToken);   // headers first, before the body's buffer is asked for
        }
        var writer = response.BodyWriter;
        if (Ending is null)
        {
            Encoding.UTF8.GetBytes(Result, writer);
        }
        else
        {
            // The cut falls before an ASCII '}', never inside a character.
            Encoding.UTF8.GetBytes(Result.AsSpan(0, Result.Length - 1), writer);
            Encoding.UTF8.GetBytes(Ending, writer);
        }
        await writer.FlushAsync(cancellationToken);
    }
}
