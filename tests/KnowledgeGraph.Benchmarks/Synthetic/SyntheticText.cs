using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Benchmarks.Synthetic;

/// <summary>
/// Names and prose for synthetic nodes, built from the seed graph's vocabulary so that full-text search meets the
/// same common words ("harassment", "workers", "safety") at about the same frequency.
/// </summary>
internal static class SyntheticText
{
    private static readonly string[] Places =
    [
        "Harbor", "Valley", "Lakeside", "Northern", "Coastal", "Central", "Riverside", "Mountain", "Eastern", "Western",
        "Metro", "Prairie", "Bay", "Capital", "Desert", "Island", "Southern", "Highland", "Pacific", "Atlantic",
    ];

    private static readonly string[] Sectors =
    [
        "hotel", "casino", "restaurant", "farmworker", "janitorial", "domestic worker", "film and television", "newsroom",
        "university", "hospital", "retail", "warehouse", "tech", "legislative", "construction", "garment", "fast food",
        "airline", "finance", "security guard",
    ];

    private static readonly string[] Groups = ["Workers Alliance", "Union Local", "Worker Center", "Coalition", "Foundation", "Institute", "Network", "Project"];
    private static readonly string[] Programs = ["panic button program", "training overhaul", "climate survey", "reporting hotline", "bystander campaign", "code of conduct", "NDA ban", "monitoring program"];
    private static readonly string[] Measures = ["Reported incidents", "Complaints filed", "Survey prevalence", "Settlements", "Workers covered", "Employers enrolled"];
    private static readonly string[] Given = ["Ana", "Maria", "Tarana", "Lucia", "Mónica", "Ai-jen", "Fatima", "Grace", "Rosa", "Kim", "Dolores", "Sara"];
    private static readonly string[] Family = ["Ramirez", "Burke", "Chen", "Okafor", "Nguyen", "Haddad", "Silva", "Kowalski", "Park", "Mendez", "Jones", "Patel"];

    // Weighted toward the words the curated descriptions use most; "harassment" lands in roughly half the texts.
    private static readonly string[] Words =
    [
        "harassment", "harassment", "sexual", "workers", "workers", "workplace", "safety", "reporting", "retaliation",
        "union", "contract", "employers", "survey", "training", "complaints", "policy", "law", "enforcement", "women",
        "immigrant", "wages", "tipped", "managers", "customers", "guests", "supervisors", "coalition", "campaign",
        "agreement", "protections", "accountability", "prevention", "culture", "victims", "survivors", "advocates",
    ];

    public static string OrganizationName(Random random, int index) =>
        $"{Draw.Pick(random, Places)} {Title(Draw.Pick(random, Sectors))} {Draw.Pick(random, Groups)} {index}";

    public static string PersonName(Random random, int index) => $"{Draw.Pick(random, Given)} {Draw.Pick(random, Family)} {index}";

    public static string InterventionName(Random random, int index) =>
        $"{Draw.Pick(random, Places)} {Draw.Pick(random, Sectors)} {Draw.Pick(random, Programs)} {index}";

    public static string Named(string kind, int index, Random random) => $"{kind} {index}: {Draw.Pick(random, Sectors)} {Draw.Pick(random, Words)}";

    public static string Measure(Random random) => Draw.Pick(random, Measures);

    public static string Percent(Random random) => (random.Next(1, 95)).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>A sentence of <paramref name="words"/> words, opened by <paramref name="lead"/>.</summary>
    public static string Prose(Random random, string lead, int words)
    {
        var text = new StringBuilder(lead);
        for (var i = 0; i < words; i++)
        {
            text.Append(' ').Append(Draw.Pick(random, Words));
        }
        return text.Append('.').ToString();
    }

    private static string Title(string text) => string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));
}
