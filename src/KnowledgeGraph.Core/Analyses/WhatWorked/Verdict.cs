namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>What the evidence for a strategy says, in one word. NO_EVIDENCE and NO_EFFECT_FOUND are different answers.</summary>
public enum Verdict
{
    /// <summary>Findings point to an effect in the wanted direction.</summary>
    WORKED,

    /// <summary>Findings disagree, or are mixed.</summary>
    MIXED_EVIDENCE,

    /// <summary>Findings looked for an effect and found none: evidence of no effect.</summary>
    NO_EFFECT_FOUND,

    /// <summary>Findings point to harm or a backlash.</summary>
    HARMFUL,

    /// <summary>Effect findings exist, but none can tell whether it worked (confounded trends, absence of evidence).</summary>
    INCONCLUSIVE,

    /// <summary>The only evidence is that a law or policy was adopted; no effect was measured.</summary>
    ADOPTED_ONLY,

    /// <summary>Applied, but no finding about an effect or an adoption: nobody measured anything.</summary>
    NO_EVIDENCE,
}
