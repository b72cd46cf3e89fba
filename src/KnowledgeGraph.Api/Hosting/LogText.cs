using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Client text made safe to write on one log line: control characters (CR and LF above all, which would start a
/// forged line) become visible escapes, and long values are cut so that a request cannot grow the log at will.
/// </summary>
public static class LogText
{
    public const int DefaultMaxLength = 512;

    public static string Escape(string? value, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value ?? "";
        }
        var cut = value.Length > maxLength;
        var text = cut ? value[..maxLength] : value;
        if (!cut && !text.Any(NeedsEscape))
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        if (cut)
        {
            escaped.Append(CultureInfo.InvariantCulture, $"… ({value.Length - maxLength} more characters)");
        }
        return escaped.ToString();
    }

    /// <summary>C0 and C1 controls, DEL, and the Unicode line and paragraph separators that some viewers break on.</summary>
    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';
}
