using KnowledgeGraph.Api.Cli;

namespace KnowledgeGraph.Tests.Api.Cli;

/// <summary>The hand-written parser of the arguments after a verb.</summary>
public sealed class CliArgumentsTests
{
    [Fact]
    public void Paths_options_and_configuration_overrides_are_told_apart()
    {
        var parsed = CliArguments.Parse(["a.csv", "--format", "csv", "dir", "--Store:Provider=Sqlite", "-", "--db=x.db"]);

        Assert.Null(parsed.Error);
        Assert.Equal(["a.csv", "dir", "-"], parsed.Paths);
        Assert.Equal(("csv", "x.db"), (parsed.Format, parsed.Db));
        Assert.Null(parsed.Out);
        Assert.Equal(["--Store:Provider=Sqlite"], parsed.ConfigurationArgs);
        Assert.False(parsed.Help);
    }

    [Theory]
    [InlineData("-o", "out")]
    [InlineData("--out", "out")]
    [InlineData("--out=out")]
    [InlineData("-o=out")]
    public void The_output_takes_its_value_after_a_space_or_an_equals_sign(params string[] args) =>
        Assert.Equal("out", CliArguments.Parse(args).Out);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_is_a_flag_anywhere(string flag) =>
        Assert.True(CliArguments.Parse(["seed-data", flag, "--format", "json"]).Help);

    [Theory]
    [InlineData("--format needs a value", "--format")]
    [InlineData("--db needs a value", "--db=")]
    [InlineData("--out is given twice", "--out", "a", "-o", "b")]
    [InlineData("unknown option --bogus (configuration overrides are written --Section:Key=value)", "--bogus")]
    [InlineData("unknown option -x (configuration overrides are written --Section:Key=value)", "-x")]
    [InlineData("unknown option --=y (configuration overrides are written --Section:Key=value)", "--=y")]
    public void A_malformed_argument_is_a_usage_error_that_says_what_is_wrong(string error, params string[] args) =>
        Assert.Equal(error, CliArguments.Parse(args).Error);

    [Fact]
    public void The_first_error_is_the_one_reported() =>
        Assert.Equal("unknown option --first (configuration overrides are written --Section:Key=value)", CliArguments.Parse(["--first", "--format"]).Error);

    [Fact]
    public void A_value_option_takes_the_next_argument_even_when_it_looks_like_an_option() =>
        Assert.Equal("--weird", CliArguments.Parse(["--format", "--weird"]).Format);
}
