using System.Text;

namespace KnowledgeGraph.Core.Exchange;

/// <summary>The text encoding every export uses: UTF-8 without a byte order mark, LF line ends.</summary>
public static class ExportFiles
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static StreamWriter CreateText(string path) => new(path, append: false, Utf8NoBom) { NewLine = "\n" };

    public static async Task<string> WriteTextAsync(string directory, string name, string text, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, name);
        await File.WriteAllTextAsync(path, text, Utf8NoBom, cancellationToken);
        return path;
    }
}
