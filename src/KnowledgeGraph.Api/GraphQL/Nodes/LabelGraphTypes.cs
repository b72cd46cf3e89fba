using KnowledgeGraph.Core.Graph;
using static KnowledgeGraph.Core.Graph.GraphSchema;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

public sealed class IndustryGraphType : NodeGraphType
{
    public IndustryGraphType() : base(Industry, "A sector where interventions were tried, such as hotels or farmwork.")
    {
        Property("name");
        Property("naicsCode");
        Property("description");
        Property("riskFactors");
        Relation("organizations", RelationshipTypes.OperatesIn, Direction.In, Organization, "Organizations operating in this industry.");
        Relation("interventions", RelationshipTypes.InIndustry, Direction.In, Intervention, "Interventions tried in this industry.");
        Relation("prevalence", RelationshipTypes.Describes, Direction.In, Finding, "PREVALENCE findings: how common the problem is in this industry.");
    }
}

public sealed class OrganizationGraphType : NodeGraphType
{
    public OrganizationGraphType() : base(Organization, "An advocacy group, union, worker center, employer, funder, agency or newsroom.")
    {
        Property("name");
        Property("kind");
        Property("founded");
        Property("website");
        Property("description");
        Relation("industries", RelationshipTypes.OperatesIn, Direction.Out, Industry, "Industries it works in.");
        Relation("partners", RelationshipTypes.PartnersWith, Direction.Out, Organization, "Organizations it partners with.");
        Relation("partneredBy", RelationshipTypes.PartnersWith, Direction.In, Organization, "Organizations that name it as a partner.");
        Relation("founders", RelationshipTypes.Founded, Direction.In, Person, "People who founded it.");
        Relation("leaders", RelationshipTypes.Leads, Direction.In, Person, "People who lead or led it.");
        Relation("tactics", RelationshipTypes.Uses, Direction.Out, Tactic, "Tactics it uses.");
        Relation("advocatesFor", RelationshipTypes.AdvocatesFor, Direction.Out, PolicyLever, "Policy levers it advocates for.");
        Relation("interventions", RelationshipTypes.LedBy, Direction.In, Intervention, "Interventions it led, with its role.");
        Relation("funds", RelationshipTypes.Funds, Direction.Out, null, "Organizations and interventions it funds, with amount and year when known.");
        Relation("fundedBy", RelationshipTypes.Funds, Direction.In, null, "Organizations and people that fund it, with amount and year when known.");
    }
}

public sealed class PersonGraphType : NodeGraphType
{
    public PersonGraphType() : base(Person, "A founder, leader or public figure of the movement.")
    {
        Property("name");
        Property("description");
        Relation("founded", RelationshipTypes.Founded, Direction.Out, Organization, "Organizations this person founded.");
        Relation("leads", RelationshipTypes.Leads, Direction.Out, Organization, "Organizations this person leads or led.");
        Relation("interventions", RelationshipTypes.InvolvedIn, Direction.Out, Intervention, "Interventions this person led, filed, founded or took part in, with the role.");
        Relation("funds", RelationshipTypes.Funds, Direction.Out, null, "Organizations and interventions this person funds, with amount and year when known.");
    }
}

public sealed class TacticGraphType : NodeGraphType
{
    public TacticGraphType() : base(Tactic, "A way of working against harassment, such as worker-led monitoring or a litigation fund.")
    {
        Interface<StrategyInterface>();
        Property("name");
        Property("category");
        Property("description");
        Relation("usedBy", RelationshipTypes.Uses, Direction.In, Organization, "Organizations that use it.");
        Relation("interventions", RelationshipTypes.Applies, Direction.In, Intervention, "Interventions that applied it.");
    }
}

public sealed class PolicyLeverGraphType : NodeGraphType
{
    public PolicyLeverGraphType() : base(PolicyLever, "A rule that can be pulled: a law, ordinance, contract clause, corporate policy or standard.")
    {
        Interface<StrategyInterface>();
        Property("name");
        Property("kind");
        Property("description");
        Relation("advocates", RelationshipTypes.AdvocatesFor, Direction.In, Organization, "Organizations advocating for it.");
        Relation("enactedIn", RelationshipTypes.EnactedIn, Direction.Out, Jurisdiction, "Where it was enacted, when, and its status.");
        Relation("interventions", RelationshipTypes.Applies, Direction.In, Intervention, "Interventions that applied it.");
    }
}

