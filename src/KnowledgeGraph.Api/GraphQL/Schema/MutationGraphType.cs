using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Schema;

public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token.";
        RootFields.AddMarked<MutationFieldsAttribute>(this);
    }
}
