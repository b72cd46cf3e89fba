using System.Globalization;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// Which characters stored text may hold. Control characters other than tab and line feed are refused rather than
/// kept: exports would otherwise drop or replace them silently (XML cannot carry most of them), and they let a value
/// forge lines in logs and terminals or pose as another value.
/// </summary>
public static class TextRules
{
    /// <summary>The first character stored text may not hold: C0 controls except tab and LF, DEL, C1 controls, U+FFFE, U+FFFF.</summary>
    public static char? FirstForbidden(string text)
    {
        foreach (var c in text)
        {
            if (IsForbidden(c))
            {
                return c;
            }
        }
        return null;
    }

    public static bool IsForbidden(char c) =>
        c is (< ' ' and not '\t' and not '\n') or (>= '\u007f' and <= '\u009f') or '\ufffe' or '\uffff';

    /// <summary>
    /// Whether the text shows anything: a character that is not white space, a control, a format character (zero-width
    /// spaces and joiners, direction marks) or a line or paragraph separator.
    /// </summary>
    public static bool HasVisibleCharacter(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
            {
                return true;
            }
        }
        return false;
    }
}
