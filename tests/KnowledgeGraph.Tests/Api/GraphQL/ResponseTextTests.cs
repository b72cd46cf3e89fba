using System.Text;
using KnowledgeGraph.Api.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// A response written in two parts (the result, then what this request adds in place of its closing brace) reaches
/// the client as exactly the UTF-8 of the joined text, whatever characters the result holds and however long it is.
/// </summary>
public sealed class ResponseTextTests
{
    private const string Cost = "\"extensions\":{\"cost\":{\"estimated\":3}}}";

    public static TheoryData<string, string?, string> Texts()
    {
        var long_ = "{\"data\":{\"names\":[" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"é{i}🙂\"")) + "]}}";
        return new()
        {
            { "{\"data\":{\"name\":\"Fair Food\"}}", null, "{\"data\":{\"name\":\"Fair Food\"}}" },
            { "{\"data\":{\"name\":\"Ciudad de México 🙂\"}}", "," + Cost, "{\"data\":{\"name\":\"Ciudad de México 🙂\"}," + Cost },
            { "{}", Cost, "{" + Cost },
            { long_, "," + Cost, long_[..^1] + "," + Cost },
        };
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task The_bytes_written_are_the_utf8_of_the_joined_text(string result, string? ending, string expected)
    {
        var text = new ResponseText(result, ending);
        Assert.Equal(expected, text.ToString());

        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await text.WriteAsync(context.Response, CancellationToken.None);
        Assert.Equal(Encoding.UTF8.GetBytes(expected), body.ToArray());
    }
}
