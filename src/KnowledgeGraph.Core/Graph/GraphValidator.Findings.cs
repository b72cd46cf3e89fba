using System.Text.Json.Nodes;

namespace KnowledgeGraph.Core.Graph;

// The rules that tie a finding's kind, effect, study design and strength together (docs/scoring.md explains them).
public static partial class GraphValidator
{
    public const string EffectIffEffectKindRule = "finding-effect-kind";
    public const string StrongDesignRule = "finding-strong-design";
    public const string NoEffectDesignRule = "finding-no-effect-design";
    public const string EnactmentOnlyAdoptionRule = "finding-enactment-only-adoption";

    private static void ValidateFinding(string id, JsonObject props, List<Violation> violations)
    {
        var kind = Text(props, "kind");
        var effect = Text(props, "effect");
        var design = Text(props, "evidenceKind");
        var strength = Text(props, "evidenceStrength");

        if (kind == FindingKinds.Effect && effect is null)
        {
            violations.Add(new(id, EffectIffEffectKindRule, "an EFFECT finding needs an 'effect'"));
        }
        else if (kind is not null && kind != FindingKinds.Effect && effect is not null)
        {
            violations.Add(new(id, EffectIffEffectKindRule, $"only EFFECT findings carry an 'effect'; leave it out of a {kind} finding"));
        }
        if (strength == EvidenceStrengths.Strong && design is not null && !EvidenceKinds.CanBeStrong.Contains(design))
        {
            violations.Add(new(id, StrongDesignRule,
                $"STRONG evidence needs a design that can attribute an effect ({string.Join(", ", EvidenceKinds.CanBeStrong)}), not {design}"));
        }
        if (effect == Effects.NoEffect && (kind != FindingKinds.Effect || design is null || !EvidenceKinds.CanShowAbsence.Contains(design)))
        {
            violations.Add(new(id, NoEffectDesignRule,
                $"NO_EFFECT is evidence of no effect: only an EFFECT finding from a design that can show an absence ({string.Join(", ", EvidenceKinds.CanShowAbsence)}) carries it; use INCONCLUSIVE otherwise"));
        }
        if (design == EvidenceKinds.EnactmentOnly && kind is not null && kind != FindingKinds.Adoption)
        {
            violations.Add(new(id, EnactmentOnlyAdoptionRule, $"an ENACTMENT_ONLY finding records an adoption: its kind is ADOPTION, not {kind}"));
        }
    }

    private static string? Text(JsonObject props, string name) =>
        props.TryGetPropertyValue(name, out var value) && value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
