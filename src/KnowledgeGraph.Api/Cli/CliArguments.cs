namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// The arguments after the verb: paths, the verb's options (<c>--format</c>, <c>--out</c>, <c>--db</c>, <c>--help</c>)
/// and configuration overrides written <c>--Section:Key=value</c>, which go to the configuration as for the server.
/// </summary>
public sealed class CliArguments
{
    private static readonly string[] ValueOptions = ["--format", "--out", "--db"];

    public List<string> Paths { get; } = [];

    public Dictionary<string, string> Options { get; } = new(StringComparer.Ordinal);

    public List<string> ConfigurationArgs { get; } = [];

    public bool Help { get; private set; }

    /// <summary>What is wrong with the arguments (a usage error), or null.</summary>
    public string? Error { get; private set; }

    public string? Format => Options.GetValueOrDefault("--format");

    public string? Out => Options.GetValueOrDefault("--out");

    public string? Db => Options.GetValueOrDefault("--db");

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var (name, value) = arg.IndexOf('=') is > 0 and var at ? (arg[..at], arg[(at + 1)..]) : (arg, null);
            if (arg is "--help" or "-h")
            {
                parsed.Help = true;
            }
            else if (name == "-o" || ValueOptions.Contains(name))
            {
                name = name == "-o" ? "--out" : name;
                value ??= i + 1 < args.Count ? args[++i] : null;
                if (string.IsNullOrEmpty(value))
                {
                    parsed.Error ??= $"{name} needs a value";
                }
                else if (!parsed.Options.TryAdd(name, value))
                {
                    parsed.Error ??= $"{name} is given twice";
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && value is not null && name.Length > 2)
            {
                parsed.ConfigurationArgs.Add(arg);
            }
            else if (arg.StartsWith('-') && arg != "-")
            {
                parsed.Error ??= $"unknown option {arg} (configuration overrides are written --Section:Key=value)";
            }
            else
            {
                parsed.Paths.Add(arg);
            }
        }
        return parsed;
    }
}
