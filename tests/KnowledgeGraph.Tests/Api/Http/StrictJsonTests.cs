using System.Text;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>
/// The strict reading of a request body names where a problem is, as a JSON path spelled out only when there is one:
/// through objects and arrays, after nested values have closed, and at the object when a key itself cannot be read.
/// </summary>
public sealed class StrictJsonTests
{
    [Theory]
    [InlineData("""{"query": "{ a }", "variables": {"ids": ["x", "y"]}}""")]
    [InlineData("""{"a": {"b": 1}, "c": [{"b": 1}, {"b": 2}], "d": "\u00e9\ud83d\ude42"}""")]
    [InlineData("""["a", ["b", {"k": "v"}], {"k": "v"}]""")]
    [InlineData("\"just a string\"")]
    public void Well_formed_json_has_no_problem(string json) => Assert.Null(StrictJson.FindProblem(json, StrictJson.MaxRequestDepth));

    [Theory]
    [InlineData("""{"query": "{ a }", "query": "{ b }"}""", "the key 'query' appears twice in the object at $")]
    [InlineData("""{"variables": {"a": 1, "b": {"c": 2}, "a": 3}}""", "the key 'a' appears twice in the object at $.variables")]
    [InlineData("""{"x": [1, {"k": 1}, [{"k": 1, "k": 2}]]}""", "the key 'k' appears twice in the object at $.x[2][0]")]
    [InlineData("""{"query": "\ud800"}""", "the text at $.query is not valid Unicode")]
    [InlineData("""{"variables": {"ids": ["ok", {"n": 1}, "\udc00"]}}""", "the text at $.variables.ids[2] is not valid Unicode")]
    [InlineData("""{"variables": {"a": "ok", "\ud800": 1}}""", "the text at $.variables is not valid Unicode")]
    [InlineData("""["\ud800"]""", "the text at $[0] is not valid Unicode")]
    public void A_problem_is_named_with_its_path(string json, string expected)
    {
        var problem = StrictJson.FindProblem(json, StrictJson.MaxRequestDepth);
        Assert.NotNull(problem);
        Assert.StartsWith(expected, problem);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_placed_at_their_value()
    {
        var json = Encoding.UTF8.GetBytes("""{"a": [1, {"b": "x""").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}]}")).ToArray();
        Assert.StartsWith("the text at $.a[1].b is not valid Unicode", StrictJson.FindProblem(json, StrictJson.MaxRequestDepth));
    }

    [Fact]
    public void Json_that_is_not_json_is_refused_in_the_readers_words()
    {
        Assert.StartsWith("it is not valid JSON:", StrictJson.FindProblem("""{"a": 1,}""", StrictJson.MaxRequestDepth));
        Assert.StartsWith("it is not valid JSON:", StrictJson.FindProblem("[[[1]]]", maxDepth: 2));
    }
}
