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
        var scopes = new List<Scope>();   // outermost first; the path is spelled out only for an error
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var scope = scopes[^1];
                        scope.Key = null;   // while the name is read, a bad name is placed at its object
                        var name = reader.GetString()!;
                        if (!scope.Keys!.Add(name))
                        {
                            return $"the key '{LogText.Escape(name, 64)}' appears twice in the object at {PathOf(scopes, scopes.Count - 1)}";
                        }
                        scope.Key = name;
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        scopes.Add(new Scope(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        scopes.RemoveAt(scopes.Count - 1);
                        break;
                    case JsonTokenType.String:
                        CheckText(ref reader);
                        break;
                }
                if (scopes.Count > 0 && scopes[^1].Keys is null)
                {
                    scopes[^1].Index++;
                }
            }
            return null;
        }
        catch (InvalidOperationException)
        {
            return $"the text at {PathOf(scopes, scopes.Count)} is not valid Unicode (a lone surrogate or a bad byte)";
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

    /// <summary>The JSON path of the place the first <paramref name="depth"/> open scopes are at: <c>$.variables.ids[2]</c>.</summary>
    private static string PathOf(List<Scope> scopes, int depth)
    {
        var path = new StringBuilder("$");
        foreach (var scope in scopes.Take(depth))
        {
            if (scope.Keys is null)
            {
                path.Append('[').Append(scope.Index).Append(']');
            }
            else if (scope.Key is null)
            {
                break;   // at the object itself, before its first key or on a key that could not be read
            }
            else
            {
                path.Append('.').Append(LogText.Escape(scope.Key, 64));
            }
        }
        return path.ToString();
    }

    /// <summary>An open object (with the keys seen so far and the one being read) or array (with the index of its next element).</summary>
    private sealed class Scope(HashSet<string>? keys)
    {
        public HashSet<string>? Keys { get; } = keys;
        public string? Key { get; set; }
        public int Index { get; set; }
    }
}
