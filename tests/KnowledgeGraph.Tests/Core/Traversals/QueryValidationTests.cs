using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Traversals;

namespace KnowledgeGraph.Tests.Core.Traversals;

public sealed class QueryValidationTests
{
    [Theory]
    [InlineData(0, 5, "MaxHops")]
    [InlineData(PathQuery.MaxHopsLimit + 1, 5, "MaxHops")]
    [InlineData(3, 0, "First")]
    [InlineData(3, PathQuery.MaxFirst + 1, "First")]
    public void A_path_query_outside_its_limits_is_a_query_validation_error(int maxHops, int first, string argument)
    {
        var error = Assert.Throws<QueryValidationException>(() => new PathQuery("org:a", "org:b", maxHops, [], first).Validate());
        Assert.Equal(argument, error.Argument);
        Assert.Contains(argument, error.Message);
    }

    [Fact]
    public void A_path_query_at_its_limits_is_valid_and_knows_a_path_to_itself()
    {
        new PathQuery("org:a", "org:b", PathQuery.MaxHopsLimit, [], PathQuery.MaxFirst).Validate();
        new PathQuery("org:a", "org:b", 1, [], 1).Validate();
        Assert.True(new PathQuery("org:a", "org:a", 1, [], 1).IsFromNodeToItself);
        Assert.False(new PathQuery("org:a", "org:b", 1, [], 1).IsFromNodeToItself);
    }

    [Theory]
    [InlineData(0, 10, "Depth")]
    [InlineData(NeighborhoodQuery.MaxDepth + 1, 10, "Depth")]
    [InlineData(1, 0, "Limit")]
    [InlineData(1, NeighborhoodQuery.MaxLimit + 1, "Limit")]
    public void A_neighborhood_query_outside_its_limits_is_a_query_validation_error(int depth, int limit, string argument)
    {
        var error = Assert.Throws<QueryValidationException>(() => new NeighborhoodQuery("org:a", depth, [], limit).Validate());
        Assert.Equal(argument, error.Argument);
        Assert.Equal(argument == "Depth" ? depth : limit, error.Value);
    }

    [Fact]
    public void A_neighborhood_query_at_its_limits_is_valid()
    {
        new NeighborhoodQuery("org:a", NeighborhoodQuery.MaxDepth, [], NeighborhoodQuery.MaxLimit).Validate();
        new NeighborhoodQuery("org:a", 1, [], 1).Validate();
    }
}
