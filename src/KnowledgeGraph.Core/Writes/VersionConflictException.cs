namespace KnowledgeGraph.Core.Writes;

/// <summary>The version a client sent is not the stored one: someone else wrote first; nothing was changed.</summary>
public sealed class VersionConflictException(string id, long expected, long actual)
    : Exception(actual == 0
        ? $"'{id}' does not exist (any more); the write expected version {expected}."
        : expected == 0 ? $"'{id}' already exists (version {actual})." : $"'{id}' is at version {actual}, not {expected}: it changed since it was read.")
{
    public string Id { get; } = id;
    public long Expected { get; } = expected;
    public long Actual { get; } = actual;
}
