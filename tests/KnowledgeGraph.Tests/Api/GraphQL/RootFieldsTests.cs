using System.Reflection;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Schema;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>Root fields are found by their marker; a class that adds fields but lacks the marker would vanish silently.</summary>
public sealed class RootFieldsTests
{
    private static readonly Type[] ApiTypes = typeof(QueryGraphType).Assembly.GetTypes();

    [Fact]
    public void Every_class_that_adds_root_fields_is_marked_for_exactly_one_root()
    {
        var adders = ApiTypes.Where(t => t.GetMethod("AddTo", BindingFlags.Public | BindingFlags.Static, [typeof(ObjectGraphType)]) is not null).ToList();
        Assert.NotEmpty(adders);
        Assert.All(adders, type =>
            Assert.True(type.IsDefined(typeof(QueryFieldsAttribute)) ^ type.IsDefined(typeof(MutationFieldsAttribute)), $"{type.Name} adds fields but is marked for {(type.IsDefined(typeof(QueryFieldsAttribute)) ? "both roots" : "no root")}."));
    }

    [Fact]
    public void The_roots_hold_the_fields_of_every_marked_class()
    {
        var query = new QueryGraphType();
        var mutation = new MutationGraphType();
        Assert.Contains(query.Fields, f => f.Name == "whatWorked");
        Assert.Contains(query.Fields, f => f.Name == "paths");
        Assert.Contains(query.Fields, f => f.Name == "industries");
        Assert.Contains(mutation.Fields, f => f.Name == "createIndustry");
        Assert.Contains(mutation.Fields, f => f.Name == "link");
        Assert.DoesNotContain(query.Fields, f => f.Name == "createIndustry");
    }
}
