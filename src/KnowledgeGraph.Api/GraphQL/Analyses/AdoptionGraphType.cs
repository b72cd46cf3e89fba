using System.Globalization;
using System.Text.Json.Nodes;
using GraphQL.DataLoader;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Api.GraphQL.Nodes.Loaders;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary>A strategy's adoption with the words that describe it.</summary>
public sealed record AdoptionView(AdoptionSummary Summary, string Description);

/// <summary>Where, since when and how widely a strategy was adopted: beside the verdict, never part of it.</summary>
public sealed class AdoptionGraphType : ObjectGraphType<AdoptionView>
{
    public AdoptionGraphType()
    {
        Name = "Adoption";
        Description = "Where, since when and how widely a strategy was adopted. Reported beside the verdict: adoption is not evidence that it worked, and a proposed bill is never counted as adopted.";
        Field<NonNullGraphType<BooleanGraphType>>("adopted").Description("It was adopted somewhere: a lever enacted or in force, or an intervention that adopted it.")
            .Resolve(c => c.Source.Summary.Adopted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JurisdictionGraphType>>>>("jurisdictions")
            .Description("Where it is adopted now (enacted or in force).").Resolve(c => c.Loaders().Nodes(c.Source.Summary.JurisdictionIds));
        Field<NonNullGraphType<IntGraphType>>("jurisdictionCount").Description("How many jurisdictions adopted it.")
            .Resolve(c => c.Source.Summary.JurisdictionIds.Count);
        Field<IntGraphType>("since").Description("The earliest year it was adopted, where known.").Resolve(c => c.Source.Summary.Since);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterventionGraphType>>>>("interventions")
            .Description("Interventions in scope that adopted it: enacted or in force, or with an ADOPTION finding.")
            .Resolve(c => c.Loaders().Nodes(c.Source.Summary.InterventionIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JurisdictionGraphType>>>>("ended")
            .Description("Where it was adopted and then struck down, preempted or repealed.").Resolve(c => c.Loaders().Nodes(c.Source.Summary.EndedJurisdictionIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JurisdictionGraphType>>>>("proposedIn")
            .Description("Where it was proposed and not enacted.").Resolve(c => c.Loaders().Nodes(c.Source.Summary.ProposedJurisdictionIds));
        Field<NonNullGraphType<StringGraphType>>("summary").Description("The adoption in plain words.").Resolve(c => c.Source.Description);
    }

    /// <summary>
    /// The adoption of one ranked strategy, read with the request's batched loaders: a lever's ENACTED_IN
    /// relationships, and the legal status and places of the interventions in scope that apply it.
    /// </summary>
    public static IDataLoaderResult<AdoptionView> Load(GraphLoaders loaders, StrategyEvidence strategy)
    {
        IDataLoaderResult<IReadOnlyList<Neighbor>> enactments = strategy.SubjectLabel == GraphSchema.PolicyLever
            ? loaders.Neighbors(new NeighborKey(strategy.SubjectId, RelationshipTypes.EnactedIn, Direction.Out))
            : DataLoaderResultExtensions.Ready<IReadOnlyList<Neighbor>>([]);
        var places = strategy.InterventionIds
            .Select(id => loaders.Neighbors(new NeighborKey(id, RelationshipTypes.InJurisdiction, Direction.Out))).ToList().WhenAll();
        return enactments.And(places).And(loaders.Nodes(strategy.InterventionIds)).Then(loaded =>
        {
            var ((enacted, placed), interventions) = loaded;
            var names = enacted.Concat(placed.SelectMany(p => p)).Select(n => n.Node).DistinctBy(n => n.Id).ToDictionary(n => n.Id, n => n.Name);
            var placesOf = placed.SelectMany(p => p).GroupBy(n => n.AnchorId).ToDictionary(g => g.Key, g => g.Select(n => n.Node.Id).ToList());
            var withAdoption = strategy.InterventionsWithAdoption.ToHashSet(StringComparer.Ordinal);
            var summary = Adoption.Of(
                enacted.Select(e => new Enactment(e.Node.Id, Text(e.Edge.Props, "status"), Year(e.Edge.Props["year"]))),
                interventions.Select(i => new AdoptingIntervention(i.Id, Text(i.Props, "legalStatus"), Year(i.Props["startYear"]),
                    placesOf.GetValueOrDefault(i.Id) ?? [], withAdoption.Contains(i.Id))));
            return new AdoptionView(summary, Adoption.Describe(summary, id => names.GetValueOrDefault(id) ?? id));
        });
    }

    private static string? Text(JsonObject props, string name) => props[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static int? Year(JsonNode? value) =>
        value is JsonValue v && int.TryParse(v.ToJsonString(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
}

/// <summary>The fields whatWorked and strategyEvidence both give beside the verdict: shared evidence and adoption.</summary>
public static class BesideTheVerdict
{
    public static void SharingAndAdoption<T>(this ObjectGraphType<T> type, Func<T, StrategyEvidence> strategy)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StrategyInterface>>>>("sharedWith")
            .Description("Other tactics and policy levers credited with some of the same EFFECT findings because one intervention applied them together: that evidence is shared, not independent support for each. Empty for interventions.")
            .Resolve(c => c.Loaders().Nodes(strategy(c.Source).SharedWithIds));
        type.Field<NonNullGraphType<IntGraphType>>("sharedFindings")
            .Description("How many of its EFFECT findings also count for a strategy in sharedWith.")
            .Resolve(c => strategy(c.Source).SharedFindings);
        type.Field<NonNullGraphType<AdoptionGraphType>>("adoption")
            .Description("Where, since when and how widely it was adopted, beside the verdict and never part of it. For a lever, every ENACTED_IN relationship in the graph; for every strategy, the interventions in scope that adopted it.")
            .Resolve(c => AdoptionGraphType.Load(c.Loaders(), strategy(c.Source)));
    }
}
