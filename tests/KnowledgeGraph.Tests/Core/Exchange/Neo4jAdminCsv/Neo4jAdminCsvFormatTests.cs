using KnowledgeGraph.Core.Exchange;

namespace KnowledgeGraph.Tests.Core.Exchange.Neo4jAdminCsv;

/// <summary>The neo4j-admin CSV export: typed headers, quoted strings, no BOM, and the import command.</summary>
public sealed class Neo4jAdminCsvFormatTests : ExchangeTestBase
{
    [Fact]
    public async Task Neo4j_admin_files_have_typed_headers_quoted_strings_no_bom_and_the_import_command()
    {
        var output = Path.Combine(Temp.Path, "neo4j");
        await GraphExport.WriteAsync(await SeededStoreAsync(), Format("neo4j-csv"), output);

        string Read(string name) => File.ReadAllText(Path.Combine(output, name));
        Assert.Equal("id:ID(Entity),name:string,naicsCode:string,description:string,riskFactors:string[]\n", Read("Industry_header.csv"));
        Assert.Equal("id:ID(Entity),name:string,kind:string,founded:long,website:string,description:string\n", Read("Organization_header.csv"));
        Assert.Equal(":START_ID(Entity),:END_ID(Entity),id:string,year:long,status:string,proposedOn:string,enactedOn:string,inForceOn:string,endedOn:string\n", Read("ENACTED_IN_header.csv"));
        Assert.Equal(":START_ID(Entity),:END_ID(Entity),id:string,amount:double,currency:string,year:long,note:string\n", Read("FUNDS_header.csv"));
        Assert.All(Directory.GetFiles(output, "*.csv"), f => Assert.NotEqual(0xEF, File.ReadAllBytes(f).FirstOrDefault()));
        Assert.DoesNotContain("id:ID", Read("Industry.csv"));
        Assert.StartsWith("\"industry:academia_science\",\"Academia and science\",\"6113\",\"", Read("Industry.csv"));
        Assert.Contains(",\"POWER_DISPARITY;HIGH_VALUE_EMPLOYEES;", Read("Industry.csv"));
        Assert.Contains("\"org:21st_century_fox\",\"21st Century Fox\",\"EMPLOYER\",,,\"", Read("Organization.csv"));
        Assert.Contains("neo4j-admin database import full neo4j --overwrite-destination=true --multiline-fields=true", Read("import.sh"));
        Assert.Contains("--relationships=CITES=\"$DIR/CITES_header.csv,$DIR/CITES.csv\"", Read("import.sh"));
        Assert.Contains("CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;", Read("constraints.cypher"));
    }
}
