using KnowledgeGraph.Core.Graph;
using static KnowledgeGraph.Core.Graph.GraphSchema;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

public sealed class IndustryGraphType : NodeGraphType
{
    public IndustryGraphType() : base(Industry, "A sector where interventions were tried, such as hotels or farmwork.")
    {
        Property("name", "The industry's name.");
        Property("naicsCode", "North American Industry Classification System code, where one fits.");
        Property("description", "What work the industry covers.");
        Property("riskFactors", "Harassment risk factors of the work (after the EEOC 2016 Select Task Force).");
        Relation("organizations", RelationshipTypes.OperatesIn, Direction.In, Organization, "Organizations operating in this industry.");
        Relation("interventions", RelationshipTypes.InIndustry, Direction.In, Intervention, "Interventions tried in this industry.");
        Relation("prevalence", RelationshipTypes.Describes, Direction.In, Finding, "PREVALENCE findings: how common the problem is in this industry.");
    }
}

public sealed class OrganizationGraphType : NodeGraphType
{
    public OrganizationGraphType() : base(Organization, "An advocacy group, union, worker center, employer, funder, agency or newsroom.")
    {
        Property("name", "The organization's name.");
        Property("kind", "What sort of organization it is.");
        Property("founded", "Year founded.");
        Property("website", "Home page.");
        Property("description", "What it does.");
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
        Property("name", "The person's name.");
        Property("description", "Who they are, in one or two sentences.");
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
        Property("name", "The tactic's name.");
        Property("category", "The family of tactics it belongs to.");
        Property("description", "How it works.");
        Relation("usedBy", RelationshipTypes.Uses, Direction.In, Organization, "Organizations that use it.");
        Relation("interventions", RelationshipTypes.Applies, Direction.In, Intervention, "Interventions that applied it.");
    }
}

public sealed class PolicyLeverGraphType : NodeGraphType
{
    public PolicyLeverGraphType() : base(PolicyLever, "A rule that can be pulled: a law, ordinance, contract clause, corporate policy or standard.")
    {
        Property("name", "The lever's name.");
        Property("kind", "What kind of rule it is.");
        Property("description", "What it requires.");
        Relation("advocates", RelationshipTypes.AdvocatesFor, Direction.In, Organization, "Organizations advocating for it.");
        Relation("enactedIn", RelationshipTypes.EnactedIn, Direction.Out, Jurisdiction, "Where it was enacted, when, and its status.");
        Relation("interventions", RelationshipTypes.Applies, Direction.In, Intervention, "Interventions that applied it.");
    }
}

public sealed class JurisdictionGraphType : NodeGraphType
{
    public JurisdictionGraphType() : base(Jurisdiction, "A place where rules apply, from a city district to an international body; jurisdictions nest through partOf.")
    {
        Property("name", "The jurisdiction's name.");
        Property("level", "How large it is: district, city, county, state, country or international.");
        Property("code", "A short code such as US, US-NY or US-IL-CHICAGO.");
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
        Property("name", "The intervention's name.");
        Property("description", "What was done.");
        Property("startYear", "Year it started or was enacted.");
        Property("endYear", "Year it ended, if it did.");
        Property("status", "Where it stands as a program: planned, active, completed or discontinued.");
        Property("legalStatus", "Where it stands as a legal measure; a PROPOSED bill is never counted as adopted.");
        Property("proposedOn", "When it was introduced or proposed: YYYY, YYYY-MM or YYYY-MM-DD.");
        Property("enactedOn", "When it was enacted.");
        Property("inForceOn", "When it came into force.");
        Property("endedOn", "When it was struck down, preempted or repealed.");
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
        Property("summary", "The claim, in plain words.");
        Property("kind", "What the finding is about: an effect, an adoption, the prevalence of the problem, or an implementation fact. Only EFFECT findings count toward verdicts.");
        Property("effect", "Direction of an EFFECT finding's result; null for the other kinds. NO_EFFECT is evidence of no effect, not missing evidence.");
        Property("evidenceStrength", "How strong the evidence is; STRONG only for RCT, quasi-experimental designs and systematic reviews.");
        Property("evidenceKind", "The study design: RCT, quasi-experimental, longitudinal, systematic review, surveys, administrative counts, self-reports, narrative reviews, or enactment only.");
        Property("measure", "What was measured.");
        Property("value", "The value measured, as reported (with its unit).");
        Property("baseline", "The comparison or prevalence the value should be read against.");
        Property("year", "Year of the measurement or report.");
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
        Property("name", "The outcome's name.");
        Property("category", "The family of outcomes it belongs to.");
        Property("description", "What it covers.");
        Relation("findings", RelationshipTypes.OnOutcome, Direction.In, Finding, "Findings about this outcome.");
    }
}

public sealed class SourceGraphType : NodeGraphType
{
    public SourceGraphType() : base(Source, "A public page, report, study or law text that evidences facts of the graph.")
    {
        Property("title", "The source's title.");
        Property("url", "Where to read it (http or https).");
        Property("publisher", "Who published it.");
        Property("publishedOn", "Publication date: YYYY, YYYY-MM or YYYY-MM-DD.");
        Property("kind", "What kind of document it is.");
        Property("type", "Who stands behind it: government, court, peer-reviewed journal, research report, news, advocacy, or the organization's own account; null until rated.");
        Property("primary", "True when it is the original record (the law, the study, the organization's own data), false when it reports on one; null until rated.");
        Property("quote", "A short verbatim quote of what it says; a paraphrase goes to note.");
        Property("note", "A paraphrase or a curator's remark on the source.");
        Relation("citedBy", RelationshipTypes.Cites, Direction.In, null, "Nodes that cite this source, with the quote cited.");
    }
}
