using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Api.Live;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Subscriptions;

public sealed class EvidenceEventGraphType : ObjectGraphType<EvidenceNotice>
{
    public EvidenceEventGraphType()
    {
        Name = "EvidenceEvent";
        Description = "A finding that a write added or changed, with the intervention it is about.";
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph version after the write.").Resolve(c => checked((int)c.Source.GraphVersion));
        Field<NonNullGraphType<EvidenceChangeKindGraphType>>("change").Description("Whether the finding is new or was changed.").Resolve(c => c.Source.Change);
        Field<NonNullGraphType<IdGraphType>>("findingId").Description("The finding's id.").Resolve(c => c.Source.Finding.Id);
        AddField(new FieldType
        {
            Name = "kind",
            ResolvedType = new NonNullGraphType(GraphTypeFactory.Named("FindingKind")),
            Description = "What the finding is about: EFFECT, ADOPTION, PREVALENCE or PROCESS.",
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<EvidenceNotice, object?>(c => (string?)c.Source.Finding.Props["kind"]),
        });
        AddField(new FieldType
        {
            Name = "design",
            ResolvedType = new NonNullGraphType(GraphTypeFactory.Named("EvidenceKind")),
            Description = "The study design (the finding's evidenceKind).",
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<EvidenceNotice, object?>(c => (string?)c.Source.Finding.Props["evidenceKind"]),
        });
        AddField(new FieldType
        {
            Name = "finding",
            ResolvedType = new NonNullGraphType(GraphTypeFactory.Named(GraphSchema.Finding)),
            Description = "The finding as it was after the write.",
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<EvidenceNotice, object?>(c => c.Source.Finding),
        });
        AddField(new FieldType
        {
            Name = "intervention",
            ResolvedType = GraphTypeFactory.Named(GraphSchema.Intervention),
            Description = "The intervention the finding is about (HAS_FINDING); null when it is linked to none yet.",
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<EvidenceNotice, object?>(c => c.Source.Intervention),
        });
    }
}

public sealed class EvidenceChangeKindGraphType : EnumerationGraphType<EvidenceChangeKind>
{
    public EvidenceChangeKindGraphType()
    {
        Name = "EvidenceChange";
        Description = "Whether a finding is new or was changed.";
        Values.FindByName("ADDED")!.Description = "The write created the finding.";
        Values.FindByName("CHANGED")!.Description = "The write updated the finding, or linked it to an intervention.";
    }
}
