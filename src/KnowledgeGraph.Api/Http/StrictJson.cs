using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using KnowledgeGraph.Api.Hosting;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Finds what a lenient JSON reader would let through: a key twice in one object (the last one would silently win,
/// so a proxy that reads the first sees another request) and text that is not valid Unicode (lone surrogates).
/// </summary>
public static class StrictJson
{
    /// <summary>How deep a request body may nest; System.Text.Json's own default.</summary>
    public const int MaxRequestDepth = 64;

    /// <summary>What is wrong with <paramref name="utf8"/>, in words for the client with a JSON path; null when it is fine.</summary>
    public static string? FindProblem(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var scopes = new Stack<Scope>();
        var path = "$";
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        var scope = scopes.Peek();
                        path = $"{scope.Path}.{LogText.Escape(name, 64)}";
                        if (!scope.Keys!.Add(name))
                        {
                            return $"the key '{LogText.Escape(name, 64)}' appears twice in the object at {scope.Path}";
                        }
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        scopes.Push(new Scope(ValuePath(scopes, path), reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        scopes.Pop();
                        break;
                    case JsonTokenType.String:
                        path = ValuePath(scopes, path);
                        CheckText(ref reader);
                        break;
                }
                if (scopes.TryPeek(out var parent) && parent.Keys is null)
                {
                    parent.Index++;
                }
            }
            return null;
        }
        catch (InvalidOperationException)
        {
            return $"the text at {path} is not valid Unicode (a lone surrogate or a bad byte)";
        }
        catch (JsonException e)
        {
            return $"it is not valid JSON: {e.Message}";   // the reader's own words name no .NET type
        }
    }

    public static string? FindProblem(string json, int maxDepth) => FindProblem(Encoding.UTF8.GetBytes(json), maxDepth);

    /// <summary>
    /// Throws <see cref="InvalidOperationException"/> where <c>GetString</c> would (bytes that are not UTF-8, an escaped
    /// lone surrogate), without making the string: a request's document is checked here and read again after.
    /// </summary>
    private static void CheckText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            if (!Utf8.IsValid(reader.ValueSpan))
            {
                throw new InvalidOperationException("The text is not valid UTF-8.");
            }
            return;
        }
        var buffer = ArrayPool<char>.Shared.Rent(reader.ValueSpan.Length);   // unescaped, it is never longer
        try
        {
            reader.CopyString(buffer);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string ValuePath(Stack<Scope> scopes, string path) =>
        scopes.TryPeek(out var parent) && parent.Keys is null ? $"{parent.Path}[{parent.Index}]" : path;

    /// <summary>An open object (with the keys seen so far) or array (with the index of its next element).</summary>
    private sealed class Scope(string path, HashSet<string>? keys)
    {
        public string Path { get; } = path;
        public HashSet<string>? Keys { get; } = keys;
        public int Index { get; set; }
    }
}
