using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Exchange.Csv;

namespace KnowledgeGraph.Tests.Core.Exchange.Csv;

/// <summary>The one CSV encoder: quoting, the spreadsheet formula guard, and the guard undone on reading.</summary>
public sealed class CsvEncoderTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=HYPERLINK(\"http://example.org\")", "\"'=HYPERLINK(\"\"http://example.org\"\")\"")]
    [InlineData("'=x", "''=x")]
    [InlineData(" =1+1", "' =1+1")]
    [InlineData("\n=1+1", "\"'\n=1+1\"")]
    [InlineData("\u00a0\u3000-1", "'\u00a0\u3000-1")]
    [InlineData("＝1+1", "'＝1+1")]
    [InlineData("＋1", "'＋1")]
    [InlineData("|calc", "'|calc")]
    [InlineData("｜calc", "'｜calc")]
    public void A_value_starting_with_a_formula_character_is_neutralised(string value, string written) =>
        Assert.Equal(written, CsvEncoder.Field(value));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData(" edge ", "\" edge \"")]
    [InlineData("x=1", "x=1")]
    [InlineData("'quoted'", "'quoted'")]
    [InlineData("", "")]
    [InlineData("a|b", "a|b")]
    [InlineData("\u200b=1", "\u200b=1")]
    public void Other_values_are_only_quoted_when_needed(string value, string written) =>
        Assert.Equal(written, CsvEncoder.Field(value));

    [Theory]
    [InlineData("=1")]
    [InlineData("'=1")]
    [InlineData("''@x")]
    [InlineData("'")]
    [InlineData("''")]
    [InlineData("'plain")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData(" =1")]
    [InlineData("' \n@x")]
    [InlineData("''＝x")]
    [InlineData("\t")]
    [InlineData(" ")]
    public void Unguard_undoes_the_guard_exactly(string value)
    {
        Assert.Equal(value, CsvEncoder.Unguard(CsvEncoder.Guard(value)));
        var read = CsvReader.Read(new StringReader(CsvEncoder.Line([value, "end"]) + "\n")).Single();
        Assert.Equal(value, CsvEncoder.Unguard(read.Fields[0]));
    }

    [Theory]
    [InlineData("'=1")]
    [InlineData("''=1")]
    [InlineData("' =1")]
    [InlineData("'\n@x")]
    [InlineData("'\tx")]
    [InlineData("'\rx")]
    [InlineData("'\u3000＝1")]
    [InlineData("'\u00a0\u2028-1")]
    [InlineData("'|a")]
    [InlineData("'x")]
    [InlineData("'")]
    [InlineData("''")]
    [InlineData("' x")]
    [InlineData("'\u200b=1")]
    [InlineData("=1")]
    [InlineData("x'=1")]
    public void The_guard_pattern_for_other_tools_matches_exactly_the_values_unguard_changes(string field)
    {
        var whole = new Regex(@"\A(?:" + CsvEncoder.GuardedPattern + @")\z");
        Assert.Equal(CsvEncoder.Unguard(field) != field, whole.IsMatch(field));
    }

    [Fact]
    public void Quoted_fields_for_machines_are_never_guarded() =>
        Assert.Equal("\"=1+2\"", CsvEncoder.Quoted("=1+2"));

    [Fact]
    public void The_evidence_map_csv_guards_names_through_the_same_encoder()
    {
        var map = new EvidenceMap([new MapHeader("tactic:a", "=cmd|' /C calc'!A0")], [new MapHeader("industry:b", "@b")],
            [new EvidenceCell("tactic:a", "industry:b", 1, 0, 0, 0, 0, new FindingKindCounts(1, 2, 0, 0), "LIMITED", "SELF_REPORTED", ["finding:x"])]);

        var line = EvidenceMapCsv.Write(map).Split('\n')[1];

        Assert.Equal("tactic:a,'=cmd|' /C calc'!A0,industry:b,'@b,1,0,0,0,0,1,2,0,0,3,LIMITED,SELF_REPORTED,false,finding:x,0", line);
    }
}