public sealed class JurisdictionGraphType : NodeGraphType
{
    public JurisdictionGraphType() : base(Jurisdiction, "A place where rules apply, from a city district to an international body; jurisdictions nest through partOf.")
    {
        Property("name");
        Property("level");
        Property("code");
        Relation("policyLevers", RelationshipTypes.EnactedIn, Direction.In, PolicyLever, "Policy levers enacted here.");
        Relation("interventions", RelationshipTypes.InJurisdiction, Direction.In, Intervention, "Interventions that took place here (not those of the jurisdictions inside it).");
        Relation("partOf", RelationshipTypes.PartOf, Direction.Out, Jurisdiction, "The larger jurisdictions it lies in.");
        Relation("contains", RelationshipTypes.PartOf, Direction.In, Jurisdiction, "The jurisdictions that lie directly inside it.");
        Relation("prevalence", RelationshipTypes.Describes, Direction.In, Finding, "PREVALENCE findings: how common the problem is here.");
    }
}

public sealed class InterventionGraphType : NodeGraphType
{
    public InterventionGraphType() : base(Intervention, "One concrete application of tactics or levers, in an industry and place, led by organizations.")
    {
        Interface<StrategyInterface>();
        Property("name");
        Property("description");
        Property("startYear");
        Property("endYear");
        Property("status");
        Property("legalStatus");
        Property("proposedOn");
        Property("enactedOn");
        Property("inForceOn");
        Property("endedOn");
        Relation("tactics", RelationshipTypes.Applies, Direction.Out, Tactic, "Tactics it applied.");
        Relation("policyLevers", RelationshipTypes.Applies, Direction.Out, PolicyLever, "Policy levers it applied.");
        Relation("industries", RelationshipTypes.InIndustry, Direction.Out, Industry, "Industries it took place in.");
        Relation("jurisdictions", RelationshipTypes.InJurisdiction, Direction.Out, Jurisdiction, "Where it took place.");
        Relation("ledBy", RelationshipTypes.LedBy, Direction.Out, Organization, "Organizations that led it, with their role.");
        Relation("findings", RelationshipTypes.HasFinding, Direction.Out, Finding, "What was found about it.");
        Relation("people", RelationshipTypes.InvolvedIn, Direction.In, Person, "People who led, filed, founded or took part in it, with their role.");
        Relation("fundedBy", RelationshipTypes.Funds, Direction.In, null, "Organizations and people that funded it, with amount and year when known.");
    }
}

public sealed class FindingGraphType : NodeGraphType
{
    public FindingGraphType() : base(Finding, "One measured or reported result of an intervention: its kind (effect, adoption, prevalence, process), its effect when it is an effect, evidence strength, study design and sources.")
    {
        Property("summary");
        Property("kind");
        Property("effect");
        Property("evidenceStrength");
        Property("evidenceKind");
        Property("measure");
        Property("value");
        Property("baseline");
        Property("year");
        SingleRelation("intervention", RelationshipTypes.HasFinding, Direction.In, Intervention, "The intervention this finding is about.");
        Relation("outcomes", RelationshipTypes.OnOutcome, Direction.Out, Outcome, "The outcomes it bears on.");
        Relation("describes", RelationshipTypes.Describes, Direction.Out, null, "For a PREVALENCE finding: the industries and jurisdictions it describes.");
        FindingSourcingFields.AddTo(this);
    }
}

public sealed class OutcomeGraphType : NodeGraphType
{
    public OutcomeGraphType() : base(Outcome, "Something an intervention can change, such as reporting of harassment or accountability of harassers.")
    {
        Property("name");
        Property("category");
        Property("description");
        Relation("findings", RelationshipTypes.OnOutcome, Direction.In, Finding, "Findings about this outcome.");
    }
}

public sealed class SourceGraphType : NodeGraphType
{
    public SourceGraphType() : base(Source, "A public page, report, study or law text that evidences facts of the graph.")
    {
        Property("title");
        Property("url");
        Property("publisher");
        Property("publishedOn");
        Property("kind");
        Property("type");
        Property("primary");
        Property("quote");
        Property("note");
        Relation("citedBy", RelationshipTypes.Cites, Direction.In, null, "Nodes that cite this source, with the quote cited.");
    }
}
