using System.Globalization;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Benchmarks.Synthetic;

/// <summary>
/// One synthetic node per call, with the properties the graph schema requires and the optional ones at about the
/// seed's rate. Enum mixes follow the seed (kinds, categories) except for findings, where negative, mixed and
/// no-effect results are more common than in the curated seed, as they are in the research literature.
/// </summary>
internal static class SyntheticNodes
{
    private static readonly (string, double)[] OrganizationKinds =
        [("ADVOCACY", 18), ("EMPLOYER", 12), ("GOVERNMENT", 8), ("UNION", 6), ("MEDIA", 5), ("RESEARCH", 4), ("WORKER_CENTER", 3), ("FUNDER", 3), ("COALITION", 2)];
    private static readonly (string, double)[] TacticCategories =
        [("LEGAL", 7), ("MONITORING", 6), ("NARRATIVE", 4), ("ECONOMIC", 3), ("ORGANIZING", 3), ("TRAINING", 2), ("COALITION_BUILDING", 2)];
    private static readonly (string, double)[] LeverKinds =
        [("LAW", 17), ("INDUSTRY_STANDARD", 5), ("ORDINANCE", 4), ("CORPORATE_POLICY", 2), ("CONTRACT_CLAUSE", 2), ("REGULATION", 1)];
    private static readonly (string, double)[] OutcomeCategories =
        [("ACCOUNTABILITY", 4), ("AWARENESS", 3), ("ECONOMIC", 2), ("SAFETY", 2), ("POLICY_CHANGE", 1), ("REPORTING", 1), ("WELLBEING", 1)];
    private static readonly (string, double)[] SourceKinds = [("ARTICLE", 80), ("REPORT", 10), ("STUDY", 5), ("LAW_TEXT", 3), ("DATASET", 2)];
    private static readonly (string, double)[] JurisdictionLevels = [("COUNTRY", 5), ("STATE", 55), ("CITY", 40)];
    private static readonly (string, double)[] Statuses =
        [("ACTIVE", 38), ("COMPLETED", 18), ("DISCONTINUED", 6), ("PLANNED", 2)];
    private static readonly (string, double)[] EnactmentStatuses = [("ENACTED", 35), ("IN_FORCE", 35), ("PROPOSED", 15), ("STRUCK_DOWN", 5), ("PREEMPTED", 5), ("REPEALED", 5)];
    private static readonly (string, double)[] Roles = [("lead", 60), ("partner", 30), ("funder", 10)];
    private static readonly (string, double)[] EvidenceKinds =
        [("ENACTMENT_ONLY", 36), ("SELF_REPORTED", 17), ("ADMINISTRATIVE", 17), ("CROSS_SECTIONAL_SURVEY", 14), ("REVIEW", 9), ("REPRESENTATIVE_SURVEY", 7)];
    // None of these designs can show an absence of effect or be STRONG, so a null result is INCONCLUSIVE (docs/scoring.md).
    private static readonly (string, double)[] MeasuredEffects = [("POSITIVE", 55), ("INCONCLUSIVE", 22), ("MIXED", 15), ("NEGATIVE", 8)];

    private static readonly IReadOnlyList<string> RiskFactors = GraphSchema.Enums["RiskFactor"];

    public static NodeInput Source(Random r, int i)
    {
        var year = Draw.Year(r);
        var props = new JsonObject
        {
            ["title"] = $"Report {i}: " + SyntheticText.Prose(r, "on", 5),
            ["url"] = $"https://news{i % 97}.example.org/{year}/{i}",
            ["kind"] = Draw.Weighted(r, SourceKinds),
        };
        Maybe(r, 0.8, props, "publisher", () => $"Publisher {i % 211}");
        Maybe(r, 0.3, props, "publishedOn", () => $"{year}-{r.Next(1, 13):D2}");
        Maybe(r, 0.7, props, "quote", () => SyntheticText.Prose(r, "Quote:", 12));
        return Node(GraphSchema.Source, i, props);
    }

    public static NodeInput Industry(Random r, int i)
    {
        var factors = RiskFactors.OrderBy(_ => r.Next()).Take(r.Next(2, 6)).Select(f => (JsonNode)JsonValue.Create(f)).ToArray();
        var props = new JsonObject
        {
            ["name"] = SyntheticText.Named("Industry", i, r),
            ["description"] = SyntheticText.Prose(r, "An industry where", 20),
            ["riskFactors"] = new JsonArray(factors),
        };
        Maybe(r, 0.7, props, "naicsCode", () => r.Next(111, 9999).ToString(CultureInfo.InvariantCulture));
        return Node(GraphSchema.Industry, i, props);
    }

    public static NodeInput Jurisdiction(Random r, int i) => Node(GraphSchema.Jurisdiction, i, new JsonObject
    {
        ["name"] = SyntheticText.Named("Jurisdiction", i, r),
        ["level"] = i == 0 ? "COUNTRY" : Draw.Weighted(r, JurisdictionLevels),
        ["code"] = $"SY-{i:D4}",
    });

    public static NodeInput Outcome(Random r, int i) => Node(GraphSchema.Outcome, i, new JsonObject
    {
        ["name"] = SyntheticText.Named("Outcome", i, r),
        ["category"] = Draw.Weighted(r, OutcomeCategories),
        ["description"] = SyntheticText.Prose(r, "Whether", 12),
    });

    public static NodeInput Tactic(Random r, int i) => Node(GraphSchema.Tactic, i, new JsonObject
    {
        ["name"] = SyntheticText.Named("Tactic", i, r),
        ["category"] = Draw.Weighted(r, TacticCategories),
        ["description"] = SyntheticText.Prose(r, "A tactic of", 15),
    });

    public static NodeInput PolicyLever(Random r, int i) => Node(GraphSchema.PolicyLever, i, new JsonObject
    {
        ["name"] = SyntheticText.Named("Lever", i, r),
        ["kind"] = Draw.Weighted(r, LeverKinds),
        ["description"] = SyntheticText.Prose(r, "A rule that", 15),
    });

    public static NodeInput Organization(Random r, int i)
    {
        var props = new JsonObject
        {
            ["name"] = SyntheticText.OrganizationName(r, i),
            ["kind"] = Draw.Weighted(r, OrganizationKinds),
            ["description"] = SyntheticText.Prose(r, "An organization working on", 15),
        };
        Maybe(r, 0.4, props, "founded", () => r.Next(1990, 2026));
        Maybe(r, 0.6, props, "website", () => $"https://org{i}.example.org");
        return Node(GraphSchema.Organization, i, props);
    }

    public static NodeInput Person(Random r, int i) => Node(GraphSchema.Person, i, new JsonObject
    {
        ["name"] = SyntheticText.PersonName(r, i),
        ["description"] = SyntheticText.Prose(r, "An advocate for", 12),
    });

    public static NodeInput Intervention(Random r, int i)
    {
        var props = new JsonObject
        {
            ["name"] = SyntheticText.InterventionName(r, i),
            ["description"] = SyntheticText.Prose(r, "An intervention against", 18),
        };
        if (r.NextDouble() < 0.92)
        {
            var start = Draw.Year(r);
            props["startYear"] = start;
            Maybe(r, 0.35, props, "endYear", () => Math.Min(2025, start + r.Next(0, 6)));
        }
        Maybe(r, 0.9, props, "status", () => Draw.Weighted(r, Statuses));
        return Node(GraphSchema.Intervention, i, props);
    }

    public static NodeInput Finding(Random r, int i, int? interventionStart)
    {
        var kind = Draw.Weighted(r, EvidenceKinds);
        var props = new JsonObject
        {
            ["summary"] = SyntheticText.Prose(r, $"Finding {i}:", 20),
            ["kind"] = kind == "ENACTMENT_ONLY" ? "ADOPTION" : "EFFECT",
            ["evidenceStrength"] = Strength(r, kind),
            ["evidenceKind"] = kind,
        };
        if (kind != "ENACTMENT_ONLY")
        {
            props["effect"] = Draw.Weighted(r, MeasuredEffects);
        }
        Maybe(r, 0.8, props, "measure", () => SyntheticText.Measure(r));
        Maybe(r, 0.6, props, "value", () => SyntheticText.Percent(r));
        Maybe(r, 0.35, props, "baseline", () => SyntheticText.Percent(r));
        Maybe(r, 0.9, props, "year", () => interventionStart is { } start ? Math.Min(2025, start + r.Next(0, 4)) : Draw.Year(r));
        return Node(GraphSchema.Finding, i, props);
    }

    public static JsonObject EdgeProps(Random r, string type)
    {
        var props = new JsonObject();
        switch (type)
        {
            case "CITES":
                Maybe(r, 0.34, props, "quote", () => SyntheticText.Prose(r, "Quote:", 10));
                break;
            case "LED_BY":
                props["role"] = Draw.Weighted(r, Roles);
                break;
            case "USES":
                Maybe(r, 0.9, props, "since", () => Draw.Year(r));
                break;
            case "ENACTED_IN":
                props["year"] = Draw.Year(r);
                props["status"] = Draw.Weighted(r, EnactmentStatuses);
                break;
            case "PARTNERS_WITH":
                Maybe(r, 0.8, props, "since", () => Draw.Year(r));
                Maybe(r, 0.8, props, "context", () => "Joint campaign " + r.Next(1, 500).ToString(CultureInfo.InvariantCulture));
                break;
            case "FOUNDED" or "LEADS":
                props["year"] = Draw.Year(r);
                break;
        }
        return props;
    }

    private static string Strength(Random r, string kind) => kind switch
    {
        "ENACTMENT_ONLY" => r.NextDouble() < 0.45 ? "ANECDOTAL" : "LIMITED",
        "SELF_REPORTED" => Draw.Weighted(r, [("ANECDOTAL", 35), ("LIMITED", 60), ("MODERATE", 5)]),
        "REVIEW" => Draw.Weighted(r, [("LIMITED", 10), ("MODERATE", 90)]),
        "REPRESENTATIVE_SURVEY" => Draw.Weighted(r, [("LIMITED", 5), ("MODERATE", 95)]),
        _ => Draw.Weighted(r, [("LIMITED", 52), ("MODERATE", 48)]),
    };

    private static void Maybe<T>(Random r, double probability, JsonObject props, string name, Func<T> value)
    {
        if (r.NextDouble() < probability)
        {
            props[name] = JsonValue.Create(value());
        }
    }

    private static NodeInput Node(string label, int index, JsonObject props) => new(SyntheticGraph.IdOf(label, index), label, props);
}
